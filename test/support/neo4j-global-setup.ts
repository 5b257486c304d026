/**
 * Every test run has a real Neo4j: the one in `NEO4J_URI` (CI starts its own), or else one
 * started here for the run and stopped after it, so the Neo4j legs always run and never show up
 * as skipped. Without Java and Maven the run fails, saying what to install.
 */
import { startNeo4j } from '../neo4j/neo4j-server.js';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) return undefined;
  process.stderr.write('Starter Neo4j til testkørslen / starting Neo4j for the test run …\n');
  const server = await startNeo4j();
  // The test workers start after this and inherit the environment.
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_PASSWORD ??= 'unused-auth-is-off';
  return () => server.stop();
}
