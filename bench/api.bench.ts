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

interface Server {
  url: string;
  child: ChildProcess;
  /** CPU µs the server process has used so far (user + system). */
  cpu(): Promise<number>;
}

async function startServer(mode: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'api-server.ts'), mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const cpuWaiters: ((micros: number) => void)[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const ready = /READY (\S+)/.exec(buffer);
      if (ready) resolve(ready[1] as string);
      for (const match of buffer.matchAll(/CPU (\d+)\n/g)) cpuWaiters.shift()?.(Number(match[1]));
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  const cpu = () =>
    new Promise<number>((resolve) => {
      cpuWaiters.push(resolve);
      child.kill('SIGUSR2');
    });
  return { url, child, cpu };
}

interface Row {
  rps: number;
  /** Server CPU per request, µs. */
  cpuUs: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(server: Server, body: string): Promise<Row> {
  const cpuBefore = await server.cpu();
  const result = await autocannon({
    url: `${server.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 20,
    duration: DURATION_S,
  });
  const cpuUs = (await server.cpu()) - cpuBefore;
  return {
    rps: result.requests.average,
    cpuUs: cpuUs / Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

type Mode = 'app' | 'app-cached' | 'app-unprotected' | 'baseline';
/** What each server runs: every query as shipped and bare; node(id) also without protections and with the opt-in cache. */
const PLAN: Record<Mode, readonly (keyof typeof QUERIES)[]> = {
  app: ['node(id)', 'nodes(first: 50)', 'graph (whole)'],
  'app-cached': ['node(id)'],
  'app-unprotected': ['node(id)'],
  baseline: ['node(id)', 'nodes(first: 50)', 'graph (whole)'],
};
/**
 * The protections' cost is a ratio of two runs a few percent apart, so it is measured in rounds
 * that alternate the two servers (both started, one loaded at a time), and the median of each is
 * kept: a burst of load from elsewhere on the machine then hits both sides alike.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const servers = new Map<Mode, Server>();
for (const mode of Object.keys(PLAN) as Mode[]) servers.set(mode, await startServer(mode));
const serverOf = (mode: Mode) => servers.get(mode) as Server;

/** The round with the median CPU per request. */
const median = (rows: Row[]): Row => {
  const sorted = [...rows].sort((a, b) => a.cpuUs - b.cpuUs);
  return sorted[Math.floor(sorted.length / 2)] as Row;
};

const results: Record<string, Partial<Record<Mode, Row>>> = {};
try {
  // The rounds come first, while both servers have served node(id) only: the protected server
  // also answers the heavy queries below, and a heap grown by them would be charged to the
  // protections.
  const body = JSON.stringify(QUERIES['node(id)']);
  for (const mode of ['app-unprotected', 'app'] as const) await load(serverOf(mode), body); // warm-up, discarded
  const rounds: Record<'app' | 'app-unprotected', Row[]> = { app: [], 'app-unprotected': [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate which side goes first, so neither always follows the other.
    const order =
      round % 2 === 0 ? (['app-unprotected', 'app'] as const) : (['app', 'app-unprotected'] as const);
    for (const mode of order) rounds[mode].push(await load(serverOf(mode), body));
  }
  for (const [mode, names] of Object.entries(PLAN) as [Mode, readonly (keyof typeof QUERIES)[]][]) {
    for (const name of names) {
      if (name === 'node(id)' && (mode === 'app' || mode === 'app-unprotected')) continue; // the rounds above
      const query = JSON.stringify(QUERIES[name]);
      await load(serverOf(mode), query); // warm-up pass, discarded
      results[name] = { ...results[name], [mode]: await load(serverOf(mode), query) };
    }
  }
  results['node(id)'] = {
    ...results['node(id)'],
    app: median(rounds.app),
    'app-unprotected': median(rounds['app-unprotected']),
  };
  console.log(
    `\nnode(id) rounds (server CPU µs/request): unprotected ${rounds['app-unprotected'].map((r) => r.cpuUs.toFixed(0)).join(', ')}; protected ${rounds.app.map((r) => r.cpuUs.toFixed(0)).join(', ')}`,
  );
} finally {
  for (const { child } of servers.values()) child.kill('SIGTERM');
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
console.log(
  `\nnode(id) before/after the protections (issue 10: they may cost at most 10 %), median of ${ROUNDS} alternating rounds`,
);
console.log(
  'server                                          | server rps | p50 ms | p99 ms | errors | CPU µs/req',
);
const line = (label: string, row: Row) =>
  console.log(`${label.padEnd(47)} | ${cell(row)} | ${row.cpuUs.toFixed(0).padStart(10)}`);
line('before: no protections', node['app-unprotected']);
line('after: protections, as shipped', node.app);
line('opt-in: protections + AFTALEGRAF_RESPONSE_CACHE', node['app-cached']);
const cpuCost = node.app.cpuUs / node['app-unprotected'].cpuUs - 1;
const rpsCost = 1 - node.app.rps / node['app-unprotected'].rps;
console.log(
  `protections cost ${(cpuCost * 100).toFixed(1)} % more server CPU per node(id) request (${(rpsCost * 100).toFixed(1)} % of throughput; CPU is the steadier measure on a shared machine)`,
);
