/**
 * `changes` through the API at scale: a one-year window over a synthetic complex of 100,000
 * nodes with 300,000 status observations (`generateSyntheticGraph(100_000, 1, {
 * observationsPerNode: 3, validity: true })`), on the embedded store and on Neo4j (the server
 * in NEO4J_URI, else one started here: `bench/bench-neo4j.ts`). Twelve one-year windows (a new
 * start month each) in turn, so consecutive requests never ask the same window (nothing caches
 * answers anyway); p50/p99 over the measured runs, after warm-up.
 *
 *   npm run bench:changes                                      # starts its own Neo4j
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… npm run bench:changes   # a running one
 *
 * Target (issue 12): p50 <= 50 ms, p99 <= 150 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSyntheticGraph } from '../seed/synthetic.js';
import { startApp } from '../server/app.js';
import type { GraphStore } from '../server/store/graph-store.js';
import { Neo4jGraphStore } from '../server/store/neo4j/neo4j-graph-store.js';
import { benchNeo4j } from './bench-neo4j.js';
import { SqliteGraphStore } from '../server/store/sqlite/sqlite-graph-store.js';

const NODES = 100_000;
const WARMUP = 12;
const RUNS = 120;
const QUERY = `query($from: Date!, $to: Date!) {
  changes(from: $from, to: $to, first: 50) {
    totalCount
    edges { node { kind date node { id nameDa } before { code } after { code } edge { id } document { id } } }
  }
}`;

const windows = Array.from({ length: 12 }, (_, m) => {
  const month = String(m + 1).padStart(2, '0');
  return { from: `2021-${month}-01`, to: `2022-${month}-01` };
});

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function measure(name: string, store: GraphStore, dataDir: string): Promise<void> {
  const app = await startApp(
    { port: 0, host: '127.0.0.1', dataDir, seedOnStart: false },
    { store, logger: { info: () => {}, error: (m, e) => console.error(m, e) } },
  );
  const ask = async (i: number): Promise<{ ms: number; total: number }> => {
    const started = performance.now();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: windows[i % windows.length] }),
    });
    const body = (await response.json()) as { data?: { changes: { totalCount: number } }; errors?: unknown };
    const ms = performance.now() - started;
    if (!body.data) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    return { ms, total: body.data.changes.totalCount };
  };
  for (let i = 0; i < WARMUP; i++) await ask(i);
  const times: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { ms, total } = await ask(i);
    times.push(ms);
    totals.push(total);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  console.log(
    `${name.padEnd(7)} changes, one-year window, first 50: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms ` +
      `(${RUNS} runs; ${Math.min(...totals)}–${Math.max(...totals)} changes per window) ` +
      `${p50 <= 50 && p99 <= 150 ? 'meets' : 'MISSES'} the target p50 <= 50 ms, p99 <= 150 ms`,
  );
  await app.close();
}

const started = performance.now();
const graph = generateSyntheticGraph(NODES, 1, { observationsPerNode: 3, validity: true });
const observations = graph.nodes.reduce((sum, n) => sum + n.statusHistory.length, 0);
console.log(
  `synthetic graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${observations} observations ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-bench-changes-'));
try {
  const sqlite = SqliteGraphStore.open(path.join(dataDir, 'aftalegraf.sqlite'));
  await sqlite.replaceAll(graph);
  await measure('sqlite', sqlite, dataDir);

  // Neo4j keeps a transaction's changes in its heap: 300k observations in one replaceAll need 8g.
  const server = await benchNeo4j({ heap: '8g' });
  try {
    const neo4j = await Neo4jGraphStore.connect(server.config(`bench-changes-${process.pid}`));
    const loadStarted = performance.now();
    await neo4j.replaceAll(graph);
    console.log(
      `neo4j   loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s (Neo4j ${server.label})`,
    );
    await measure('neo4j', neo4j, dataDir);
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
