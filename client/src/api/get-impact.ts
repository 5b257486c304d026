/** Impact analysis for a change to one node (issue 4): who is affected, how, and why. */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const ImpactQuery = graphql(`
  query Impact($change: ImpactChangeInput!, $options: ImpactOptions) {
    impact(change: $change, options: $options) {
      affected(first: 500) {
        classification
        depth
        rule
        consequence
        consequenceEn
        consequenceCode
        node {
          ...CanvasNode
        }
        paths {
          edges {
            source
            target
            type
          }
        }
      }
    }
  }
`);

export function useImpact(nodeId: string | null, asOf: string | null) {
  return useQuery(
    ImpactQuery,
    nodeId ? { variables: { change: { nodeIds: [nodeId] }, options: asOf ? { asOf } : null } } : skipToken,
  );
}
