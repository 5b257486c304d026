/**
 * Who the API takes the user to be: name, role and whether staff sign-in is set up. The header's
 * account control shows it; edit controls ask `canEdit` before they show.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import type { MeQuery } from '../gql/graphql.js';

export const MeDocument = graphql(`
  query Me {
    me {
      kind
      id
      name
      role
      signInAvailable
    }
  }
`);

export type Me = MeQuery['me'];

export function useMe() {
  return useQuery(MeDocument, { fetchPolicy: 'cache-first' });
}

/** Editors and admins may change the register; viewers and anonymous users only read. */
export function canEdit(me: Me | undefined): boolean {
  return me?.role === 'EDITOR' || me?.role === 'ADMIN';
}
