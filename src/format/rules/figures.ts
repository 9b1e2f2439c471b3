/**
 * Figures in Chinese narrative text: Arabic, full-width and Chinese numerals with their units, and
 * the words around them, so that rules can tell what a number counts.
 */
import { plain } from './text';

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十六 → 26, 一百零五 → 105, 三万五千 → 35000; null when it is not a plain Chinese integer. */
export function parseChineseInteger(s: string): number | null {
  if (!s || /[^零〇一二两三四五六七八九十百千万]/.test(s)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      digit = CN_DIGIT[ch];
    } else if (ch in CN_UNIT) {
      section += (digit ?? 1) * CN_UNIT[ch];
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

export interface Figure {
  value: number;
  unit: string;
  /** 余、多、约、近: an approximate figure is never compared. */
  approx: boolean;
  raw: string;
  index: number;
  /** Text of the clause between the previous figure (or clause start) and this one. */
  lead: string;
  /**
   * The measure phrase: the text since the previous figure of the sentence (or its start), across
   * 、 and ，, so that 「予以公开、部分公开共42件」 still names both results.
   */
  phrase: string;
  /** Text of the clause after this figure, up to the next figure or clause end. */
  trail: string;
  sentence: string;
  /** Inside （…）: an explanation of another figure, not a whole or a part of a list (R33). */
  inParentheses: boolean;
}

const UNITS = '人次|万元|件|条|次|个|期|场|篇|项|份|家|元|%';
const NUMBER = '\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+';
const FIGURE = new RegExp(`(约|近)?(${NUMBER})(万)?(余|多)?(${UNITS})(余|多)?`, 'g');
const CLAUSE_BREAK = new Set('，。；：、,;:！？!?\n');
const SENTENCE_BREAK = new Set('。！？!?\n');

/** For every position, where its clause and its sentence start and end: one pass instead of a scan per figure. */
function boundaries(text: string) {
  const n = text.length;
  const depth = new Int8Array(n + 1);
  let d = 0;
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') d++;
    else if ((ch === '）' || ch === ')') && d > 0) d--;
    else if (ch === '。') d = 0;
    depth[i + 1] = d;
  }
  const clauseStart = new Int32Array(n + 1);
  const sentenceStart = new Int32Array(n + 1);
  const clauseEnd = new Int32Array(n + 1);
  const sentenceEnd = new Int32Array(n + 1);
  let c = 0;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    clauseStart[i] = c;
    sentenceStart[i] = s;
    const ch = text[i];
    if (CLAUSE_BREAK.has(ch)) c = i + 1;
    if (SENTENCE_BREAK.has(ch)) s = i + 1;
  }
  c = n;
  s = n;
  for (let i = n; i >= 0; i--) {
    const ch = text[i];
    if (CLAUSE_BREAK.has(ch)) c = i;
    if (SENTENCE_BREAK.has(ch)) s = i;
    clauseEnd[i] = c;
    sentenceEnd[i] = s;
  }
  return { clauseStart, clauseEnd, sentenceStart, sentenceEnd, depth };
}

/** All figures with a unit in normalised text; ordinals (第七期) are not figures. */
export function findFigures(source: string): { text: string; figures: Figure[] } {
  const text = plain(source);
  const found: Omit<Figure, 'lead' | 'phrase' | 'trail' | 'sentence' | 'inParentheses'>[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const index = m.index! + (m[1]?.length ?? 0);
    if (text[index - 1] === '第' || /[\d.]/.test(text[index - 1] ?? '')) continue;
    const n = /\d/.test(m[2]) ? Number(m[2].replace(/,/g, '')) : parseChineseInteger(m[2]);
    if (n === null) continue;
    const wan = m[3] && m[5] === '元';
    found.push({
      value: m[3] && !wan ? n * 10000 : n,
      unit: wan ? '万元' : m[5],
      approx: Boolean(m[1] || m[4] || m[6] || (m[3] && !wan)),
      raw: m[0],
      index,
    });
  }
  const b = boundaries(text);
  const figures = found.map((f, i) => {
    const clauseStart = b.clauseStart[f.index];
    const clauseEnd = b.clauseEnd[f.index + f.raw.length];
    const prev = found[i - 1];
    const next = found[i + 1];
    const leadStart = prev && prev.index + prev.raw.length > clauseStart ? prev.index + prev.raw.length : clauseStart;
    const trailEnd = next && next.index < clauseEnd ? next.index : clauseEnd;
    const sStart = b.sentenceStart[f.index];
    const sEnd = b.sentenceEnd[f.index];
    const phraseStart = prev && prev.index + prev.raw.length > sStart ? prev.index + prev.raw.length : sStart;
    return {
      ...f,
      lead: text.slice(leadStart, f.index),
      phrase: text.slice(phraseStart, f.index),
      trail: text.slice(f.index + f.raw.length, trailEnd),
      sentence: text.slice(sStart, sEnd + 1),
      inParentheses: b.depth[f.index] > 0,
    };
  });
  return { text, figures };
}

/** A short quotation around a figure for messages: 「……答复3050件」. */
export function quote(f: Figure): string {
  const lead = f.lead.length > 14 ? `…${f.lead.slice(-14)}` : f.lead;
  return `“${lead}${f.raw}${f.trail.slice(0, 8)}”`;
}
