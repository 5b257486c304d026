/**
 * The token store's Cypher through Neo4j's own front end, offline, like the graph adapter's
 * (`test/neo4j/cypher-lint.test.ts`): no diagnostics, and exactly the declared parameters.
 */
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { TOKEN_PROPERTY_KEYS, TOKEN_STATEMENTS } from '../../server/store/neo4j/token-cypher.js';

const SAMPLE: Record<string, unknown> = {
  graph: 'aftalegraf',
  id: 'tok_1',
  name: 'Intranet',
  role: 'viewer',
  secretHash: 'ab',
  createdAt: '2026-11-30T08:00:00.000Z',
  createdBy: 'cli',
  at: '2026-11-30T08:00:00.000Z',
  notBefore: '2026-11-30T07:59:00.000Z',
};

function lint(text: string, params: readonly string[]): string[] {
  const schema: DbSchema = {
    labels: ['ApiToken'],
    relationshipTypes: [],
    propertyKeys: [...TOKEN_PROPERTY_KEYS],
    parameters: Object.fromEntries(params.map((name) => [name, SAMPLE[name]])),
    functions: { 'CYPHER 5': testData.mockSchema.functions?.['CYPHER 5'] ?? {} },
    procedures: { 'CYPHER 5': {} },
    defaultLanguage: 'CYPHER 5',
  };
  return lintCypherQuery(text, schema).diagnostics.map(
    (d) => `${d.severity === 1 ? 'error' : 'warning'} ${d.message}`,
  );
}

describe('token store Cypher lint (Neo4j 5 front end)', () => {
  it.each(TOKEN_STATEMENTS.map((statement) => ({ label: statement.name, statement })))(
    '$label has no diagnostics and declares exactly its parameters',
    ({ statement }) => {
      expect(lint(statement.text, statement.params)).toStrictEqual([]);
      const used = [...new Set([...statement.text.matchAll(/\$(\w+)/g)].map((m) => m[1] ?? ''))].sort();
      expect(used).toStrictEqual([...statement.params].sort());
    },
  );
});
