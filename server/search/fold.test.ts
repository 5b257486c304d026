import { describe, expect, it } from 'vitest';
import { fold, foldedTokens } from './fold.js';

describe('fold', () => {
  it('folds case and Danish letters so the three spellings of overvægt meet', () => {
    expect([fold('Overvægt'), fold('overvægt'), fold('overvaegt'), fold('OVERVÆGT')]).toStrictEqual([
      'overvaegt',
      'overvaegt',
      'overvaegt',
      'overvaegt',
    ]);
  });

  it('spells out ø and å and drops other accents', () => {
    expect(fold('Sundhedsråd Gødstrup café')).toBe('sundhedsraad goedstrup cafe');
  });

  it('splits into letter and digit words', () => {
    expect(foldedTokens('72-timers behandlingsansvar (psyk.)')).toStrictEqual([
      '72',
      'timers',
      'behandlingsansvar',
      'psyk',
    ]);
  });
});
