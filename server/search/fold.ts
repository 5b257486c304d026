/**
 * Danish-aware folding for search: case-insensitive, æ/ø/å spelled out the way Danes type them
 * without a Danish keyboard (ae, oe, aa), other accents dropped. `Overvægt`, `overvægt` and
 * `overvaegt` all fold to `overvaegt`.
 */
const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue' };

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöü]/g, (letter) => DANISH_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Folded words of a text: letters and digits only, so "72-timers" gives ["72", "timers"]. */
export function foldedTokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
