/**
 * Every mutation × every role. The mutations are read FROM THE BUILT SCHEMA, so a mutation added
 * anywhere is walked automatically, and `MINIMUM_ROLE` must name it or this test fails. Each is
 * called as anonymous and with API tokens of each role: below its role the answer is exactly
 * UNAUTHENTICATED (anonymous) or FORBIDDEN (a role too low); at or above it the auth check lets
 * it through. Arguments are made from the schema's types; where a valid input is known
 * (`VALID_INPUT`), the allowed call must also succeed.
 */
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAftalegrafSchema } from '../../server/api/build-schema.js';
import { ROLES, type Role } from '../../server/auth/actor.js';
import { oidcEnv, startAuthApp, type AuthApp } from './support/auth-app.js';

/** The least role each mutation requires. A mutation missing here fails the test below. */
const MINIMUM_ROLE: Record<string, Role> = {
  recordStatus: 'editor',
  createNode: 'editor',
  updateNode: 'editor',
  retireNode: 'editor',
  addRelation: 'editor',
  endRelation: 'editor',
  endAwaiting: 'editor',
  correctStatus: 'editor',
  retractStatus: 'editor',
  registerDocument: 'editor',
  revertChange: 'editor',
  createApiToken: 'admin',
  revokeApiToken: 'admin',
};

/** Admin-only queries, walked the same way. */
const ADMIN_QUERIES = ['apiTokens'];

/** Inputs known to succeed on the fixture, for a stronger check of the allowed calls. */
const VALID_INPUT: Record<string, () => Record<string, unknown>> = {
  recordStatus: () => ({
    input: {
      nodeId: 'a-ini-sub',
      code: 'STARTED',
      // A new statement each call: an exact repeat is refused as CONFLICT (issue 10).
      textDa: `I gang ${randomUUID()}`,
      // A fact no later than the document that states it (a-doc-a is of 2025-01-09).
      date: '2025-01-09',
      kind: 'FACT',
      documentId: 'a-doc-a',
    },
  }),
  createNode: () => ({ input: { label: 'Initiative', nameDa: 'Gennemgang af roller' } }),
  createApiToken: () => ({ input: { name: 'walk', role: 'VIEWER' } }),
};

/** Values for custom scalars, which the walk cannot guess. */
const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'x',
  ID: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2025-01-01',
};

type Caller = 'anonymous' | Role;
const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];

let app: AuthApp;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  // Sign-in configured (the provider is never contacted): requests without credentials are anonymous.
  app = await startAuthApp(oidcEnv('http://127.0.0.1:9/', 'http://127.0.0.1:9', 'walk', 'walk-secret'));
  for (const role of ROLES) tokens.set(role, await app.token(role));
});

afterAll(async () => {
  await app?.close();
});

const schema = await buildAftalegrafSchema();
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

describe('every mutation × role', () => {
  it('has a minimum role for every mutation in the schema, and none for mutations that no longer exist', () => {
    expect(mutations.map((field) => field.name).sort()).toStrictEqual(Object.keys(MINIMUM_ROLE).sort());
  });

  for (const field of mutations) {
    for (const caller of CALLERS) {
      it(`${field.name} as ${caller}`, async () => {
        await expectAccess('mutation', field, caller, MINIMUM_ROLE[field.name] ?? 'admin');
      });
    }
  }
});

describe('admin queries × role', () => {
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  for (const name of ADMIN_QUERIES) {
    const field = queryFields[name];
    for (const caller of CALLERS) {
      it(`${name} as ${caller}`, async () => {
        if (!field) throw new Error(`query ${name} is not in the schema`);
        await expectAccess('query', field, caller, 'admin');
      });
    }
  }
});

async function expectAccess(
  operation: 'mutation' | 'query',
  field: GraphQLField<unknown, unknown>,
  caller: Caller,
  minimum: Role,
): Promise<void> {
  const { document, variables } = operationFor(operation, field);
  const token = caller === 'anonymous' ? undefined : tokens.get(caller);
  const response = await app.gql(document, variables, token ? { token } : {});
  const allowed = caller !== 'anonymous' && ROLES.indexOf(caller) >= ROLES.indexOf(minimum);
  if (!allowed) {
    const code = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect({
      data: response.data,
      errors: response.errors?.map((error) => ({ path: error.path, code: error.extensions?.code })),
    }).toStrictEqual({ data: null, errors: [{ path: [field.name], code }] });
    return;
  }
  const authCodes = (response.errors ?? [])
    .map((error) => error.extensions?.code)
    .filter((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN');
  expect(authCodes).toStrictEqual([]);
  if (VALID_INPUT[field.name]) expect(response.errors).toBeUndefined();
}

/** `mutation M($input: T!, …) { field(input: $input, …) { __typename } }` with sample variables. */
function operationFor(operation: 'mutation' | 'query', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables =
    VALID_INPUT[field.name]?.() ?? Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)]));
  const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const document = `${operation} Walk${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { document, variables };
}

/** A value of `type` with every required field filled. */
function sample(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.name;
  if (isScalarType(inner)) {
    if (!(inner.name in SCALAR_SAMPLES)) throw new Error(`add a sample value for scalar ${inner.name}`);
    return SCALAR_SAMPLES[inner.name];
  }
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  throw new Error(`cannot sample ${String(type)}`);
}
