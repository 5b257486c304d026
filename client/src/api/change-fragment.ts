/**
 * What a dated change needs to be shown in words with its source (`features/changes/change-words.ts`):
 * "Hvad er ændret?" and the "Fulgte" panel both select it, and add what only they show.
 */
import { graphql } from '../gql/index.js';

export const DescribedChangeFragment = graphql(`
  fragment DescribedChange on TimelineChange {
    kind
    date
    node {
      __typename
      id
      nameDa
      nameEn
    }
    before {
      code
      labelDa
      labelEn
      date
    }
    after {
      code
      labelDa
      labelEn
      textDa
      date
    }
    edge {
      id
      type
      source
      target
    }
    relationTarget {
      __typename
      id
      nameDa
      nameEn
    }
    document {
      id
      title
      asOf
    }
  }
`);
