/**
 * Comparing a label as published with the official one: NFKC, whitespace, numbering (「1、」「1.」
 * 「(一) 」) and punctuation folded; a distance for typos. Used by the importer and by R22.
 */
export const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');

/** Keys already computed: the same labels (the template's, a report's) are compared again and again. */
const KEYS = new Map<string, string>();

/** Label comparison: numbering and punctuation folded, so 「1、」「1.」「(一) 」 meet. */
export function labelKey(s: string): string {
  let key = KEYS.get(s);
  if (key === undefined) {
    key = norm(s)
      .replace(/^[(（]?[一二三四五六七八九十]+[)）、.]?/, '')
      .replace(/^\d+[、.．]/, '')
      .replace(/[()（）“”"'、，,。.．:：]/g, '');
    if (KEYS.size >= 10_000) KEYS.clear();
    KEYS.set(s, key);
  }
  return key;
}

/** Levenshtein distance, for typos such as 「其他法律行政止公开」. */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** How close a published label is to an official one, from 0 to 1 (1: the same after folding). */
export function labelScore(given: string, official: string): number {
  const g = labelKey(given);
  const o = labelKey(official);
  if (!g || !o) return 0;
  if (g === o) return 1;
  // A label contained in the other (an abbreviation) needs no bonus: its distance is the length
  // difference, so it already scores shorter / longer.
  return 1 - distance(g, o) / Math.max(g.length, o.length);
}
