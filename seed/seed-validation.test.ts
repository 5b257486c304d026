/**
 * The loader refuses bad seed files and says exactly where: file, entity id, field and reason.
 * Each case writes a tiny data directory to a temp folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSeed } from './load-seed.js';
import { SeedValidationError } from './seed-errors.js';

const DOC = {
  id: 'doc-test',
  file: '999_test.txt',
  title: 'Testdokument',
  asOf: '2025-01-09',
  asOfConfidence: 'stated',
};
const BODY = {
  id: 'body-a',
  label: 'Body',
  kind: 'committee',
  nameDa: 'Udvalg A',
  sources: [{ quote: 'Udvalg A' }],
};
const INI = {
  id: 'ini-a',
  label: 'Initiative',
  kind: 'initiative',
  nameDa: 'Indsats A',
  sources: [{ quote: 'Indsats A' }],
};
const EDGE = {
  type: 'RESPONSIBLE',
  source: 'body-a',
  target: 'ini-a',
  props: { role: 'owner' },
  sources: [{ quote: 'x' }],
};

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function seedDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** The error `loadSeed` throws for `files`, or a failure if it does not throw one. */
function loadError(files: Record<string, unknown>): SeedValidationError {
  try {
    loadSeed(seedDir(files));
  } catch (e) {
    if (e instanceof SeedValidationError) return e;
    throw e;
  }
  throw new Error('loadSeed did not throw');
}

const errorsOf = (files: Record<string, unknown>) =>
  loadError(files).errors.map((e) => [e.file, e.entityId, e.field, e.reason]);

