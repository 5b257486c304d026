/**
 * What a trail entry needs to be said in words (`features/edit/trail-words.ts`): the detail
 * panel's history and "Fulgte"'s recorded list both select it, so they word it the same way.
 */
import { graphql } from '../gql/index.js';

export const TrailEntryFragment = graphql(`
  fragment TrailEntry on Change {
    id
    at
    mutation
    reason
    revertOf
    actor {
      kind
      name
    }
  }
`);
