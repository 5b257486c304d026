/**
 * `npm run bench:seed`: how fast a synthetic graph is generated and bulk-loaded into the
 * embedded store (one transaction, prepared statements), at sizes later benchmarks use.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSyntheticGraph } from '../seed/synthetic.js';
import { SqliteGraphStore } from '../server/store/sqlite/sqlite-graph-store.js';

const SIZES = (process.env.BENCH_SEED_SIZES ?? '10000,100000,1000000').split(',').map(Number);

console.log('synthetic load into the embedded store (SQLite file, one transaction, CSR index rebuilt)');
console.log('nodes     | edges     | generate s | load s | nodes/s  | edges/s  | file MiB');
for (const n of SIZES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftalegraf-seed-bench-'));
  try {
    let t = performance.now();
    const doc = generateSyntheticGraph(n, 1);
    const generate = (performance.now() - t) / 1000;
    const file = path.join(dir, 'aftalegraf.sqlite');
    const store = SqliteGraphStore.open(file);
    t = performance.now();
    const summary = await store.replaceAll(doc);
    const load = (performance.now() - t) / 1000;
    await store.close();
    const mib = fs.statSync(file).size / 2 ** 20;
    console.log(
      `${String(summary.nodes).padEnd(9)} | ${String(summary.edges).padEnd(9)} | ${generate.toFixed(1).padStart(10)} | ${load.toFixed(1).padStart(6)} | ${Math.round(
        summary.nodes / load,
      )
        .toString()
        .padStart(8)} | ${Math.round(summary.edges / load)
        .toString()
        .padStart(8)} | ${mib.toFixed(0).padStart(8)}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
