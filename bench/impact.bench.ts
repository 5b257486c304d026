/**
 * Impact-analysis benchmark (issue 4): `npx tsx bench/impact.bench.ts [sizes...]`, or with
 * `node --expose-gc --import tsx` for exact heap numbers. Prints, at each size: the plain CSR BFS
 * (the floor), the engine's traversal for a hub change and the ratio; at 100k a hub change end to
 * end through the GraphQL API (p50/p99); at 1M the heap the adjacency index holds.
 *
 * The graph is `generateSyntheticGraph(n, 1)` (seed/synthetic.ts): a national-scale agreement
 * complex with a heavy-tailed degree distribution; the hub change is its most awaited reform
 * element. Every timing is a median after a warm-up, so it is the JIT's steady state; the box
 * has 2 cores shared with other work, so repeat runs and compare medians.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDocument, GraphEdgeRecord, GraphNodeRecord } from '../schema/domain.js';
import { generateSyntheticGraph } from '../seed/synthetic.js';
import { startApp } from '../server/app.js';
import { analyseImpact, impactPort, type ImpactPort } from '../server/impact/engine/engine.js';
import { AdjacencyIndex } from '../server/store/adjacency/adjacency-index.js';
import { SqliteGraphStore } from '../server/store/sqlite/sqlite-graph-store.js';

/** The engine's port over the index alone (no SQLite), as the embedded store answers it. */
function memoryPort(doc: Pick<GraphDocument, 'nodes'>, index: AdjacencyIndex): ImpactPort {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  return impactPort({
    getNodes: async (ids) =>
      new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as GraphNodeRecord]] : []))),
    reachKeys: async (seeds, direction, maxDepth, types) =>
      index.reachKeys(seeds, direction, maxDepth, types),
  });
}

function median(xs: number[]): number {
  return quantile(xs, 0.5);
}
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
/** Runs `f` until the JIT has settled (at least 20 runs and 300 ms), so medians are steady state. */
async function warm(f: () => unknown): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < 20 || performance.now() - start < 300; i++) await f();
}
async function time(runs: number, f: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** The generator's most awaited reform element (targets are skewed towards the first). */
const HUB = 'nat-syn-reform-1-el-1';
/** A fresh graph per use: holding the 1M graph while measuring 100k would time its GC too. */
const syntheticGraph = (n: number): GraphDocument => generateSyntheticGraph(n, 1);

async function traversal(n: number): Promise<void> {
  const doc = syntheticGraph(n);
  const index = AdjacencyIndex.build(
    doc.edges,
    doc.nodes.map((x) => x.id),
  );
  const port = memoryPort(doc, index);
  const runs = n >= 1_000_000 ? 7 : n >= 100_000 ? 21 : 51;
  await warm(() => index.countReach([HUB], 'BOTH', 1e9));
  const floor = median(await time(runs, () => index.countReach([HUB], 'BOTH', 1e9)));
  const reached = index.countReach([HUB], 'BOTH', 1e9);
  await warm(() => analyseImpact(port, { nodeIds: [HUB] }));
  const engine = median(await time(runs, () => analyseImpact(port, { nodeIds: [HUB] })));
  const affected = (await analyseImpact(port, { nodeIds: [HUB] })).count;
  console.log(
    `${String(n).padStart(8)} nodes ${String(index.edgeCount).padStart(8)} edges | CSR BFS (whole component, ${reached} nodes) ${ms(floor)} | ` +
      `engine hub change (${affected} affected) ${ms(engine)} | ratio ${(engine / floor).toFixed(2)}x`,
  );
}

async function endToEnd(n: number): Promise<void> {
  const doc = syntheticGraph(n);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-bench-'));
  const store = SqliteGraphStore.open(path.join(dir, 'graph.db'));
  const sorted = (xs: { id: string }[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await store.replaceAll({
    ...doc,
    nodes: sorted(doc.nodes) as GraphNodeRecord[],
    edges: sorted(doc.edges) as GraphEdgeRecord[],
  });
  const app = await startApp(
    { port: 0, host: '127.0.0.1', dataDir: dir, seedOnStart: false },
    { store, logger: { info: () => undefined, error: () => undefined } },
  );
  const query = `query ($id: ID!) { impact(change: { nodeIds: [$id] }) {
    totalCount
    affected(first: 50) { node { id nameDa label } classification depth rule consequence paths { edges { source type target } } }
  } }`;
  const call = async (): Promise<number> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { id: HUB } }),
    });
    const body = (await res.json()) as { data?: { impact: { totalCount: number } }; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data?.impact.totalCount ?? 0;
  };
  const total = await call();
  await warm(call);
  const samples = await time(100, call);
  console.log(
    `GraphQL hub change at ${n} nodes (${total} affected, first 50 with paths): p50 ${ms(quantile(samples, 0.5))}, p99 ${ms(quantile(samples, 0.99))} (targets 50 / 100 ms)`,
  );
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

function heap(n: number): void {
  const doc = syntheticGraph(n);
  const edges = doc.edges;
  const ids = doc.nodes.map((x) => x.id);
  gc();
  const before = process.memoryUsage();
  const index = AdjacencyIndex.build(edges, ids);
  gc();
  const after = process.memoryUsage();
  const mb = (x: number): string => `${(x / 2 ** 20).toFixed(0)} MiB`;
  console.log(
    `index at ${n} nodes / ${index.edgeCount} edges: JS heap +${mb(after.heapUsed - before.heapUsed)}, typed arrays +${mb(after.arrayBuffers - before.arrayBuffers)} ` +
      `(total ${mb(after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers)}; target < 1024 MiB)` +
      ((globalThis as { gc?: unknown }).gc ? '' : ' [run with node --expose-gc for exact numbers]'),
  );
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 0);
for (const n of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000, 1_000_000]) await traversal(n);
if (sizes.length === 0 || sizes.includes(100_000)) await endToEnd(100_000);
if (sizes.length === 0 || sizes.includes(1_000_000)) heap(1_000_000);
