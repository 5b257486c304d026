/** Constraints, indexes and the full-text analyzer the adapter needs, checked and created at connect. */
import { StoreUnavailableError } from '../../errors.js';
import {
  AWAIT_INDEXES,
  LIST_ANALYZERS,
  SCHEMA_STATEMENTS,
  SEARCH_ANALYZER,
  SHOW_INDEX_NAMES,
} from './cypher.js';
import { int, stringList, type Neo4jSession } from './neo4j-session.js';
import { WRITE_SCHEMA_STATEMENTS } from './neo4j-write-cypher.js';
import { TOKEN_SCHEMA_STATEMENTS } from './token-cypher.js';

/** What `connect` found missing in the database schema and created. */
export interface SchemaSetupReport {
  created: string[];
  present: string[];
}

/** Idempotent: creates only what is missing, then waits for new indexes to come online. */
export async function setUpSchema(session: Neo4jSession): Promise<SchemaSetupReport> {
  const analyzers = stringList(
    (await session.read((tx) => session.single(tx, LIST_ANALYZERS, {}))).analyzers,
  );
  if (!analyzers.includes(SEARCH_ANALYZER)) {
    throw new StoreUnavailableError(
      'neo4j',
      `${session.config.uri}: full-text analyzer '${SEARCH_ANALYZER}' findes ikke / is not available`,
    );
  }
  const existing = new Set(
    stringList((await session.read((tx) => session.single(tx, SHOW_INDEX_NAMES, {}))).names),
  );
  const created: string[] = [];
  const present: string[] = [];
  for (const schemaStatement of [
    ...SCHEMA_STATEMENTS,
    ...TOKEN_SCHEMA_STATEMENTS,
    ...WRITE_SCHEMA_STATEMENTS,
  ]) {
    if (existing.has(schemaStatement.name)) {
      present.push(schemaStatement.name);
      continue;
    }
    await session.write((tx) => session.rows(tx, schemaStatement, {}));
    created.push(schemaStatement.name);
  }
  if (created.length > 0)
    await session.write((tx) => session.rows(tx, AWAIT_INDEXES, { timeoutSeconds: int(60) }));
  return { created, present };
}
