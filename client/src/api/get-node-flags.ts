/** A node's derived flags as of the view date, explained in words. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const NodeFlagsQuery = graphql(`
  query NodeFlags($id: ID!, $asOf: Date) {
    node(id: $id, asOf: $asOf) {
      __typename
      id
      ended
      validity {
        from
        fromBasis
        to
        toBasis
      }
      flags {
        code
        textDa
        textEn
        since
        related {
          __typename
          id
          nameDa
          nameEn
        }
      }
    }
  }
`);

export function useNodeFlags(id: string, asOf: string | null) {
  return useQuery(NodeFlagsQuery, { variables: { id, asOf } });
}
