/** Impact analysis for a change to one node (issue 4): who is affected, how, and why. */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const ImpactQuery = graphql(`
  query Impact($change: ImpactChangeInput!, $options: ImpactOptions) {
    impact(change: $change, options: $options) {
      totalCount
      summary {
        direct
        indirect
        inherited
        byResponsibleBody {
          count
          node {
            id
            nameDa
            nameEn
          }
        }
        byCluster {
          count
          node {
            id
            nameDa
            nameEn
          }
        }
      }
      affected(first: 500) {
        classification
        depth
        rule
        ruleDa
        ruleEn
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

/** The variables for a change to one node, as of a date: shared by the report download. */
export function impactVariables(nodeId: string, asOf: string | null) {
  return { change: { nodeIds: [nodeId] }, options: asOf ? { asOf } : null };
}

export function useImpact(nodeId: string | null, asOf: string | null) {
  return useQuery(ImpactQuery, nodeId ? { variables: impactVariables(nodeId, asOf) } : skipToken);
}
