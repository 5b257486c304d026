/**
 * Impact-analysis benchmark (issue 4): `npx tsx bench/impact.bench.ts [sizes...]`, or with
 * `node --expose-gc --import tsx` for exact heap numbers. Prints, at each size: the plain CSR BFS
 * (the floor), the engine's traversal for a hub change and the ratio; at 100k a hub change end to
 * end through the GraphQL API (p50/p99); at 1M the heap the adjacency index holds.
 *
 * The graph is a local, domain-shaped generator (reforms with elements, initiatives awaiting
 * them, bodies, clusters, PART_OF trees, couplings; ~5 edges per node) until the seed helper's
 * `generateSyntheticGraph` lands on main.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  edgeId,
  type GraphDocument,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type NodeLabel,
  type RelationType,
} from '../schema/domain.js';
import { startApp } from '../server/app.js';
import { analyseImpact, type ImpactPort } from '../server/impact/impact.engine.js';
import { AdjacencyIndex } from '../server/store/adjacency/adjacency-index.js';
import { SqliteGraphStore } from '../server/store/sqlite/sqlite-graph-store.js';

function rng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic agreement complex of `n` nodes; `nat-0-el-0` is the hub every ~2% awaits. */
export function syntheticGraph(n: number, seed = 1): Pick<GraphDocument, 'nodes' | 'edges'> {
  const random = rng(seed);
  const pick = (k: number): number => Math.floor(random() * k);
  const nodes: GraphNodeRecord[] = [];
  const edges: GraphEdgeRecord[] = [];
  const add = (id: string, label: NodeLabel): string => {
    nodes.push({ id, label, kind: '', nameDa: id, aliases: [], props: {}, sources: [], statusHistory: [] });
    return id;
  };
  const link = (source: string, type: RelationType, target: string, props = {}): void => {
    edges.push({ id: edgeId(source, type, target), type, source, target, props, sources: [] });
  };
  const reforms = Math.max(1, Math.floor(n / 10_000));
  const elements: string[] = [];
  for (let r = 0; r < reforms; r++) {
    const reform = add(`nat-${r}`, 'NationalReform');
    for (let e = 0; e < 10; e++)
      link(
        elements[elements.push(add(`nat-${r}-el-${e}`, 'ReformElement')) - 1] as string,
        'PART_OF',
        reform,
      );
  }
  const clusters = Array.from({ length: Math.max(5, Math.floor(n / 2_000)) }, (_, i) =>
    add(`cl-${i}`, 'Cluster'),
  );
  const bodies = Array.from({ length: Math.max(5, Math.floor(n / 200)) }, (_, i) => add(`body-${i}`, 'Body'));
  const items: string[] = [];
  for (let i = 0; nodes.length < n; i++) {
    const id = add(`ini-${i}`, i % 3 === 0 ? 'Agreement' : 'Initiative');
    const r = random();
    if (r < 0.02) link(id, 'AWAITS', 'nat-0-el-0', { mode: 'blocking' });
    else if (r < 0.2)
      link(id, 'AWAITS', elements[pick(elements.length)] as string, {
        mode: random() < 0.5 ? 'blocking' : 'adjust',
      });
    else if (r < 0.3)
      link(id, 'DEPENDS_ON', items[pick(items.length)] ?? (elements[0] as string), {
        dependencyKind: 'prerequisite',
      });
    link(bodies[pick(bodies.length)] as string, 'RESPONSIBLE', id, { role: 'owner' });
    link(id, 'IMPLEMENTED_BY', clusters[pick(clusters.length)] as string);
    if (items.length > 0 && random() < 0.4)
      link(id, 'PART_OF', items[items.length - 1 - pick(Math.min(items.length, 50))] as string);
    if (items.length > 0 && random() < 0.4) link(id, 'COUPLED_WITH', items[pick(items.length)] as string);
    link(id, 'DECIDED_BY', bodies[pick(bodies.length)] as string);
    if (random() < 0.6) link(id, 'MENTIONED_IN', bodies[pick(bodies.length)] as string);
    items.push(id);
  }
  return { nodes, edges: dedupe(edges) };
}

function dedupe(edges: GraphEdgeRecord[]): GraphEdgeRecord[] {
  const seen = new Set<string>();
  return edges.filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined);
}

function memoryPort(doc: Pick<GraphDocument, 'nodes' | 'edges'>, index: AdjacencyIndex): ImpactPort {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  return {
    getNodes: async (ids) =>
      new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as GraphNodeRecord]] : []))),
    expand: async (ids, direction, types) => index.reachKeys(ids, direction, 1, types),
    reach: async (seeds, direction, maxDepth, types) => index.reachKeys(seeds, direction, maxDepth, types),
  };
}

function median(xs: number[]): number {
  return quantile(xs, 0.5);
}
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
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
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

const HUB = 'nat-0-el-0';

async function traversal(n: number): Promise<void> {
  const doc = syntheticGraph(n);
  const index = AdjacencyIndex.build(
    doc.edges,
    doc.nodes.map((x) => x.id),
  );
  const port = memoryPort(doc, index);
  const runs = n >= 1_000_000 ? 5 : 15;
  await time(3, () => index.countReach([HUB], 'BOTH', 1e9));
  const floor = median(await time(runs, () => index.countReach([HUB], 'BOTH', 1e9)));
  const reached = index.countReach([HUB], 'BOTH', 1e9);
  await time(3, () => analyseImpact(port, { nodeIds: [HUB] }));
  const engine = median(await time(runs, () => analyseImpact(port, { nodeIds: [HUB] })));
  const affected = (await analyseImpact(port, { nodeIds: [HUB] })).affected.length;
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
    format: 'aftalegraf-graph',
    version: 1,
    documents: [],
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
  await time(5, call);
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
