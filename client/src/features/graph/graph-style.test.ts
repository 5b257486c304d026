import { describe, expect, it } from 'vitest';
import { NODE_LABELS, STATUS_FAMILY_LIST } from '../../shared/domain.js';
import { FAMILY_STYLES, IMPACT_HALOS, LABEL_SHAPES } from './graph-style.js';

describe('status family colours', () => {
  it('gives every family its own fill', () => {
    const fills = STATUS_FAMILY_LIST.map((family) => FAMILY_STYLES[family].fill.toLowerCase());
    expect(new Set(fills).size).toBe(STATUS_FAMILY_LIST.length);
  });

  it('makes AWAITING unmistakable: strong orange, the only thick dashed border', () => {
    expect(FAMILY_STYLES.AWAITING).toStrictEqual({
      fill: '#f97316',
      border: '#431407',
      borderWidth: 5,
      borderStyle: 'dashed',
    });
    const others = STATUS_FAMILY_LIST.filter((family) => family !== 'AWAITING');
    expect(others.filter((family) => FAMILY_STYLES[family].borderStyle === 'dashed')).toStrictEqual([]);
    expect(Math.max(...others.map((family) => FAMILY_STYLES[family].borderWidth))).toBeLessThan(3);
  });

  it('keeps impact halos apart from every status fill', () => {
    const fills = new Set(STATUS_FAMILY_LIST.map((family) => FAMILY_STYLES[family].fill));
    expect(Object.values(IMPACT_HALOS).filter((colour) => fills.has(colour))).toStrictEqual([]);
  });

  it('gives every label its own shape', () => {
    const shapes = NODE_LABELS.map((label) => LABEL_SHAPES[label]);
    expect(new Set(shapes).size).toBe(NODE_LABELS.length);
  });
});
