/**
 * Checks that a quote is verbatim from a source text whose table rows the PDF extraction broke
 * apart. Line breaks inside a cell are ignored (whitespace is compared away), and a quote whose
 * cell was interleaved with a neighbouring cell matches when its words appear in order with
 * only a short run of foreign words between them (a word split over two lines counts as one).
 */
const MAX_GAP_WORDS = 40;

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** True when `quote` occurs in `source` as described above. */
export function quoteOccursIn(quote: string, source: string): boolean {
  if (squash(source).includes(squash(quote))) return true;
  const qs = words(quote);
  const ss = words(source);
  for (let start = 0; start < ss.length; start++) {
    if (ss[start] !== qs[0]) continue;
    let pos = start;
    let matched = 1;
    while (matched < qs.length) {
      let next = -1;
      const want = qs[matched];
      for (let j = pos + 1; j <= Math.min(ss.length - 1, pos + 1 + MAX_GAP_WORDS); j++) {
        if (ss[j] === want) {
          next = j;
          break;
        }
        // A word the extraction split over two lines ("3/2-" + "25.").
        if (j + 1 < ss.length && `${ss[j]}${ss[j + 1]}` === want) {
          next = j + 1;
          break;
        }
      }
      if (next < 0) break;
      pos = next;
      matched++;
    }
    if (matched === qs.length) return true;
  }
  return false;
}
