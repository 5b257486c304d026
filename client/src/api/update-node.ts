/** Changes a node's names, aliases, note and horizon, based on the version the form showed. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const UpdateNodeMutation = graphql(`
  mutation UpdateNode($input: UpdateNodeInput!) {
    updateNode(input: $input) {
      id
      version
    }
  }
`);

export function useUpdateNode() {
  return useMutation(UpdateNodeMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
