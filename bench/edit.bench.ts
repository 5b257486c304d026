/**
 * `npm run bench:edit`: editing under read load, against a started server (`api-server.ts`,
 * the real app over the real seed in an embedded store, in its own process). For
 * EDIT_BENCH_SECONDS (default 60) it sends 20 writes/s (statuses and new initiatives with a
 * relation) and 200 reads/s (a node with its trail, impact of a reform, search) on an open
 * loop, prints the p50/p99 latency of each, then checks that every acknowledged write is
 * stored (nothing lost). Target (issue 11): p99 < 400 ms for both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const SECONDS = Number(process.env.EDIT_BENCH_SECONDS ?? 60);
const WRITES_PER_SECOND = 20;
const READS_PER_SECOND = 200;
const ROOT = path.resolve(import.meta.dirname, '..');

// The load stands for many staff at once, so the per-client rate limits are off (api-server.ts).
const server = spawn(process.execPath, ['--import', 'tsx', 'bench/api-server.ts', 'app-many-clients'], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /READY (\S+)/.exec(output);
    if (match?.[1]) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
});

async function gql(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data ?? {};
}

const { nodes } = (await gql(
  `{ nodes(filter: { labels: [Initiative] }, first: 200) { edges { node { id } } } }`,
)) as {
  nodes: { edges: { node: { id: string } }[] };
};
const initiatives = nodes.edges.map((edge) => edge.node.id);
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const documentId = ((await gql(`{ documents { id asOf } }`)) as { documents: { id: string }[] }).documents[0]
  ?.id;

const READS = [
  (id: string) =>
    gql(`query($id: ID!) { node(id: $id) { id version status { code } changes(first: 5) { totalCount } } }`, {
      id,
    }),
  () =>
    gql(
      `{ impact(change: { nodeIds: ["nat-reform-2024"] }) { totalCount affected(first: 20) { node { id } } } }`,
    ),
  () => gql(`{ search(text: "sundhed", first: 10) { id } }`),
];

const readLatencies: number[] = [];
const writeLatencies: number[] = [];
const acknowledgedStatuses = new Map<string, string>();
const acknowledgedNodes: string[] = [];
let readErrors = 0;
let writeErrors = 0;
let writeCount = 0;

async function timed(latencies: number[], work: () => Promise<unknown>): Promise<boolean> {
  const start = performance.now();
  try {
    await work();
    latencies.push(performance.now() - start);
    return true;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return false;
  }
}

function write(): Promise<void> {
  writeCount += 1;
  const n = writeCount;
  if (n % 4 === 0) {
    const id = `bench-ini-${n}`;
    return timed(writeLatencies, async () => {
      await gql(`mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`, {
        input: { id, label: 'Initiative', nameDa: `Benchmark-initiativ ${n}` },
      });
      await gql(`mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }`, {
        input: { type: 'AWAITS', source: id, target: 'nat-reform-2024', mode: 'blocking' },
      });
    }).then((ok) => {
      if (ok) acknowledgedNodes.push(id);
      else writeErrors += 1;
    });
  }
  const nodeId = pick(initiatives);
  const text = `Benchmarkudsagn ${n}`;
  return timed(writeLatencies, () =>
    gql(`mutation($input: RecordStatusInput!) { recordStatus(input: $input) { id } }`, {
      input: { nodeId, code: 'STARTED', textDa: text, date: '2027', kind: 'PLAN', documentId },
    }),
  ).then((ok) => {
    if (ok) acknowledgedStatuses.set(text, nodeId);
    else writeErrors += 1;
  });
}

function read(): Promise<void> {
  const work = pick(READS);
  return timed(readLatencies, () => work(pick(initiatives))).then((ok) => {
    if (!ok) readErrors += 1;
  });
}

/** Open loop: requests start on schedule whether or not earlier ones have answered. */
function schedule(perSecond: number, send: () => Promise<void>, pending: Promise<void>[]): NodeJS.Timeout {
  const started = performance.now();
  let sent = 0;
  return setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    while (sent < due) {
      sent += 1;
      pending.push(send());
    }
  }, 5);
}

console.log(
  `Edit benchmark: ${WRITES_PER_SECOND} writes/s + ${READS_PER_SECOND} reads/s for ${SECONDS} s against ${url}`,
);
const pending: Promise<void>[] = [];
const timers = [schedule(WRITES_PER_SECOND, write, pending), schedule(READS_PER_SECOND, read, pending)];
await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
for (const timer of timers) clearInterval(timer);
await Promise.all(pending);

// Nothing lost: every acknowledged status and initiative is stored.
let lost = 0;
const byNode = new Map<string, string[]>();
for (const [text, nodeId] of acknowledgedStatuses) byNode.set(nodeId, [...(byNode.get(nodeId) ?? []), text]);
for (const [nodeId, texts] of byNode) {
  const { node } = (await gql(`query($id: ID!) { node(id: $id) { statusHistory { textDa } } }`, {
    id: nodeId,
  })) as {
    node: { statusHistory: { textDa: string }[] };
  };
  const stored = new Set(node.statusHistory.map((o) => o.textDa));
  lost += texts.filter((text) => !stored.has(text)).length;
}
for (const id of acknowledgedNodes) {
  const { node } = (await gql(`query($id: ID!) { node(id: $id) { id } }`, { id })) as {
    node: { id: string } | null;
  };
  if (!node) lost += 1;
}
server.kill('SIGTERM');

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const line = (name: string, values: number[], errors: number): string =>
  `${name.padEnd(6)} ${String(values.length).padStart(6)} ok ${String(errors).padStart(4)} errors   p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(values, 99).toFixed(1).padStart(7)} ms`;
console.log(line('writes', writeLatencies, writeErrors));
console.log(line('reads', readLatencies, readErrors));
console.log(
  `acknowledged: ${acknowledgedStatuses.size} statuses, ${acknowledgedNodes.length} initiatives with AWAITS; lost: ${lost}`,
);
const p99 = Math.max(percentile(writeLatencies, 99), percentile(readLatencies, 99));
console.log(p99 < 400 && lost === 0 ? 'target met: p99 < 400 ms, nothing lost' : 'TARGET MISSED');
