/**
 * Every node's flags as of the view date, for the list's "Advarsler" column: one query for the
 * whole graph, asked only while the list is shown (flags are derived per node on the server).
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const ListFlagsQuery = graphql(`
  query ListFlags($asOf: Date) {
    graph(asOf: $asOf) {
      nodes {
        id
        flags {
          code
          textDa
          textEn
          since
        }
      }
    }
  }
`);

export function useListFlags(asOf: string | null) {
  return useQuery(ListFlagsQuery, { variables: { asOf } });
}
