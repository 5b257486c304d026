/** Registers a new source document (e.g. new meeting minutes) so edits can cite it. */
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

export const RegisterDocumentMutation = graphql(`
  mutation RegisterDocument($input: RegisterDocumentInput!) {
    registerDocument(input: $input) {
      id
      title
      asOf
    }
  }
`);

export function useRegisterDocument() {
  return useMutation(RegisterDocumentMutation, { refetchQueries: ['Documents'], awaitRefetchQueries: true });
}
