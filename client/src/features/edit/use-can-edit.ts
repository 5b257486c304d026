/**
 * Whether the signed-in user may edit (editor or admin). The edit controls show only then; the
 * server checks again on every mutation. Until the `me` query (sign-in) is on this branch, the
 * role is the quick start's: the local user on loopback is an admin. Switch the body to
 * `useMe()` when it lands.
 */
export function useCanEdit(): boolean {
  return true;
}
