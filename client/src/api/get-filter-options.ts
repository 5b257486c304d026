/** The clusters and responsible bodies a user can filter by. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const FilterOptionsQuery = graphql(`
  query FilterOptions {
    clusters: nodes(filter: { labels: [Cluster] }, first: 500) {
      edges {
        node {
          id
          nameDa
          nameEn
        }
      }
    }
    bodies: nodes(filter: { labels: [Body, WorkingGroup, Organisation] }, first: 500) {
      edges {
        node {
          id
          label
          kind
          nameDa
          nameEn
        }
      }
    }
  }
`);

export function useFilterOptions() {
  return useQuery(FilterOptionsQuery);
}
