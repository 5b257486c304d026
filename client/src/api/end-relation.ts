/** Ends a relation: it stays, with an end date. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const EndRelationMutation = graphql(`
  mutation EndRelation($input: EndRelationInput!) {
    endRelation(input: $input) {
      id
      version
    }
  }
`);

export function useEndRelation() {
  return useMutation(EndRelationMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
