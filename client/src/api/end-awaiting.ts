/** "Afslut afventer": ends an AWAITS and records the awaiting node's new status in one change. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const EndAwaitingMutation = graphql(`
  mutation EndAwaiting($input: EndAwaitingInput!) {
    endAwaiting(input: $input) {
      id
      version
      statusFamily
    }
  }
`);

export function useEndAwaiting() {
  return useMutation(EndAwaitingMutation, {
    refetchQueries: ['NodeDetail', 'NodeChanges', 'ExplorerGraph', 'Neighborhood', 'Impact'],
    awaitRefetchQueries: true,
  });
}
