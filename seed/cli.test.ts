import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { GraphDocument } from '../schema/domain.js';
import type { ImportSummary } from '../server/store/graph-store.js';
import { parseSeedArgs, runSeedCommand, SeedUsageError, type SeedStore } from './cli.js';
import { serializeGraphDocument } from './formats/graph-json.js';
import { loadSeed } from './load-seed.js';

/** Holds one document in memory: all the CLI asks of a store. */
class MemoryStore implements SeedStore {
  doc: GraphDocument = { format: 'aftalegraf-graph', version: 1, documents: [], nodes: [], edges: [] };
  async replaceAll(doc: GraphDocument): Promise<ImportSummary> {
    this.doc = doc;
    return {
      documents: doc.documents.length,
      nodes: doc.nodes.length,
      edges: doc.edges.length,
      statusObservations: doc.nodes.reduce((s, n) => s + n.statusHistory.length, 0),
    };
  }
  async exportGraph(): Promise<GraphDocument> {
    return this.doc;
  }
  async close(): Promise<void> {}
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const tempFile = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'seed-cli-'));
  dirs.push(dir);
  return join(dir, name);
};

describe('parseSeedArgs', () => {
  test.each([
    [[], { kind: 'load' }],
    [['--synthetic', '1000'], { kind: 'synthetic', n: 1000, seed: 1 }],
    [['--synthetic', '1000', '--seed', '7'], { kind: 'synthetic', n: 1000, seed: 7 }],
    [['--export', 'out.json'], { kind: 'export', file: 'out.json', format: 'json' }],
    [['--export', 'out.xml', '--format', 'graphml'], { kind: 'export', file: 'out.xml', format: 'graphml' }],
    [['--import', 'in.json'], { kind: 'import', file: 'in.json' }],
  ])('%j', (argv, expected) => {
    expect(parseSeedArgs(argv)).toStrictEqual(expected);
  });

  test.each([
    [['--synthetic', 'many'], '--synthetic needs a positive integer, got many'],
    [['--export', 'x', '--format', 'xlsx'], '--format must be json, csv or graphml, got xlsx'],
    [['--export', 'x', '--import', 'y'], 'use at most one of --synthetic, --export and --import'],
    [['--format', 'csv'], '--format only goes with --export'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(new SeedUsageError(message));
  });
});

describe('runSeedCommand', () => {
  test('load puts the real seed into the store and reports the counts', async () => {
    const store = new MemoryStore();
    expect(await runSeedCommand({ kind: 'load' }, store)).toStrictEqual([
      'Seed indlæst / loaded: 27 dokumenter, 285 noder, 474 relationer, 172 statusobservationer',
    ]);
    expect(store.doc).toStrictEqual(loadSeed());
  });

  test('export json then import gives back the same graph', async () => {
    const store = new MemoryStore();
    await runSeedCommand({ kind: 'load' }, store);
    const file = tempFile('graph.json');
    await runSeedCommand({ kind: 'export', file, format: 'json' }, store);
    expect(readFileSync(file, 'utf8')).toBe(serializeGraphDocument(loadSeed()));
    const other = new MemoryStore();
    await runSeedCommand({ kind: 'import', file }, other);
    expect(other.doc).toStrictEqual(loadSeed());
  });

  test('export csv writes a nodes and an edges file', async () => {
    const store = new MemoryStore();
    await runSeedCommand({ kind: 'load' }, store);
    const file = tempFile('graph.csv');
    const base = file.replace(/\.csv$/, '');
    expect(await runSeedCommand({ kind: 'export', file, format: 'csv' }, store)).toStrictEqual([
      `Eksporteret / exported 285 noder og 474 relationer til ${base}.nodes.csv og ${base}.edges.csv`,
    ]);
    expect(readFileSync(`${base}.nodes.csv`, 'utf8').split('\r\n').length).toBe(287);
    expect(readFileSync(`${base}.edges.csv`, 'utf8').split('\r\n').length).toBe(476);
  });

  test('synthetic generates and loads n nodes', async () => {
    const store = new MemoryStore();
    const lines = await runSeedCommand({ kind: 'synthetic', n: 1000, seed: 3 }, store);
    expect(store.doc.nodes.length).toBe(1000);
    expect(lines[1]).toMatch(/^Indlæst \/ loaded in \d+\.\d s: \d+ noder\/s, \d+ relationer\/s$/);
  });
});
