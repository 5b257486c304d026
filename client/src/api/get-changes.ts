/** What changed between two dates (`changes`), with the words and sources the view shows. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const ChangesQuery = graphql(`
  query Changes($from: Date!, $to: Date!, $first: Int!) {
    changes(from: $from, to: $to, first: $first) {
      totalCount
      edges {
        node {
          ...DescribedChange
          recordedBy
          recordedAt
          node {
            label
            responsible: relations(direction: IN, types: [RESPONSIBLE]) {
              other {
                __typename
                id
                nameDa
                nameEn
              }
            }
          }
          edge {
            sources {
              quote
              document {
                id
                title
                asOf
              }
            }
          }
        }
      }
    }
  }
`);

/** The window's changes, oldest first (at most `first`; the total tells how many there are). */
export function useChanges(window: { from: string; to: string } | null, first = 500) {
  return useQuery(ChangesQuery, {
    variables: { from: window?.from ?? '', to: window?.to ?? '', first },
    skip: window === null,
  });
}
