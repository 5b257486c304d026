/**
 * `/healthz` stays responsive while the most expensive query the budget admits runs: the
 * budget is what keeps one query from holding the event loop.
 */
import 'reflect-metadata';
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { buildAftalegrafSchema } from '../../server/api/build-schema.js';
import { QUERY } from '../../server/api/limits.js';
import { estimateCost } from '../../server/api/query-cost.js';
import { spawnServer, type ServerProcess } from '../support/spawn-server.js';

// The server in its own process: measured from here, a blocked server shows as a slow answer,
// not as a blocked test.
let server: ServerProcess;
beforeAll(async () => {
  server = await spawnServer();
}, 90_000);
afterAll(async () => {
  server.child.kill('SIGTERM');
  await server.exited;
  server.cleanup();
});

/** The whole graph, every relation of every node with its edge, sources and the other end. */
const HEAVY = `query Heavy($asOf: Date) {
  graph(asOf: $asOf) {
    nodes {
      id label kind nameDa nameEn aliases note statusFamily
      relations {
        direction
        edge { id type source target mode since role date quote
               }
        other { id label kind nameDa nameEn statusFamily status { code labelDa date textDa } }
      }
    }
    edges { id source target type }
  }
}`;

it('answers /healthz within 200 ms while the worst allowed query runs', async () => {
  const nodes = loadSeed().nodes.length;
  const estimate = estimateCost(await buildAftalegrafSchema(), parse(HEAVY), undefined, {}, nodes);
  // Near the budget, or the test proves nothing about the worst case.
  expect('cost' in estimate && estimate.cost / QUERY.maxCost).toBeGreaterThan(0.5);
  expect('cost' in estimate && estimate.cost).toBeLessThanOrEqual(QUERY.maxCost);

  // Up to five attempts (each at another date, so none is answered from the cache): the machine
  // running the suite is shared, and a CPU-starved moment slows every answer alike. The server
  // passes when, in one attempt, every health check made while the query ran was quick.
  const attempts: number[][] = [];
  for (const asOf of ['2025-06-01', '2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05']) {
    const latencies = await healthLatenciesDuring(HEAVY, { asOf });
    attempts.push(latencies.map(Math.round));
    if (Math.max(...latencies) < 200) break;
  }
  const best = Math.min(...attempts.map((latencies) => Math.max(...latencies)));
  expect(best, `health-check latencies (ms) per attempt: ${JSON.stringify(attempts)}`).toBeLessThan(200);
}, 120_000);

/** Polls /healthz every 10 ms while `query` runs; the heavy query must succeed. */
async function healthLatenciesDuring(query: string, variables: Record<string, unknown>): Promise<number[]> {
  let running = true;
  const heavy = fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
    .then((response) => response.json() as Promise<{ errors?: unknown }>)
    .finally(() => {
      running = false;
    });
  const latencies: number[] = [];
  while (running) {
    const started = performance.now();
    const response = await fetch(`${server.url}/healthz`);
    await response.json();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect((await heavy).errors).toBeUndefined();
  expect(latencies.length).toBeGreaterThan(0);
  return latencies;
}
