/**
 * `npm run seed`: loads the real agreement complex into the configured store (SQLite by default,
 * Neo4j when `NEO4J_URI` is set) and prints what it loaded.
 *
 *   npm run seed                                   load seed/data (replaces the store's content)
 *   npm run seed -- --synthetic 1000000 [--seed 7] generate and load a synthetic graph; nodes/s, edges/s
 *   npm run seed -- --export FILE --format json|csv|graphml   write the store's graph to FILE
 *                                                  (csv: FILE.nodes.csv and FILE.edges.csv)
 *   npm run seed -- --import FILE                  replace the store's content with an exported JSON file
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { GraphStore } from '../server/store/graph-store.js';
import { toEdgesCsv, toNodesCsv } from './formats/csv.js';
import { parseGraphDocument, serializeGraphDocument } from './formats/graph-json.js';
import { toGraphML } from './formats/graphml.js';
import { loadSeed } from './load-seed.js';
import { generateSyntheticGraph } from './synthetic.js';

export type SeedCommand =
  | { kind: 'load' }
  | { kind: 'synthetic'; n: number; seed: number }
  | { kind: 'export'; file: string; format: 'json' | 'csv' | 'graphml' }
  | { kind: 'import'; file: string };

/** What the CLI needs of a store; the real one is `openStore(loadConfig())`. */
export type SeedStore = Pick<GraphStore, 'replaceAll' | 'exportGraph' | 'close'>;

export class SeedUsageError extends Error {
  override readonly name = 'SeedUsageError' as const;
}

/** Writes beside the target and renames over it, so an export is never left half-written. */
function writeFileAtomic(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function parseSeedArgs(argv: readonly string[]): SeedCommand {
  let values: { synthetic?: string; seed?: string; export?: string; format?: string; import?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        synthetic: { type: 'string' },
        seed: { type: 'string' },
        export: { type: 'string' },
        format: { type: 'string' },
        import: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new SeedUsageError((e as Error).message);
  }
  const chosen = [values.synthetic, values.export, values.import].filter((v) => v !== undefined).length;
  if (chosen > 1) throw new SeedUsageError('use at most one of --synthetic, --export and --import');
  if (values.synthetic !== undefined) {
    const n = Number(values.synthetic);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(n) || n <= 0)
      throw new SeedUsageError(`--synthetic needs a positive integer, got ${values.synthetic}`);
    if (!Number.isInteger(seed)) throw new SeedUsageError(`--seed needs an integer, got ${values.seed}`);
    return { kind: 'synthetic', n, seed };
  }
  if (values.seed !== undefined) throw new SeedUsageError('--seed only goes with --synthetic');
  if (values.export !== undefined) {
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv' && format !== 'graphml') {
      throw new SeedUsageError(`--format must be json, csv or graphml, got ${format}`);
    }
    return { kind: 'export', file: values.export, format };
  }
  if (values.format !== undefined) throw new SeedUsageError('--format only goes with --export');
  if (values.import !== undefined) return { kind: 'import', file: values.import };
  return { kind: 'load' };
}

/** Runs one command against `store` and returns the lines to print. Closes nothing. */
export async function runSeedCommand(command: SeedCommand, store: SeedStore): Promise<string[]> {
  switch (command.kind) {
    case 'load': {
      const s = await store.replaceAll(loadSeed());
      return [
        `Seed indlæst / loaded: ${s.documents} dokumenter, ${s.nodes} noder, ${s.edges} relationer, ${s.statusObservations} statusobservationer`,
      ];
    }
    case 'synthetic': {
      const t0 = performance.now();
      const doc = generateSyntheticGraph(command.n, command.seed);
      const t1 = performance.now();
      const s = await store.replaceAll(doc);
      const seconds = Math.max((performance.now() - t1) / 1000, 0.001);
      return [
        `Syntetisk graf genereret / generated in ${((t1 - t0) / 1000).toFixed(1)} s: ${doc.nodes.length} noder, ${doc.edges.length} relationer`,
        `Indlæst / loaded in ${seconds.toFixed(1)} s: ${Math.round(s.nodes / seconds)} noder/s, ${Math.round(s.edges / seconds)} relationer/s`,
      ];
    }
    case 'export': {
      const doc = await store.exportGraph();
      if (command.format === 'csv') {
        const base = command.file.replace(/\.csv$/i, '');
        writeFileAtomic(`${base}.nodes.csv`, toNodesCsv(doc));
        writeFileAtomic(`${base}.edges.csv`, toEdgesCsv(doc));
        return [
          `Eksporteret / exported ${doc.nodes.length} noder og ${doc.edges.length} relationer til ${base}.nodes.csv og ${base}.edges.csv`,
        ];
      }
      writeFileAtomic(command.file, command.format === 'json' ? serializeGraphDocument(doc) : toGraphML(doc));
      return [
        `Eksporteret / exported ${doc.nodes.length} noder og ${doc.edges.length} relationer til ${command.file}`,
      ];
    }
    case 'import': {
      const doc = parseGraphDocument(readFileSync(command.file, 'utf8'), command.file);
      const s = await store.replaceAll(doc);
      return [
        `Importeret / imported fra ${command.file}: ${s.nodes} noder, ${s.edges} relationer, ${s.statusObservations} statusobservationer`,
      ];
    }
  }
}

async function main(): Promise<void> {
  const command = parseSeedArgs(process.argv.slice(2));
  // Loaded here so that importing this module (tests) does not pull in the store adapters.
  const { loadConfig } = await import('../server/config.js');
  const { openStore } = await import('../server/store/open-store.js');
  const store = await openStore(loadConfig());
  try {
    for (const line of await runSeedCommand(command, store)) console.log(line);
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  });
}
