import { describe, expect, it } from 'vitest';
import { inlineRelation, pathWords } from './path-words.js';

const words = { PART_OF: 'er del af', AWAITS: 'afventer' } as const;
const relation = (type: keyof typeof words | string): string => words[type as keyof typeof words] ?? type;

describe('pathWords', () => {
  it('reads a path in names, arrows pointing the way each relation points', () => {
    expect(
      pathWords(
        [
          {
            from: { name: '96 timers behandlingsansvar' },
            to: { name: 'Sundhedsreform 2024' },
            type: 'PART_OF',
            forward: true,
          },
          {
            from: { name: 'Sundhedsreform 2024' },
            to: { name: 'Prioriteringer 2025' },
            type: 'AWAITS',
            forward: false,
          },
        ],
        relation,
      ),
    ).toBe('96 timers behandlingsansvar — er del af → Sundhedsreform 2024 ← afventer — Prioriteringer 2025');
  });

  it('is empty for no hops and lower-cases a label for running text', () => {
    expect([pathWords([], relation), inlineRelation('Del af'), inlineRelation('')]).toStrictEqual([
      '',
      'del af',
      '',
    ]);
  });
});
