/**
 * The Cypher of the API token store (`neo4j-token-store.ts`). Tokens are `(:ApiToken {graph, id,
 * name, role, secretHash, createdAt, createdBy, lastUsedAt, revokedAt})` nodes in the store's
 * partition, unconnected to the graph, so `replaceAll` and the export never see them.
 * Linted with the adapter's other statements by `test/auth/token-cypher-lint.test.ts`.
 */
import { statement, type Statement } from './cypher.js';

/** Schema set-up, run by `Neo4jGraphStore.connect` with the graph's own constraints. */
export const TOKEN_SCHEMA_STATEMENTS: readonly Statement<never>[] = [
  statement(
    'api_token_identity',
    'CREATE CONSTRAINT api_token_identity IF NOT EXISTS FOR (t:ApiToken) REQUIRE (t.graph, t.id) IS UNIQUE',
    [],
  ),
  statement(
    'api_token_secret',
    'CREATE CONSTRAINT api_token_secret IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.secretHash IS UNIQUE',
    [],
  ),
];

const TOKEN_COLUMNS = `t {.id, .name, .role, .createdAt, .createdBy, .lastUsedAt, .revokedAt} AS token`;

export const CREATE_TOKEN = statement(
  'createToken',
  `CREATE (t:ApiToken {graph: $graph, id: $id, name: $name, role: $role, secretHash: $secretHash,
  createdAt: $createdAt, createdBy: $createdBy, lastUsedAt: null, revokedAt: null})
RETURN ${TOKEN_COLUMNS}`,
  ['graph', 'id', 'name', 'role', 'secretHash', 'createdAt', 'createdBy'],
);

export const LIST_TOKENS = statement(
  'listTokens',
  `MATCH (t:ApiToken {graph: $graph}) RETURN ${TOKEN_COLUMNS} ORDER BY t.createdAt DESC, t.id`,
  ['graph'],
);

export const FIND_ACTIVE_TOKEN = statement(
  'findActiveToken',
  `MATCH (t:ApiToken {secretHash: $secretHash})
WHERE t.graph = $graph AND t.revokedAt IS NULL
RETURN ${TOKEN_COLUMNS}`,
  ['graph', 'secretHash'],
);

export const REVOKE_TOKEN = statement(
  'revokeToken',
  `MATCH (t:ApiToken {graph: $graph, id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $at)
RETURN ${TOKEN_COLUMNS}`,
  ['graph', 'id', 'at'],
);

export const TOUCH_TOKEN = statement(
  'touchToken',
  `MATCH (t:ApiToken {graph: $graph, id: $id})
WHERE t.lastUsedAt IS NULL OR t.lastUsedAt <= $notBefore
SET t.lastUsedAt = $at`,
  ['graph', 'id', 'at', 'notBefore'],
);

export const TOKEN_STATEMENTS: readonly Statement[] = [
  ...TOKEN_SCHEMA_STATEMENTS,
  CREATE_TOKEN,
  LIST_TOKENS,
  FIND_ACTIVE_TOKEN,
  REVOKE_TOKEN,
  TOUCH_TOKEN,
];

/** Property keys the token statements read and write, for the linter. */
export const TOKEN_PROPERTY_KEYS = [
  'graph',
  'id',
  'name',
  'role',
  'secretHash',
  'createdAt',
  'createdBy',
  'lastUsedAt',
  'revokedAt',
] as const;
