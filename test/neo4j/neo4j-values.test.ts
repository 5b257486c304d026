import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../server/store/neo4j/neo4j-values.js';

describe('toPlain', () => {
  it('turns Integers into numbers, deep inside lists and maps', () => {
    expect(
      toPlain({ n: neo4j.int(42), list: [neo4j.int(-7), 'a', true, null], nested: { seq: neo4j.int(0) } }),
    ).toStrictEqual({
      n: 42,
      list: [-7, 'a', true, null],
      nested: { seq: 0 },
    });
  });

  it('refuses an Integer a JavaScript number cannot hold exactly', () => {
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(
      new RangeError("Neo4j integer 9007199254740993 is outside JavaScript's safe range"),
    );
    expect(toPlain(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('turns temporal values into ISO strings', () => {
    expect(
      toPlain([
        new neo4j.types.Date(2024, 9, 20),
        new neo4j.types.LocalDateTime(2025, 1, 9, 13, 5, 0, 0),
        new neo4j.types.DateTime(2025, 1, 9, 13, 5, 0, 0, 3600),
        new neo4j.types.Duration(0, 3, 90, 0),
      ]),
    ).toStrictEqual(['2024-09-20', '2025-01-09T13:05:00', '2025-01-09T13:05:00+01:00', 'P3DT1M30S']);
  });

  it('keeps floats, strings and booleans and makes undefined null', () => {
    expect(toPlain([1.5, 'æøå', false, undefined])).toStrictEqual([1.5, 'æøå', false, null]);
  });

  it('refuses graph entities: statements must return maps', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Node'], { id: 'x' }, 'element-1');
    expect(() => toPlain({ node })).toThrow(TypeError);
  });
});
