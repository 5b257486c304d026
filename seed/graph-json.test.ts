import { describe, expect, test } from 'vitest';
import type { GraphDocument } from '../schema/domain.js';
import { parseGraphDocument, serializeGraphDocument } from './formats/graph-json.js';
import { loadSeed } from './load-seed.js';
import { SeedValidationError } from './seed-errors.js';

function tiny(): GraphDocument {
  return {
    format: 'aftalegraf-graph',
    version: 1,
    documents: [
      {
        id: 'doc-1',
        file: '001.txt',
        title: 'Æblegrød; "citat"',
        asOf: '2025-01-09',
        asOfConfidence: 'stated',
      },
    ],
    nodes: [
      {
        id: 'ini-b',
        label: 'Initiative',
        kind: 'trial',
        nameDa: 'Prøve på ørredsø',
        aliases: [],
        props: { horizonRaw: 'Primo 2025', horizonStart: '2025-01-01', horizonEnd: '2025-04-30' },
        sources: [{ documentId: 'doc-1', confidence: 'stated' }],
        statusHistory: [
          { code: 'PAUSED', textDa: 'Pauseret', date: '2024-02', kind: 'fact', documentId: 'doc-1', seq: 1 },
          {
            code: 'DRAFTING',
            textDa: 'Påbegyndt',
            date: '2024-02',
            kind: 'fact',
            documentId: 'doc-1',
            seq: 0,
          },
        ],
      },
      {
        id: 'body-a',
        label: 'Body',
        kind: 'committee',
        nameDa: 'Udvalg',
        nameEn: 'Committee',
        aliases: ['U'],
        props: {},
        sources: [
          { documentId: 'doc-1', quote: 'b', confidence: 'inferred' },
          { documentId: 'doc-1', quote: 'a', confidence: 'stated' },
        ],
        statusHistory: [],
      },
    ],
    edges: [
      {
        id: 'body-a|RESPONSIBLE|ini-b',
        type: 'RESPONSIBLE',
        source: 'body-a',
        target: 'ini-b',
        props: { role: 'owner' },
        sources: [{ documentId: 'doc-1', confidence: 'stated' }],
      },
    ],
  };
}

describe('graph JSON', () => {
  test('serialize is canonical: sorted, fixed key order, 2-space indent, trailing newline', () => {
    const text = serializeGraphDocument(tiny());
    const parsed = JSON.parse(text) as GraphDocument;
    expect(parsed.nodes.map((n) => n.id)).toStrictEqual(['body-a', 'ini-b']);
    expect(parsed.nodes[0]?.sources.map((s) => s.quote)).toStrictEqual(['a', 'b']);
    expect(parsed.nodes[1]?.statusHistory.map((o) => o.code)).toStrictEqual(['DRAFTING', 'PAUSED']);
    expect(Object.keys(parsed.nodes[0] ?? {})).toStrictEqual([
      'id',
      'label',
      'kind',
      'nameDa',
      'nameEn',
      'aliases',
      'props',
      'sources',
      'statusHistory',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "aftalegraf-graph",');
  });

  test('parse ∘ serialize is the identity on the real seed, and serialize is a fixed point', () => {
    const seed = loadSeed();
    const text = serializeGraphDocument(seed);
    expect(parseGraphDocument(text)).toStrictEqual(seed);
    expect(serializeGraphDocument(parseGraphDocument(text))).toBe(text);
  });

  test('serialize does not depend on input order', () => {
    const a = tiny();
    const b = { ...tiny(), nodes: [...tiny().nodes].reverse() };
    expect(serializeGraphDocument(a)).toBe(serializeGraphDocument(b));
  });

  test('parse names the field of a schema violation', () => {
    const doc = JSON.parse(serializeGraphDocument(tiny())) as {
      nodes: { statusHistory: { code: string }[] }[];
    };
    (doc.nodes[1]?.statusHistory[0] as { code: string }).code = 'NOPE';
    expect(() => parseGraphDocument(JSON.stringify(doc), 'export.json')).toThrow(
      SeedValidationError.of([
        new SeedValidationError('export.json', 'ini-b', 'statusHistory[0].code', 'unknown status code'),
      ]),
    );
  });

  test('parse collects referential problems: missing endpoint, unknown document, wrong edge id', () => {
    const doc = tiny();
    doc.edges.push({
      id: 'wrong',
      type: 'AWAITS',
      source: 'ini-b',
      target: 'nat-x',
      props: { mode: 'blocking' },
      sources: [{ documentId: 'doc-9', confidence: 'stated' }],
    });
    let error: unknown;
    try {
      parseGraphDocument(JSON.stringify(doc), 'export.json');
    } catch (e) {
      error = e;
    }
    expect((error as SeedValidationError).errors).toStrictEqual([
      new SeedValidationError('export.json', 'wrong', 'id', 'must be ini-b|AWAITS|nat-x'),
      new SeedValidationError('export.json', 'wrong', 'target', 'edge endpoint nat-x does not exist'),
      new SeedValidationError('export.json', 'wrong', 'sources[0].documentId', 'unknown document id doc-9'),
    ]);
  });

  test('parse rejects text that is not JSON', () => {
    expect(() => parseGraphDocument('{', 'x.json')).toThrow(SeedValidationError);
  });
});
