/**
 * The one Apollo Client. The API is same-origin (`/graphql`): the server serves the built
 * explorer next to it, and Vite's dev server proxies it.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { TypePolicies } from '@apollo/client';
import { NODE_LABELS } from '../shared/domain.js';

/**
 * Node objects are not normalised: a node's `status`, `statusFamily` and `statusHistory` depend on
 * the query's `asOf` argument but carry no argument themselves, so a normalised `Initiative:x`
 * would hold whichever date was fetched last and show it under the other date's query. Kept under
 * the query that fetched them, each as-of view stays right (see docs/adr/0004).
 */
const nodeTypePolicies: TypePolicies = Object.fromEntries(
  NODE_LABELS.map((label) => [label, { keyFields: false }]),
);

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      // Every NodeLabel is an object type implementing Node; the national ones also NationalNode.
      possibleTypes: {
        Node: [...NODE_LABELS],
        NationalNode: ['NationalReform', 'ReformElement', 'NationalPlan'],
      },
      typePolicies: nodeTypePolicies,
    }),
  });
}
