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
/** Character classes by UTF-16 code, so the scans below read numbers, never one-character strings. */
const CLASS = new Uint8Array(0x10000);
const CLAUSE = 1;
const SENTENCE = 2;
const OPEN = 4;
const CLOSE = 8;
const FULL_STOP = 16;
for (const ch of '，。；：、,;:！？!?\n') CLASS[ch.charCodeAt(0)] |= CLAUSE;
for (const ch of '。！？!?\n') CLASS[ch.charCodeAt(0)] |= SENTENCE;
for (const ch of '（(') CLASS[ch.charCodeAt(0)] |= OPEN;
for (const ch of '）)') CLASS[ch.charCodeAt(0)] |= CLOSE;
CLASS['。'.charCodeAt(0)] |= FULL_STOP;

/**
 * The first position ≥ `from` whose character has class `mask` (the text's length when none).
 * Asked with rising `from`, it remembers its last answer, so all figures of a text cost one scan.
 */
function breakFinder(text: string, mask: number) {
  let lastFrom = -1;
  let last = -1;
  return (from: number): number => {
    if (from >= lastFrom && from <= last) return last;
    let i = from;
    while (i < text.length && !(CLASS[text.charCodeAt(i)] & mask)) i++;
    lastFrom = from;
    last = i;
    return i;
  };
}

/** All figures with a unit in normalised text; ordinals (第七期) are not figures. */
export function findFigures(source: string): { text: string; figures: Figure[] } {
  return readFigures(plain(source));
}

/** The same on text plain() has already read. */
export function readFigures(text: string): { text: string; figures: Figure[] } {
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
  // One forward scan gives, for each figure's start, its clause's and sentence's starts and its
  // depth in （…）; a 。 closes every parenthesis left open.
  const n = found.length;
  const clauseStart = new Int32Array(n);
  const sentenceStart = new Int32Array(n);
  const depth = new Int32Array(n);
  let d = 0;
  let c = 0;
  let sen = 0;
  for (let i = 0, k = 0; k < n; i++) {
    while (k < n && found[k].index === i) {
      clauseStart[k] = c;
      sentenceStart[k] = sen;
      depth[k] = d;
      k++;
    }
    if (i >= text.length) break;
    const cls = CLASS[text.charCodeAt(i)];
    if (cls & OPEN) d++;
    else if (cls & CLOSE && d > 0) d--;
    else if (cls & FULL_STOP) d = 0;
    if (cls & CLAUSE) c = i + 1;
    if (cls & SENTENCE) sen = i + 1;
  }
  const clauseEnd = breakFinder(text, CLAUSE);
  const sentenceEnd = breakFinder(text, SENTENCE);
  const figures: Figure[] = found.map((f, i) => {
    const end = f.index + f.raw.length;
    const prev = found[i - 1];
    const prevEnd = prev ? prev.index + prev.raw.length : -1;
    const clauseFinish = clauseEnd(end);
    const next = found[i + 1];
    const leadStart = prevEnd > clauseStart[i] ? prevEnd : clauseStart[i];
    const phraseStart = prevEnd > sentenceStart[i] ? prevEnd : sentenceStart[i];
    const trailEnd = next && next.index < clauseFinish ? next.index : clauseFinish;
    // Fields listed, not spread: V8 copies a spread object field by field, slowly, in this loop.
    return {
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      raw: f.raw,
      index: f.index,
      lead: text.slice(leadStart, f.index),
      phrase: text.slice(phraseStart, f.index),
      trail: text.slice(end, trailEnd),
      sentence: text.slice(sentenceStart[i], sentenceEnd(f.index) + 1),
      inParentheses: depth[i] > 0,
    };
  });
  return { text, figures };
}

/** A short quotation around a figure for messages: 「……答复3050件」. */
export function quote(f: Figure): string {
  const lead = f.lead.length > 14 ? `…${f.lead.slice(-14)}` : f.lead;
  return `“${lead}${f.raw}${f.trail.slice(0, 8)}”`;
}
