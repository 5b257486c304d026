import { describe, expect, it } from 'vitest';
import { edgeId, type EdgeProps, type RelationType } from '../../../schema/domain.js';
import type { EdgeLite } from '../graph-store.js';
import { AdjacencyIndex, typeMask } from './adjacency-index.js';

const e = (source: string, type: RelationType, target: string, props: EdgeProps = {}): EdgeLite => ({
  id: edgeId(source, type, target),
  type,
  source,
  target,
  props,
});

// reform ← el-96t ← ini-psyk ← wg-psyk ; ini-psyk ~ ini-hjem (COUPLED_WITH) ; el-96t SUPERSEDES reg-72t
const partOf = e('el-96t', 'PART_OF', 'reform');
const supersedes = e('el-96t', 'SUPERSEDES', 'reg-72t', { effective: '2027-01-01' });
const awaits = e('ini-psyk', 'AWAITS', 'el-96t', { mode: 'blocking' });
const awaits72 = e('ini-hjem', 'AWAITS', 'reg-72t', { mode: 'adjust' });
const responsible = e('wg-psyk', 'RESPONSIBLE', 'ini-psyk', { role: 'owner' });
const coupled = e('ini-psyk', 'COUPLED_WITH', 'ini-hjem');
const sub = e('ini-sub', 'PART_OF', 'ini-psyk');
const edges = [partOf, supersedes, awaits, awaits72, responsible, coupled, sub];
const build = (): AdjacencyIndex => AdjacencyIndex.build(edges, ['lonely']);

