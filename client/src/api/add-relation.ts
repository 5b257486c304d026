/** Adds a relation with its typed properties and a source. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const AddRelationMutation = graphql(`
  mutation AddRelation($input: AddRelationInput!) {
    addRelation(input: $input) {
      id
      version
    }
  }
`);

export function useAddRelation() {
  return useMutation(AddRelationMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
