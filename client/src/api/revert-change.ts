/** Undo: a new, audited change that puts back what a change replaced. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const RevertChangeMutation = graphql(`
  mutation RevertChange($input: RevertChangeInput!) {
    revertChange(input: $input) {
      id
      mutation
    }
  }
`);

export function useRevertChange() {
  return useMutation(RevertChangeMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
