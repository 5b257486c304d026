/** Records a new status observation for a node (the users' job: keeping statuses current). */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const RecordStatusMutation = graphql(`
  mutation RecordStatus($input: RecordStatusInput!) {
    recordStatus(input: $input) {
      id
      statusFamily
    }
  }
`);

/**
 * Node objects are not normalised (ADR 0004), so the new status cannot be written into one cache
 * entry: every active query that shows statuses (details, canvas and list, impact, focus) is
 * refetched, each under its own `asOf`, before the mutation resolves.
 */
export function useRecordStatus() {
  return useMutation(RecordStatusMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
