import { describe, expect, test } from 'vitest';
import type { GraphDocument, GraphNodeRecord } from '../schema/domain.js';
import { csvField, toEdgesCsv, toNodesCsv } from './formats/csv.js';
import { loadSeed } from './load-seed.js';

function node(overrides: Partial<GraphNodeRecord>): GraphNodeRecord {
  return {
    id: 'ini-x',
    label: 'Initiative',
    kind: 'initiative',
    nameDa: 'Indsats',
    aliases: [],
    props: {},
    sources: [{ documentId: 'doc-1', confidence: 'stated' }],
    statusHistory: [],
    ...overrides,
  };
}

const doc = (nodes: GraphNodeRecord[]): GraphDocument => ({
  format: 'aftalegraf-graph',
  version: 1,
  documents: [],
  nodes,
  edges: [],
});

describe('CSV', () => {
  test.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['sagde "hej"', '"sagde ""hej"""'],
    ['linje1\nlinje2', '"linje1\nlinje2"'],
    ['cr\r', '"cr\r"'],
    ['æøå ÆØÅ', 'æøå ÆØÅ'],
    ['a,b', 'a,b'],
  ])('field %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('nodes CSV: BOM, ; separator, CRLF records, current status and quoted Danish text', () => {
    const text = toNodesCsv(
      doc([
        node({
          nameDa: 'Rygestop; "kampagne"\nfor børn',
          aliases: ['Å', 'Ø'],
          props: { horizonRaw: 'Primo 2025', horizonStart: '2025-01-01', horizonEnd: '2025-04-30' },
          statusHistory: [
            { code: 'STARTED', textDa: 'Igangsat', date: '2024', kind: 'fact', documentId: 'doc-1', seq: 0 },
            {
              code: 'PAUSED',
              textDa: 'Pauseret',
              date: '2024-06',
              kind: 'fact',
              documentId: 'doc-1',
              seq: 0,
            },
            {
              code: 'DROPPED',
              textDa: 'Udgår',
              date: '2025',
              kind: 'recommendation',
              documentId: 'doc-1',
              seq: 0,
            },
          ],
        }),
      ]),
    );
    expect(text).toBe(
      '\uFEFF' +
        'id;label;kind;name_da;name_en;aliases;current_status;current_status_date;current_status_text;horizon_raw;horizon_start;horizon_end;note;status_observations;sources\r\n' +
        'ini-x;Initiative;initiative;"Rygestop; ""kampagne""\nfor børn";;Å | Ø;PAUSED;2024-06;Pauseret;Primo 2025;2025-01-01;2025-04-30;;3;doc-1\r\n',
    );
  });

  test('edges CSV of the real seed: one row per edge plus the header, weakest confidence', () => {
    const seed = loadSeed();
    const rows = toEdgesCsv(seed).slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows.length - 2).toBe(seed.edges.length);
    const row = rows.find((r) => r.startsWith('ini-72t-psyk-botilbud|AWAITS|nat-2024-96t;'));
    expect(row).toBe(
      'ini-72t-psyk-botilbud|AWAITS|nat-2024-96t;AWAITS;ini-72t-psyk-botilbud;nat-2024-96t;blocking;2025-01-09;;;;;;stated;doc-001;Indstilling: Pauseres og afventer det nationale arbejde med 96 timers behandlingsansvar herunder udvidelse til en bredere målgruppe',
    );
    const sa = rows.find((r) => r.startsWith('body-sundhedsraad-rm-1|SUPERSEDES|cl-horsens;'));
    expect(sa?.split(';').slice(11, 13)).toStrictEqual(['unverified', 'doc-ref-mtr-sundhedsraad']);
  });
});
