/**
 * A server process for `bench/api.bench.ts`: either the real app (Apollo on Express) or the
 * bare baseline (the same schema executed by graphql-js on node:http), over a store seeded
 * with the real data. Prints `READY <url>` when it listens.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { loadSeed } from '../seed/load-seed.js';
import { startApp } from '../server/app.js';
import { buildAftalegrafSchema } from '../server/api/build-schema.js';
import { createContext } from '../server/api/context.js';
import { GraphEvents } from '../server/events/graph-events.js';
import { SqliteGraphStore } from '../server/store/sqlite/sqlite-graph-store.js';

/** `app` as shipped; `app-cached` with the opt-in response cache; `app-unprotected` without the protections. */
const mode = process.argv[2] ?? 'app';
// The CPU this process has used, on request: the bench divides it by the requests served, a
// measure a busy machine disturbs far less than requests/s.
process.on('SIGUSR2', () => {
  const { user, system } = process.cpuUsage();
  console.log(`CPU ${user + system}`);
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-bench-'));
const store = SqliteGraphStore.open(path.join(dataDir, 'aftalegraf.sqlite'));
await store.replaceAll(loadSeed());

if (mode !== 'baseline') {
  const without = mode === 'app-unprotected' ? (['protections'] as const) : [];
  const app = await startApp(
    { port: 0, host: '127.0.0.1', dataDir, seedOnStart: false, responseCache: mode === 'app-cached' },
    { store, logger: { info: () => {}, error: (m, e) => console.error(m, e) }, without },
  );
  console.log(`READY ${app.url}`);
} else {
  const schema = await buildAftalegrafSchema();
  // Parsed and validated once per query text, as Apollo's document cache does: the baseline is
  // execution on bare node:http, not re-parsing.
  const documents = new Map<string, DocumentNode>();
  const documentFor = (source: string): DocumentNode => {
    let document = documents.get(source);
    if (!document) {
      document = parse(source);
      const errors = validate(schema, document);
      if (errors.length > 0) throw errors[0];
      documents.set(source, document);
    }
    return document;
  };
  const events = new GraphEvents();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      Promise.resolve()
        .then(() =>
          execute({
            schema,
            document: documentFor(body.query),
            variableValues: body.variables,
            contextValue: createContext(store, events),
          }),
        )
        .then(
          (result) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(result));
          },
          (error: unknown) => {
            res.writeHead(500);
            res.end(String(error));
          },
        );
    });
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
}
process.on('SIGTERM', () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
