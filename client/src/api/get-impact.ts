/**
 * Impact analysis for a change to one node (issues 4, 13): who is affected, how, why (the paths
 * with the names along them and each hop's source quote), who must act (owners) and where
 * (clusters). One query feeds the board, the canvas highlight and the Word/CSV exports.
 */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import type { ChangeEffect } from '../gql/graphql.js';

export const ImpactQuery = graphql(`
  query Impact($change: ImpactChangeInput!, $options: ImpactOptions) {
    impact(change: $change, options: $options) {
      totalCount
      pathLimit
      subjects {
        ...CanvasNode
      }
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
        effectiveDate
        pathsTruncated
        node {
          ...CanvasNode
        }
        owners {
          role
          node {
            id
            nameDa
            nameEn
          }
        }
        clusters {
          id
          nameDa
          nameEn
        }
        paths {
          rule
          nodes {
            id
            nameDa
            nameEn
          }
          edges {
            source
            target
            type
            sources {
              quote
              confidence
              document {
                id
                nameDa
                asOf
              }
            }
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

/** Paths listed per result: the strongest few explain it; the count says how many more exist. */
export const IMPACT_PATHS_PER_RESULT = 3;

/** The variables for a change to one node: shared by the report download. */
export function impactVariables({ nodeId, effect, maxDepth, asOf }: ImpactRequest) {
  const options = { maxDepth, maxPathsPerNode: IMPACT_PATHS_PER_RESULT };
  return {
    change: { nodeIds: [nodeId], effect },
    options: asOf ? { ...options, asOf } : options,
  };
}

export function useImpact(request: ImpactRequest | null) {
  return useQuery(ImpactQuery, request ? { variables: impactVariables(request) } : skipToken);
}
