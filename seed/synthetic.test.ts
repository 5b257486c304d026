import { describe, expect, test } from 'vitest';
import { STATUS_CODE_LIST } from '../schema/domain.js';
import { generateSyntheticGraph, SYNTHETIC_MIN_NODES } from './synthetic.js';

describe('generateSyntheticGraph', () => {
  const graph = generateSyntheticGraph(2000);

  test('is deterministic: the same seed gives the identical graph', () => {
    expect(generateSyntheticGraph(2000, 1)).toStrictEqual(graph);
  });

  test('another seed gives another graph of the same size', () => {
    const other = generateSyntheticGraph(2000, 2);
    expect(other.nodes.length).toBe(2000);
    expect(other.edges.map((e) => e.id)).not.toStrictEqual(graph.edges.map((e) => e.id));
  });

  test('has exactly n nodes, unique ids, sorted by id', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(ids.length).toBe(2000);
    expect(new Set(ids).size).toBe(2000);
    expect([...ids].sort()).toStrictEqual(ids);
    expect([...graph.edges.map((e) => e.id)].sort()).toStrictEqual(graph.edges.map((e) => e.id));
  });

  test('every edge endpoint exists, edge ids are unique and derived from their endpoints', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.filter((e) => !ids.has(e.source) || !ids.has(e.target))).toStrictEqual([]);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    expect(graph.edges.filter((e) => e.id !== `${e.source}|${e.type}|${e.target}`)).toStrictEqual([]);
  });

  test('has the national skeleton: 5 regions, 98 municipalities, 21 clusters and hospitals, 17 councils', () => {
    const count = (pred: (id: string, label: string, kind: string) => boolean) =>
      graph.nodes.filter((n) => pred(n.id, n.label, n.kind)).length;
    expect({
      regions: count((_, l) => l === 'Region'),
      municipalities: count((_, l) => l === 'Municipality'),
      clusters: count((_, l) => l === 'Cluster'),
      hospitals: count((_, l) => l === 'Hospital'),
      councils: count((_, __, k) => k === 'health_council'),
      reforms: count((_, l) => l === 'NationalReform'),
      reformElements: count((_, l) => l === 'ReformElement'),
    }).toStrictEqual({
      regions: 5,
      municipalities: 98,
      clusters: 21,
      hospitals: 21,
      councils: 17,
      reforms: 2,
      reformElements: 16,
    });
  });

  test('every node but a SourceDocument has 1–3 status observations with vocabulary codes', () => {
    const bad = graph.nodes.filter((n) =>
      n.label === 'SourceDocument'
        ? n.statusHistory.length !== 0
        : n.statusHistory.length < 1 ||
          n.statusHistory.length > 3 ||
          n.statusHistory.some((o) => !STATUS_CODE_LIST.includes(o.code)),
    );
    expect(bad).toStrictEqual([]);
  });

  test('status histories are in date order and seq is the position in the history', () => {
    const bad = graph.nodes.filter((n) =>
      n.statusHistory.some((o, k) => o.seq !== k || (k > 0 && o.date < (n.statusHistory[k - 1]?.date ?? ''))),
    );
    expect(bad).toStrictEqual([]);
  });

  test('every source and observation cites an existing document, and no node is an orphan', () => {
    const docs = new Set(graph.documents.map((d) => d.id));
    const touched = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(
      graph.nodes.filter(
        (n) =>
          n.sources.some((s) => !docs.has(s.documentId)) ||
          n.statusHistory.some((o) => !docs.has(o.documentId)) ||
          (n.label !== 'SourceDocument' && !touched.has(n.id)),
      ),
    ).toStrictEqual([]);
  });

  test('the degree distribution is heavy-tailed: the biggest hub dwarfs the median node', () => {
    const degree = new Map<string, number>();
    for (const e of graph.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(median).toBeLessThanOrEqual(2);
    expect(sorted.at(-1)).toBeGreaterThan(50 * median);
  });

  test('rejects an n the skeleton does not fit in', () => {
    expect(() => generateSyntheticGraph(10)).toThrow(
      new RangeError(`generateSyntheticGraph needs an integer n >= ${SYNTHETIC_MIN_NODES}, got 10`),
    );
  });
});
