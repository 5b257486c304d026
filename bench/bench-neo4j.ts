/**
 * The Neo4j a benchmark measures: the server in NEO4J_URI if set, else one started here with
 * `startNeo4j` (heap and page cache from BENCH_NEO4J_HEAP / BENCH_NEO4J_PAGECACHE, default the
 * caller's heap, else 4g, and 1g: one 100k-node `replaceAll` transaction needs about 1.5 GiB of
 * it, and with three observations per node more than 2.7 GiB). `stop` stops a server
 * started here; on a server given in NEO4J_URI it empties the partitions the run used instead.
 */
import { Neo4jGraphStore } from '../server/store/neo4j/neo4j-graph-store.js';
import type { Neo4jStoreConfig } from '../server/store/neo4j/neo4j-session.js';
import { missingTools, startNeo4j, type Neo4jServer } from '../test/neo4j/neo4j-server.js';

export interface BenchNeo4j {
  uri: string;
  /** The server's version, or its URI when it was given. */
  label: string;
  /** Store settings for `graph`, a partition the run owns (emptied by `stop` on a given server). */
  config(graph: string): Neo4jStoreConfig;
  stop(): Promise<void>;
}

export async function benchNeo4j(defaults: { heap: string } = { heap: '4g' }): Promise<BenchNeo4j> {
  let server: Neo4jServer | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const missing = missingTools();
    if (missing) throw new Error(missing);
    const heap = process.env.BENCH_NEO4J_HEAP ?? defaults.heap;
    const pageCache = process.env.BENCH_NEO4J_PAGECACHE ?? '1g';
    console.log(`Starter Neo4j / starting Neo4j (heap ${heap}, page cache ${pageCache}) …`);
    server = await startNeo4j({ heap, pageCache });
    uri = server.uri;
  }
  const partitions = new Set<string>();
  const config = (graph: string): Neo4jStoreConfig => {
    partitions.add(graph);
    return {
      uri: uri as string,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD || 'unused-auth-is-off',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      graph,
    };
  };
  return {
    uri,
    label: server?.version ?? uri,
    config,
    async stop() {
      if (server) return server.stop();
      for (const graph of partitions) {
        const cleaner = await Neo4jGraphStore.connect(config(graph));
        await cleaner.replaceAll({
          format: 'aftalegraf-graph',
          version: 1,
          documents: [],
          nodes: [],
          edges: [],
        });
        await cleaner.close();
      }
    },
  };
}
