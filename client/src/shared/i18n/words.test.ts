/**
 * Regression for the words issue 13 §8 found in the explorer: "Fokus: Fra" read as "from",
 * "knuder", "WebGL-tegning", codes like "[inf]", and «» or “” where Danish uses »«.
 */
import { describe, expect, it } from 'vitest';
import { da, en } from './dictionary.js';

describe('the explorer speaks plainly', () => {
  it('has no graph jargon, codes or foreign quote marks in Danish', () => {
    const offending = Object.entries(da).filter(([, text]) =>
      // Danish quotes point inwards, »citat«; «citat» and “citat” are other languages' marks.
      /knude|knuder|WebGL|\[(inf|unv)\]|«[^»«]*»|[“”]/i.test(text),
    );
    expect(offending).toStrictEqual([]);
  });

  it('says focus is switched off, not "from"', () => {
    expect([da['focus.off'], en['focus.off']]).toStrictEqual(['Slået fra', 'Off']);
  });

  it('has no codes in English either', () => {
    expect(Object.entries(en).filter(([, text]) => /\[(inf|unv)\]|WebGL/.test(text))).toStrictEqual([]);
  });
});
