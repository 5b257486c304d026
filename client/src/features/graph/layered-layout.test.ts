import { describe, expect, it } from 'vitest';
import { computeLayeredPositions, placementOf } from './layered-layout.js';
import type { LayoutEdge, LayoutNode } from './layered-layout.js';

const nodes: LayoutNode[] = [
  { id: 'vis-1', label: 'Vision', kind: 'vision' },
  { id: 'ag-sa', label: 'Agreement', kind: 'health_agreement' },
  { id: 'fa-1', label: 'FocusArea', kind: 'focus_area' },
  { id: 'ag-sub', label: 'Agreement', kind: 'cooperation' },
  { id: 'ini-b', label: 'Initiative', kind: 'initiative' },
  { id: 'ini-a', label: 'Initiative', kind: 'trial' },
  { id: 'wg-1', label: 'WorkingGroup', kind: 'working_group' },
  { id: 'cl-vest', label: 'Cluster', kind: 'cluster' },
  { id: 'nat-reform', label: 'NationalReform', kind: 'reform' },
  { id: 'nat-el', label: 'ReformElement', kind: 'element' },
];
const edges: LayoutEdge[] = [
  { source: 'ag-sa', target: 'vis-1' },
  { source: 'fa-1', target: 'ag-sa' },
  { source: 'ag-sub', target: 'fa-1' },
  { source: 'ini-a', target: 'ag-sub' },
  { source: 'ini-a', target: 'nat-el' },
  { source: 'wg-1', target: 'ini-b' },
  { source: 'ini-b', target: 'cl-vest' },
  { source: 'nat-el', target: 'nat-reform' },
];

describe('layered layout', () => {
  it('gives the same picture for the same data, whatever the input order', () => {
    const a = computeLayeredPositions(nodes, edges);
    const b = computeLayeredPositions([...nodes].reverse(), [...edges].reverse());
    expect(Object.fromEntries([...b].sort())).toStrictEqual(Object.fromEntries([...a].sort()));
  });

  it('stacks the levels top-down from vision to cluster', () => {
    const y = (id: string): number => computeLayeredPositions(nodes, edges).get(id)?.y ?? Number.NaN;
    const order = ['vis-1', 'ag-sa', 'fa-1', 'ag-sub', 'ini-a', 'wg-1', 'cl-vest'].map(y);
    expect(order).toStrictEqual([...order].sort((p, q) => p - q));
    expect(new Set(order).size).toBe(order.length);
  });

  it('puts national reforms in their own block to the right', () => {
    const positions = computeLayeredPositions(nodes, edges);
    const mainRight = Math.max(
      ...nodes
        .filter((node) => placementOf(node).block === 'main')
        .map((node) => positions.get(node.id)?.x ?? 0),
    );
    expect(positions.get('nat-reform')?.x ?? 0).toBeGreaterThan(mainRight);
    expect(positions.get('nat-el')?.x ?? 0).toBeGreaterThan(mainRight);
  });

  it('places 20,000 nodes in well under a second', () => {
    const many: LayoutNode[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      label: i % 10 === 0 ? 'Agreement' : 'Initiative',
      kind: 'x',
    }));
    const links: LayoutEdge[] = many
      .slice(1)
      .map((node, i) => ({ source: node.id, target: `n${Math.floor(i / 3)}` }));
    const started = performance.now();
    expect(computeLayeredPositions(many, links).size).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
