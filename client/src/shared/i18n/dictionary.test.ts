import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATION_TYPES, STATUS_FAMILY_LIST } from '../domain.js';
import { codeName, da, en, isDataCode, kindName, translate } from './dictionary.js';
import type { MessageKey } from './dictionary.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

const SEED_DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../seed/data');

interface SeedFile {
  nodes: { kind?: string }[];
  edges: { props?: { role?: string; mode?: string; dependencyKind?: string } }[];
}

/** Every data code the seed uses, as the dictionary key that must name it (`role.follow_up`). */
function seedCodeKeys(): string[] {
  // Source documents become nodes of kind `seed` or `public` (seed/load-seed.ts).
  const keys = new Set<string>(['kind.seed', 'kind.public']);
  for (const file of fs.readdirSync(SEED_DATA).filter((name) => name.endsWith('.json'))) {
    const seed = JSON.parse(fs.readFileSync(path.join(SEED_DATA, file), 'utf8')) as SeedFile;
    for (const node of seed.nodes) if (node.kind) keys.add(`kind.${node.kind}`);
    for (const edge of seed.edges) {
      const { role, mode, dependencyKind } = edge.props ?? {};
      // A role in the document's own words is shown as quoted Danish, not looked up.
      if (role && isDataCode(role)) keys.add(`role.${role}`);
      if (mode) keys.add(`mode.${mode}`);
      if (dependencyKind) keys.add(`dependencyKind.${dependencyKind}`);
    }
  }
  return [...keys].sort();
}

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

  it('names every kind, role, mode and dependency kind in the seed data, in both languages', () => {
    const keys = seedCodeKeys();
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((key) => !(key in da) || !(key in en))).toStrictEqual([]);
  });

  it('shows an unknown edge code as written, without underscores', () => {
    expect([
      codeName('da', 'role', 'follow_up'),
      codeName('en', 'role', 'follow_up'),
      codeName('en', 'mode', 'brand_new'),
    ]).toStrictEqual(['Opfølgning', 'Follow-up', 'brand new']);
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
    expect(translate('da', 'toolbar.counts', { nodes: 3, edges: 2 })).toBe('3 elementer · 2 relationer');
    expect(translate('en', 'impact.count')).toBe('{n} affected items');
  });
});
