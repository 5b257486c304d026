/** Impact analysis for a change to one node (issue 4): who is affected, how, and why. */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import type { ChangeEffect } from '../gql/graphql.js';

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

/** What the user asked: which node changes, how, as of when, and how far indirect effects reach. */
export interface ImpactRequest {
  nodeId: string;
  effect: ChangeEffect;
  maxDepth: number;
  asOf: string | null;
}

/** The variables for a change to one node: shared by the report download. */
export function impactVariables({ nodeId, effect, maxDepth, asOf }: ImpactRequest) {
  return {
    change: { nodeIds: [nodeId], effect },
    options: asOf ? { asOf, maxDepth } : { maxDepth },
  };
}

export function useImpact(request: ImpactRequest | null) {
  return useQuery(ImpactQuery, request ? { variables: impactVariables(request) } : skipToken);
}
