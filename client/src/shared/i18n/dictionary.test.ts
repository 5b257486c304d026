import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from '../domain.js';
import { da, en, kindName, translate } from './dictionary.js';
import type { MessageKey } from './dictionary.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('dictionary', () => {
  it('has every key in both languages, and nothing else', () => {
    expect(Object.keys(en).sort()).toStrictEqual(Object.keys(da).sort());
  });

  it('has no empty string in either language', () => {
    const empty = [...Object.entries(da), ...Object.entries(en)].filter(([, text]) => text.trim() === '');
    expect(empty).toStrictEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const keys = Object.keys(da) as MessageKey[];
    const mismatched = keys.filter((key) => placeholders(da[key]).join() !== placeholders(en[key]).join());
    expect(mismatched).toStrictEqual([]);
  });

  it('names every label, relationship (both directions) and status family', () => {
    const wanted = [
      ...NODE_LABELS.map((label) => `label.${label}`),
      ...RELATION_TYPES.flatMap((type) => [`rel.out.${type}`, `rel.in.${type}`]),
      ...STATUS_FAMILY_LIST.map((family) => `family.${family}`),
    ];
    expect(wanted.filter((key) => !(key in da))).toStrictEqual([]);
  });

  it('labels the search box "Søg" in Danish', () => {
    expect(translate('da', 'search.label')).toBe('Søg');
  });

  it('names the sub-kinds it knows and shows an unknown one as written', () => {
    expect([kindName('da', 'trial'), kindName('en', 'trial'), kindName('da', 'brand_new')]).toStrictEqual([
      'Prøvehandling',
      'Trial',
      'brand new',
    ]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('da', 'toolbar.counts', { nodes: 3, edges: 2 })).toBe('3 knuder · 2 relationer');
    expect(translate('en', 'impact.count')).toBe('{n} affected nodes');
  });
});
