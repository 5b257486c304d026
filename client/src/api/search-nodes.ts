/** Suggestions for the search box, best match first (the server folds Danish letters). */
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const SearchNodesQuery = graphql(`
  query SearchNodes($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      label
      nameDa
      nameEn
      statusFamily
    }
  }
`);

export function useSearchNodes(text: string) {
  const trimmed = text.trim();
  return useQuery(
    SearchNodesQuery,
    trimmed.length >= 2 ? { variables: { text: trimmed, first: 12 } } : skipToken,
  );
}
