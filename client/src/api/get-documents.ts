/** The source documents a new status statement can cite. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const DocumentsQuery = graphql(`
  query Documents {
    documents {
      id
      title
      asOf
    }
  }
`);

export function useDocuments() {
  return useQuery(DocumentsQuery);
}
