/**
 * The one Apollo Client. The API is same-origin (`/graphql`): the server serves the built
 * explorer next to it, and Vite's dev server proxies it.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
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

/**
 * Queries and mutations over HTTP; subscriptions over `graphql-ws` on the same path, opened only
 * when the first subscription starts (`lazy`) and re-opened after a drop.
 */
function createLink(uri: string): ApolloLink {
  const http = new HttpLink({ uri });
  if (typeof window === 'undefined') return http;
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = new GraphQLWsLink(createClient({ url: url.toString(), lazy: true, retryAttempts: 5 }));
  return ApolloLink.split((operation) => operation.operationType === 'subscription', ws, http);
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: createLink(uri),
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
