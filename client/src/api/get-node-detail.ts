/** Everything the detail panel shows about one node, as of a date. */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const NodeDetailQuery = graphql(`
  query NodeDetail($id: ID!, $asOf: Date) {
    node(id: $id, asOf: $asOf) {
      id
      version
      label
      kind
      nameDa
      nameEn
      aliases
      note
      statusFamily
      status {
        ...StatusEntry
      }
      recommendation {
        ...StatusEntry
      }
      statusHistory {
        ...StatusEntry
      }
      horizon {
        raw
        start
        end
      }
      sources {
        quote
        confidence
        document {
          id
          title
          asOf
        }
      }
      relations {
        direction
        edge {
          id
          version
          type
          mode
          since
          dependencyKind
          effective
          role
          date
          text
          quote
        }
        other {
          id
          label
          nameDa
          nameEn
          statusFamily
        }
      }
      ... on SourceDocument {
        title
        file
        asOf
      }
      ... on Agreement {
        validFrom
        validTo
        ownerBody {
          id
          nameDa
          nameEn
        }
      }
      ... on WorkingGroup {
        establishedOn
        torStatus
      }
      ... on Body {
        activeFrom
        activeTo
      }
      ... on NationalNode {
        agreedOn
        lawRef
        effectiveFrom
      }
      ... on Task {
        level
      }
    }
  }
`);

export const StatusEntryFragment = graphql(`
  fragment StatusEntry on StatusObservation {
    seq
    code
    labelDa
    labelEn
    family
    textDa
    date
    observedOn
    kind
    document {
      id
      title
    }
  }
`);

export function useNodeDetail(id: string | null, asOf: string | null) {
  return useQuery(NodeDetailQuery, id ? { variables: { id, asOf } } : skipToken);
}
