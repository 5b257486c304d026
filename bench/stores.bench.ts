/**
 * `npm run bench:stores`: the embedded store and Neo4j side by side, through the API of the real
 * app (`bench/store-server.ts`, one process per store and graph, so the load generator never
 * shares the server's event loop). Prints one table with the ratio Neo4j/embedded per row:
 *
 * - `node(id)` on the seeded store: req/s and p99 (autocannon, 20 connections);
 * - a hub change's impact at 10k and 100k synthetic nodes (first 50 with paths): p50 / p99;
 * - loading 100k synthetic nodes (`replaceAll`, one transaction).
 *
 * Neo4j: as `bench/bench-neo4j.ts` gives it (NEO4J_URI, else one started here), each graph in a
 * fresh partition. The box has 2 cores shared
 * with other work: the numbers are what this run measured, no more.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { benchNeo4j } from './bench-neo4j.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);
const IMPACT_RUNS = Number(process.env.BENCH_IMPACT_RUNS ?? 50);
const HUB = 'nat-syn-reform-1-el-1';
type Kind = 'sqlite' | 'neo4j';

interface Server {
  url: string;
  loadedMs: number;
  stop(): Promise<void>;
}

/** Starts the app on `kind` loaded with `what` (`seed` or a synthetic node count). */
function startServer(kind: Kind, what: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--max-old-space-size=4096', '--import', 'tsx', path.join(HERE, 'store-server.ts'), kind, what],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    let loadedMs = Number.NaN;
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const loaded = /LOADED (\d+)/.exec(buffer);
      if (loaded) loadedMs = Number(loaded[1]);
      const ready = /READY (\S+)/.exec(buffer);
      if (ready) {
        resolve({
          url: ready[1] as string,
          loadedMs,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`${kind} ${what} server exited with ${code}`)));
  });
}

async function nodeById(url: string): Promise<{ rps: number; p99: number; errors: number }> {
  const body = JSON.stringify({
    query: 'query($id: ID!) { node(id: $id) { id nameDa status { code date } } }',
    variables: { id: 'ini-72t-psyk-botilbud' },
  });
  const run = () =>
    autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: 20,
      duration: DURATION_S,
    });
  await run(); // warm-up (JIT, Neo4j's query cache), discarded
  const result = await run();
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const IMPACT_QUERY = `query ($id: ID!) { impact(change: { nodeIds: [$id] }) {
  totalCount
  affected(first: 50) { node { id nameDa label } classification depth rule consequence paths { edges { source type target } } }
} }`;

async function impactLatency(url: string): Promise<{ p50: number; p99: number; affected: number }> {
  const call = async (): Promise<number> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: IMPACT_QUERY, variables: { id: HUB } }),
    });
    const body = (await response.json()) as { data?: { impact: { totalCount: number } }; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.impact.totalCount ?? 0;
  };
  const affected = await call();
  for (let i = 0; i < 10; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < IMPACT_RUNS; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { p50: at(0.5), p99: at(0.99), affected };
}

// ---------------------------------------------------------------------------------------------

const neo4j = await benchNeo4j();
const envFor = (kind: Kind): NodeJS.ProcessEnv => {
  const rest = { ...process.env };
  delete rest.NEO4J_URI;
  if (kind === 'sqlite') return rest;
  const config = neo4j.config(`bench-${randomUUID().slice(0, 8)}`);
  return {
    ...rest,
    NEO4J_URI: config.uri,
    NEO4J_PASSWORD: config.password,
    AFTALEGRAF_NEO4J_GRAPH: config.graph,
  };
};

type Measured = Record<string, Partial<Record<Kind, number>>>;
const measured: Measured = {};
const note = (row: string, kind: Kind, value: number): void => {
  measured[row] = { ...measured[row], [kind]: value };
};
const affectedAt: Record<string, number> = {};
/** Why a store could not give a row, printed in its place: a failure is a result too. */
const failures: string[] = [];
async function stage(label: string, run: () => Promise<void>): Promise<void> {
  console.log(`== ${label}`);
  try {
    await run();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    failures.push(`${label}: ${reason}`);
    console.log(`   failed: ${reason}`);
  }
}

try {
  for (const kind of ['sqlite', 'neo4j'] as const) {
    await stage(`${kind}: node(id) on the seed`, async () => {
      const seeded = await startServer(kind, 'seed', envFor(kind));
      try {
        const row = await nodeById(seeded.url);
        if (row.errors > 0) throw new Error(`${row.errors} failed node(id) requests`);
        note('node(id) req/s', kind, row.rps);
        note('node(id) p99 ms', kind, row.p99);
      } finally {
        await seeded.stop();
      }
    });
    for (const n of [10_000, 100_000]) {
      await stage(`${kind}: ${n} synthetic nodes, load and impact`, async () => {
        const server = await startServer(kind, String(n), envFor(kind));
        try {
          if (n === 100_000) note('load 100k nodes s', kind, server.loadedMs / 1000);
          const impact = await impactLatency(server.url);
          affectedAt[`${n}`] = impact.affected;
          const size = n === 10_000 ? '10k' : '100k';
          note(`impact ${size} p50 ms`, kind, impact.p50);
          note(`impact ${size} p99 ms`, kind, impact.p99);
        } finally {
          await server.stop();
        }
      });
    }
  }
} finally {
  await neo4j.stop();
}

const TARGETS: Record<string, string> = {
  'node(id) req/s': 'Neo4j >= 1,000',
  'impact 100k p99 ms': 'Neo4j <= 250',
  'load 100k nodes s': 'Neo4j <= 60',
};
const meets: Record<string, (neo4j: number) => boolean> = {
  'node(id) req/s': (x) => x >= 1000,
  'impact 100k p99 ms': (x) => x <= 250,
  'load 100k nodes s': (x) => x <= 60,
};
const format = (x: number | undefined): string =>
  x === undefined ? '-' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);

console.log(
  `\nStores benchmark through the API, ${new Date().toISOString()} (Neo4j ${neo4j.label}; ` +
    `hub change affects ${affectedAt['10000']} nodes at 10k, ${affectedAt['100000']} at 100k)`,
);
console.log('row                 | embedded |    neo4j | neo4j/embedded | target          | met');
console.log('------------------- | -------- | -------- | -------------- | --------------- | ---');
for (const [row, values] of Object.entries(measured)) {
  const ratio = values.neo4j !== undefined && values.sqlite ? values.neo4j / values.sqlite : undefined;
  const target = TARGETS[row] ?? '';
  const met = meets[row] && values.neo4j !== undefined ? (meets[row](values.neo4j) ? 'yes' : 'NO') : '';
  console.log(
    `${row.padEnd(19)} | ${format(values.sqlite).padStart(8)} | ${format(values.neo4j).padStart(8)} | ${(ratio === undefined ? '-' : `${ratio.toFixed(2)}x`).padStart(14)} | ${target.padEnd(15)} | ${met}`,
  );
}
for (const failure of failures) console.log(`FAILED ${failure}`);
