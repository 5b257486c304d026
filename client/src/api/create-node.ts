/** Creates a node (editors): the first step of keeping the complex current. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const CreateNodeMutation = graphql(`
  mutation CreateNode($input: CreateNodeInput!) {
    createNode(input: $input) {
      id
      version
      nameDa
    }
  }
`);

export function useCreateNode() {
  return useMutation(CreateNodeMutation, {
    refetchQueries: ['ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
