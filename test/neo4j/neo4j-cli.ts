/**
 * `npm run neo4j`: a real Neo4j for development and CI. Starts it, checks that it answers a
 * Cypher query through the driver, prints its `bolt://` URI, and stops cleanly on Ctrl-C or
 * SIGTERM. `--uri-file F` also writes the URI to F (how `.ci/run` learns it); `--port N` picks
 * the port (default: a free one).
 */
import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { missingTools, startNeo4j } from './neo4j-server.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const missing = missingTools();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const server = await startNeo4j({ port: Number(option('--port') ?? 0), log: (line) => console.log(line) });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    const result = await driver.executeQuery('RETURN 1 AS one');
    if (result.records[0]?.get('one').toNumber() !== 1) throw new Error('unexpected answer to RETURN 1');
  } finally {
    await driver.close();
  }
  const uriFile = option('--uri-file');
  if (uriFile) fs.writeFileSync(uriFile, `${server.uri}\n`);
  console.log(
    `Neo4j ${server.version} kører / running: ${server.uri}  (auth fra / off; data i ${server.home})`,
  );
  console.log(
    `Brug / use: NEO4J_URI=${server.uri} NEO4J_PASSWORD=unused npm start   ·   Ctrl-C stopper / stops`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopper Neo4j / stopping Neo4j`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
