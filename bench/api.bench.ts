/**
 * `npm run bench:api`: requests/s and latency of three API reads on the seeded store, through
 * the real server (Apollo Server 5 + Express 5 + type-graphql) and through a bare graphql-js
 * on node:http running the same schema, so the framework overhead shows as a ratio. The load
 * generator (autocannon, 20 connections) runs in this process, each server in its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DURATION_S = Number(process.env.BENCH_DURATION ?? 8);

const QUERIES = {
  'node(id)': {
    query: 'query($id: ID!) { node(id: $id) { id nameDa status { code date } } }',
    variables: { id: 'ini-72t-psyk-botilbud' },
  },
  'nodes(first: 50)': {
    query: '{ nodes(first: 50) { totalCount edges { node { id nameDa statusFamily } } } }',
    variables: {},
  },
  'graph (whole)': {
    query: '{ graph { nodes { id label nameDa statusFamily } edges { id source target type } } }',
    variables: {},
  },
} as const;

async function startServer(mode: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'api-server.ts'), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /READY (\S+)/.exec(buffer);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { url, child };
}

interface Row {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, body: string): Promise<Row> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 20,
    duration: DURATION_S,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

type Mode = 'app' | 'app-no-cache' | 'app-unprotected' | 'baseline';
/** What each server runs: every query as shipped and bare; node(id) also without cache and protections. */
const PLAN: Record<Mode, readonly (keyof typeof QUERIES)[]> = {
  app: ['node(id)', 'nodes(first: 50)', 'graph (whole)'],
  'app-no-cache': ['node(id)'],
  'app-unprotected': ['node(id)'],
  baseline: ['node(id)', 'nodes(first: 50)', 'graph (whole)'],
};

const results: Record<string, Partial<Record<Mode, Row>>> = {};
for (const [mode, names] of Object.entries(PLAN) as [Mode, readonly (keyof typeof QUERIES)[]][]) {
  const { url, child } = await startServer(mode);
  try {
    for (const name of names) {
      const body = JSON.stringify(QUERIES[name]);
      await load(url, body).then(() => undefined); // warm-up pass, discarded
      results[name] = { ...results[name], [mode]: await load(url, body) };
    }
  } finally {
    child.kill('SIGTERM');
  }
}

const cell = (row: Row) =>
  `${row.rps.toFixed(0).padStart(10)} | ${String(row.p50).padStart(6)} | ${String(row.p99).padStart(6)} | ${String(row.errors).padStart(6)}`;

console.log(
  `\nAPI benchmark: 20 connections, ${DURATION_S} s per query, seeded store, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(
  'query              | server rps | p50 ms | p99 ms | errors | bare graphql-js rps | p99 ms | server/bare',
);
for (const [name, row] of Object.entries(results)) {
  const a = row.app as Row;
  const b = row.baseline as Row;
  console.log(
    `${name.padEnd(18)} | ${cell(a)} | ${b.rps.toFixed(0).padStart(19)} | ${String(b.p99).padStart(6)} | ${(a.rps / b.rps).toFixed(2)}`,
  );
}

const node = results['node(id)'] as Record<Mode, Row>;
console.log('\nnode(id) before/after the protections (issue 10: they may cost at most 10 %)');
console.log('server                                   | server rps | p50 ms | p99 ms | errors');
console.log(`before: no protections, no cache        | ${cell(node['app-unprotected'])}`);
console.log(`after: protections, no cache            | ${cell(node['app-no-cache'])}`);
console.log(`as shipped: protections + response cache | ${cell(node.app)}`);
const cost = 1 - node['app-no-cache'].rps / node['app-unprotected'].rps;
console.log(`protections cost ${(cost * 100).toFixed(1)} % of node(id) throughput (without the cache)`);
