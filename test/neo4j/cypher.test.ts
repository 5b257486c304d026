import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATION_TYPES, type NodeLabel, type RelationType } from '../../schema/domain.js';
import { ValidationError } from '../../server/errors.js';
import {
  createEdges,
  createNodes,
  cypherDepth,
  cypherLabel,
  cypherRelTypes,
  incidentEdges,
  MAX_TRAVERSAL_DEPTH,
} from '../../server/store/neo4j/cypher.js';

/** What a caller bypassing the types could pass; the guards must hold at run time too. */
const asLabel = (text: string): NodeLabel => text as NodeLabel;
const asType = (text: string): RelationType => text as RelationType;

describe('cypherLabel', () => {
  it('passes every schema label through unchanged', () => {
    expect(NODE_LABELS.map(cypherLabel)).toStrictEqual([...NODE_LABELS]);
  });

  it.each([
    'Nope',
    'agreement',
    '',
    'Agreement) DETACH DELETE (m',
    'Agreement`:Admin',
    'Node',
    'StatusObservation',
  ])('rejects %j', (text) => {
    expect(() => cypherLabel(asLabel(text))).toThrow(
      new ValidationError('label', `ukendt nodetype / unknown node label ${JSON.stringify(text)}`),
    );
  });
});

describe('cypherRelTypes', () => {
  it('joins schema types as an alternation, each once', () => {
    expect(cypherRelTypes(['AWAITS', 'PART_OF', 'AWAITS'])).toBe('AWAITS|PART_OF');
    expect(cypherRelTypes(RELATION_TYPES)).toBe(RELATION_TYPES.join('|'));
  });

  it.each(['HAS_STATUS', 'part_of', 'PART_OF]->() DETACH DELETE (n', 'PART_OF|HAS_STATUS', '`PART_OF`'])(
    'rejects %j',
    (text) => {
      expect(() => cypherRelTypes(['AWAITS', asType(text)])).toThrow(
        new ValidationError('types', `ukendt relationstype / unknown relation type ${JSON.stringify(text)}`),
      );
    },
  );

  it('rejects an empty list, which would otherwise match every relationship', () => {
    expect(() => cypherRelTypes([])).toThrow(
      new ValidationError('types', 'tom liste / empty relation type list'),
    );
  });
});

describe('cypherDepth', () => {
  it('writes integers 1..MAX as literals', () => {
    expect([cypherDepth(1), cypherDepth(MAX_TRAVERSAL_DEPTH)]).toStrictEqual([
      '1',
      String(MAX_TRAVERSAL_DEPTH),
    ]);
  });

  it.each([0, -1, 1.5, MAX_TRAVERSAL_DEPTH + 1, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %s',
    (depth) => {
      expect(() => cypherDepth(depth)).toThrow(ValidationError);
    },
  );
});

describe('builders', () => {
  it('refuse an injected label or type before any text is built', () => {
    expect(() => createNodes(asLabel('Agreement {x: 1}) WITH 1 AS y MATCH (m'))).toThrow(ValidationError);
    expect(() => createEdges(asType('PART_OF]->(b) DETACH DELETE a //'))).toThrow(ValidationError);
    expect(() => incidentEdges([asType('PART_OF|HAS_STATUS')])).toThrow(ValidationError);
  });

  it('put the label and types where the pattern expects them', () => {
    expect(createNodes('Agreement').text).toBe('UNWIND $rows AS row CREATE (n:Node:Agreement) SET n = row');
    expect(incidentEdges(['AWAITS', 'COUPLED_WITH']).text).toContain('-[r:AWAITS|COUPLED_WITH]-');
  });
});
