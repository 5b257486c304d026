/**
 * A third-party integrator's normalised Apollo Client against a started server: answers for two
 * `asOf` dates live side by side in its cache (the date is a field argument), and with the
 * published `possibleTypes` its fragments on `Node` keep their type-specific fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const POSSIBLE_TYPES = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'schema', 'possible-types.json'), 'utf8'),
) as { possibleTypes: Record<string, string[]> };

let app: TestApp;
let client: ApolloClient;
beforeAll(async () => {
  app = await startTestApp(loadSeed());
  client = new ApolloClient({
    link: new HttpLink({ uri: `${app.url}/graphql` }),
    cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES.possibleTypes }),
  });
});
afterAll(async () => {
  client.stop();
  await app.close();
});

const STATUS_AT = gql`
  query StatusAt($id: ID!, $asOf: Date) {
    node(id: $id) {
      id
      statusFamily(asOf: $asOf)
      status(asOf: $asOf) {
        code
        date
      }
    }
  }
`;

it('keeps the status at two dates apart in a normalised cache', async () => {
  const id = 'ag-sa-tidlig-opsporing';
  const june = await client.query({ query: STATUS_AT, variables: { id, asOf: '2024-06-01' } });
  const october = await client.query({ query: STATUS_AT, variables: { id, asOf: '2024-10-01' } });
  expect(june.data).not.toStrictEqual(october.data);

  // Both answers are in the one normalised Agreement entry, under their own arguments.
  const cachedJune = client.readQuery({ query: STATUS_AT, variables: { id, asOf: '2024-06-01' } });
  const cachedOctober = client.readQuery({ query: STATUS_AT, variables: { id, asOf: '2024-10-01' } });
  expect(cachedJune).toStrictEqual(june.data);
  expect(cachedOctober).toStrictEqual(october.data);
  const entry = (client.cache.extract() as Record<string, object | undefined>)[`Agreement:${id}`] ?? {};
  expect(Object.keys(entry).filter((key) => key.startsWith('status('))).toStrictEqual([
    'status({"asOf":"2024-06-01"})',
    'status({"asOf":"2024-10-01"})',
  ]);
});

it('with possibleTypes, a fragment on an interface below Node keeps its fields', async () => {
  // A ReformElement is a NationalNode: only the possibleTypes map tells the cache so.
  const query = gql`
    query National($id: ID!) {
      node(id: $id) {
        id
        ...National
      }
    }
    fragment National on NationalNode {
      nameDa
      lawRef
    }
  `;
  const result = await client.query({ query, variables: { id: 'nat-2024-96t' } });
  expect(result.data).toStrictEqual({
    node: {
      __typename: 'ReformElement',
      id: 'nat-2024-96t',
      nameDa: '96 timers behandlingsansvar',
      lawRef: null,
    },
  });
});