describe('AdjacencyIndex', () => {
  it('counts nodes (with edgeless ones) and edges', () => {
    const index = build();
    expect([index.nodeCount, index.edgeCount]).toStrictEqual([8, 7]);
    expect([index.has('lonely'), index.has('nope')]).toStrictEqual([true, false]);
  });

  describe('expand', () => {
    it('follows OUT, IN and BOTH, and COUPLED_WITH both ways whatever the direction', () => {
      const index = build();
      expect(index.expand(['ini-psyk'], 'OUT')).toStrictEqual([awaits, coupled]);
      expect(index.expand(['ini-psyk'], 'IN')).toStrictEqual([responsible, coupled, sub]);
      expect(index.expand(['ini-hjem'], 'OUT')).toStrictEqual([awaits72, coupled]);
      expect(index.expand(['ini-hjem'], 'IN')).toStrictEqual([coupled]);
      expect(index.expand(['ini-psyk'], 'BOTH')).toStrictEqual([awaits, coupled, responsible, sub]);
    });

    it('filters by type, lists each edge once for a frontier, and skips unknown ids', () => {
      const index = build();
      expect(
        index.expand(['el-96t', 'ini-psyk', 'nope', 'el-96t'], 'BOTH', ['AWAITS', 'PART_OF']),
      ).toStrictEqual([partOf, awaits, sub]);
      expect(index.expand(['ini-psyk'], 'BOTH', [])).toStrictEqual([]);
      expect(index.expand(['lonely', 'nope'], 'BOTH')).toStrictEqual([]);
    });

    it('returns fresh props so callers cannot corrupt the index', () => {
      const index = build();
      const [first] = index.expand(['ini-psyk'], 'OUT', ['AWAITS']);
      if (first) first.props.mode = 'adjust';
      expect(index.expand(['ini-psyk'], 'OUT', ['AWAITS'])).toStrictEqual([awaits]);
    });
  });

  describe('reach', () => {
    it('gives first-reach depths and the edges crossed within the limit', () => {
      const index = build();
      const reached = index.reach(['reform'], 'IN', 3, ['PART_OF', 'AWAITS', 'RESPONSIBLE']);
      expect(reached).toStrictEqual({
        depthById: new Map([
          ['reform', 0],
          ['el-96t', 1],
          ['ini-psyk', 2],
          ['wg-psyk', 3],
          ['ini-sub', 3],
        ]),
        edges: [partOf, awaits, responsible, sub],
      });
    });

    it('does not cross edges out of the last level', () => {
      const index = build();
      expect(index.reach(['reform'], 'IN', 2, ['PART_OF', 'AWAITS', 'RESPONSIBLE'])).toStrictEqual({
        depthById: new Map([
          ['reform', 0],
          ['el-96t', 1],
          ['ini-psyk', 2],
        ]),
        edges: [partOf, awaits],
      });
      expect(index.reach(['reform', 'nope'], 'BOTH', 0)).toStrictEqual({
        depthById: new Map([['reform', 0]]),
        edges: [],
      });
    });

    it('terminates on COUPLED_WITH cycles and counts every edge once', () => {
      const loop = [
        e('a', 'COUPLED_WITH', 'b'),
        e('b', 'COUPLED_WITH', 'c'),
        e('c', 'COUPLED_WITH', 'a'),
        e('a', 'COUPLED_WITH', 'a'),
      ];
      const index = AdjacencyIndex.build(loop);
      for (const direction of ['OUT', 'IN', 'BOTH'] as const) {
        expect(index.reach(['a'], direction, 10)).toStrictEqual({
          depthById: new Map([
            ['a', 0],
            ['b', 1],
            ['c', 1],
          ]),
          edges: [loop[0], loop[2], loop[3], loop[1]],
        });
      }
    });

    it('reaches an edgeless node only when it was given to build', () => {
      expect(build().reach(['lonely'], 'BOTH', 3).depthById).toStrictEqual(new Map([['lonely', 0]]));
      expect(AdjacencyIndex.build(edges).reach(['lonely'], 'BOTH', 3).depthById).toStrictEqual(new Map());
    });

    it('counts what reach reaches', () => {
      const index = build();
      expect(index.countReach(['reform'], 'BOTH', 10)).toBe(
        index.reach(['reform'], 'BOTH', 10).depthById.size,
      );
      expect(index.countReach(['reform'], 'BOTH', 10)).toBe(7);
    });
  });

  describe('shortestPaths', () => {
    it('finds every shortest path ignoring direction, in walking order', () => {
      const index = build();
      expect(index.shortestPaths('wg-psyk', 'reform', { maxDepth: 6, maxPaths: 5 })).toStrictEqual([
        [responsible, awaits, partOf],
      ]);
      // Two routes of two hops, against the stored direction on both: via reg-72t and via ini-psyk.
      expect(index.shortestPaths('ini-hjem', 'el-96t', { maxDepth: 6, maxPaths: 5 })).toStrictEqual([
        [awaits72, supersedes],
        [coupled, awaits],
      ]);
    });

    it('respects types, maxDepth and maxPaths', () => {
      const index = build();
      expect(
        index.shortestPaths('wg-psyk', 'reform', { maxDepth: 6, maxPaths: 5, types: ['PART_OF'] }),
      ).toStrictEqual([]);
      expect(index.shortestPaths('wg-psyk', 'reform', { maxDepth: 2, maxPaths: 5 })).toStrictEqual([]);
      expect(index.shortestPaths('ini-hjem', 'el-96t', { maxDepth: 6, maxPaths: 1 })).toHaveLength(1);
      expect(index.shortestPaths('ini-hjem', 'nope', { maxDepth: 6, maxPaths: 1 })).toStrictEqual([]);
      expect(index.shortestPaths('ini-hjem', 'ini-hjem', { maxDepth: 6, maxPaths: 1 })).toStrictEqual([[]]);
    });

    it('gives parallel edges as distinct paths', () => {
      const parallel = [e('a', 'AWAITS', 'b'), e('a', 'DEPENDS_ON', 'b'), e('b', 'PART_OF', 'c')];
      expect(
        AdjacencyIndex.build(parallel).shortestPaths('a', 'c', { maxDepth: 3, maxPaths: 9 }),
      ).toStrictEqual([
        [parallel[0], parallel[2]],
        [parallel[1], parallel[2]],
      ]);
    });
  });

  it('rejects unknown relation types', () => {
    expect(() => typeMask(['NOPE' as RelationType])).toThrow(new RangeError('unknown relation type NOPE'));
  });
});