describe('loadSeed validation', () => {
  test('a valid minimal directory loads, with a SourceDocument node per document', () => {
    const graph = loadSeed(
      seedDir({ 'doc-test.json': { documents: [DOC], nodes: [BODY, INI], edges: [EDGE] } }),
    );
    expect(graph.nodes.map((n) => [n.id, n.label])).toStrictEqual([
      ['body-a', 'Body'],
      ['doc-test', 'SourceDocument'],
      ['ini-a', 'Initiative'],
    ]);
    expect(graph.edges).toStrictEqual([
      {
        id: 'body-a|RESPONSIBLE|ini-a',
        type: 'RESPONSIBLE',
        source: 'body-a',
        target: 'ini-a',
        props: { role: 'owner' },
        sources: [{ documentId: 'doc-test', quote: 'x', confidence: 'stated' }],
        validity: { from: '2025-01-09', fromBasis: 'first_mention', documentId: 'doc-test' },
      },
    ]);
  });

  test('the thrown error names file, entity, field and reason, and lists itself in errors', () => {
    const err = loadError({ 'doc-test.json': { documents: [DOC], nodes: [{ ...INI, sources: [] }] } });
    expect(err).toStrictEqual(
      new SeedValidationError('doc-test.json', 'ini-a', 'sources', 'needs at least one source', [
        new SeedValidationError('doc-test.json', 'ini-a', 'sources', 'needs at least one source'),
      ]),
    );
    expect(err.name).toBe('SeedValidationError');
    expect(err.message).toBe('doc-test.json: ini-a: sources: needs at least one source');
  });

  test('unknown status code', () => {
    const node = { ...INI, status: [{ code: 'MAYBE', textDa: 'Måske', kind: 'fact' }] };
    expect(errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [node] } })).toStrictEqual([
      ['doc-test.json', 'ini-a', 'status[0].code', 'unknown status code'],
    ]);
  });

  test('node defined twice', () => {
    expect(
      errorsOf({
        'a.json': { documents: [DOC], nodes: [BODY, INI], edges: [EDGE] },
        'b.json': { nodes: [{ ...INI, sources: [{ documentId: 'doc-test' }] }] },
      }),
    ).toStrictEqual([['b.json', 'ini-a', 'label', 'node defined twice (also in a.json)']]);
  });

  test('mention of a node no file defines', () => {
    expect(
      errorsOf({
        'doc-test.json': {
          documents: [DOC],
          nodes: [BODY, INI, { id: 'ini-ghost', sources: [{}] }],
          edges: [EDGE],
        },
      }),
    ).toStrictEqual([
      ['doc-test.json', 'ini-ghost', 'id', 'mention of a node that is not defined in any file'],
    ]);
  });

  test('edge endpoint missing', () => {
    const edge = { ...EDGE, target: 'ini-missing' };
    expect(
      errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [BODY, INI], edges: [edge] } }),
    ).toStrictEqual([
      [
        'doc-test.json',
        'body-a|RESPONSIBLE|ini-missing',
        'target',
        'edge endpoint ini-missing does not exist',
      ],
    ]);
  });

  test('label-property mismatch: a horizon on a Body', () => {
    const body = { ...BODY, props: { horizonRaw: 'Primo 2025' } };
    expect(
      errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [body, INI], edges: [EDGE] } }),
    ).toStrictEqual([['doc-test.json', 'body-a', 'props.horizonRaw', 'not a property of Body']]);
  });

  test('bad dates in a status observation and in props', () => {
    const node = { ...INI, status: [{ code: 'STARTED', textDa: 'Igangsat', date: '2024-13', kind: 'fact' }] };
    const body = { ...BODY, props: { activeFrom: '1/7-2022' } };
    expect(
      errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [body, node], edges: [EDGE] } }),
    ).toStrictEqual([
      ['doc-test.json', 'body-a', 'props.activeFrom', 'must be YYYY, YYYY-MM or YYYY-MM-DD'],
      ['doc-test.json', 'ini-a', 'status[0].date', 'must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ]);
  });

  test('unknown document id on a source', () => {
    const node = { ...INI, sources: [{ documentId: 'doc-nope', quote: 'x' }] };
    expect(
      errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [BODY, node], edges: [EDGE] } }),
    ).toStrictEqual([['doc-test.json', 'ini-a', 'sources[0].documentId', 'unknown document id doc-nope']]);
  });

  test('a horizon the parser does not know', () => {
    const node = { ...INI, props: { horizonRaw: 'engang' } };
    expect(
      errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [BODY, node], edges: [EDGE] } }),
    ).toStrictEqual([['doc-test.json', 'ini-a', 'props.horizonRaw', 'cannot parse horizon "engang"']]);
  });

  test('a computed prop (horizonStart) may not be written in a file', () => {
    const node = { ...INI, props: { horizonStart: '2025-01-01' } };
    expect(
      errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [BODY, node], edges: [EDGE] } }),
    ).toStrictEqual([['doc-test.json', 'ini-a', 'props', 'Unrecognized key: "horizonStart"']]);
  });

  test('CONCERNS must point at a Task', () => {
    const edge = { type: 'CONCERNS', source: 'ini-a', target: 'body-a', sources: [{}] };
    expect(
      errorsOf({ 'doc-test.json': { documents: [DOC], nodes: [BODY, INI], edges: [EDGE, edge] } }),
    ).toStrictEqual([
      ['doc-test.json', 'ini-a|CONCERNS|body-a', 'target', 'CONCERNS must point at a Task, not a Body'],
    ]);
  });

  test('invalid JSON', () => {
    expect(
      errorsOf({ 'broken.json': '{ "nodes": [' }).map(([file, id, field]) => [file, id, field]),
    ).toStrictEqual([['broken.json', '', '']]);
  });

  test('all problems of a load are reported together, never a half result', () => {
    const node = { ...INI, status: [{ code: 'MAYBE', textDa: 'x', kind: 'fact' }] };
    expect(
      errorsOf({
        'a.json': { documents: [DOC], nodes: [BODY, node], edges: [{ ...EDGE, source: 'body-missing' }] },
        'b.json': { nodes: [{ id: 'ini-ghost', sources: [{ documentId: 'doc-test' }] }] },
      }),
    ).toStrictEqual([
      ['a.json', 'ini-a', 'status[0].code', 'unknown status code'],
      ['b.json', 'ini-ghost', 'id', 'mention of a node that is not defined in any file'],
    ]);
  });
});
