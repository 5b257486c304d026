/**
 * Whether the user may edit (editor or admin), from the `me` query: the edit controls show only
 * then; the server checks the role again on every mutation.
 */
import { canEdit, useMe } from '../../api/get-me.js';

export function useCanEdit(): boolean {
  const { data } = useMe();
  return canEdit(data?.me);
}
