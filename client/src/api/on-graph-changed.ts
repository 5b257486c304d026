/** `graphChanged`: writes that touch a node or anything upstream of it, as they commit. */
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const GraphChangedSubscription = graphql(`
  subscription GraphChanged($scope: GraphChangeScope!) {
    graphChanged(scope: $scope) {
      nodeIds
      edgeIds
      at
      actorName
      nodes {
        __typename
        id
        nameDa
        nameEn
      }
    }
  }
`);

/**
 * Listens while `nodeId` is set: the node and everything it waits on, depends on or derives from.
 * `onChange` is called for every event (the returned `data` holds only the latest).
 */
export function useGraphChanged(nodeId: string | null, onChange?: () => void) {
  return useSubscription(GraphChangedSubscription, {
    variables: { scope: { upstreamOf: nodeId ?? '' } },
    skip: nodeId === null,
    ...(onChange ? { onData: onChange } : {}),
  });
}

/**
 * Listens, in one subscription, to everything upstream of any of `nodeIds` (a watch list: the
 * server holds few subscriptions per connection). Nothing while the list is empty.
 */
export function useGraphChangedUpstreamOfAny(nodeIds: readonly string[], onChange: () => void) {
  return useSubscription(GraphChangedSubscription, {
    variables: { scope: { upstreamOfAny: [...nodeIds] } },
    skip: nodeIds.length === 0,
    onData: onChange,
  });
}
