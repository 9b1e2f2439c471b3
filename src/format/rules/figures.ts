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

/** Character classes by UTF-16 code, so the scans below read numbers, never one-character strings. */
const CLASS = new Uint16Array(0x10000);
const CLAUSE = 1;
const SENTENCE = 2;
const OPEN = 4;
const CLOSE = 8;
const FULL_STOP = 16;
const DIGIT = 32;
const CN_NUMERAL = 64;
/** 约、近 before a number; 余、多 after it or its unit. */
const ABOUT_BEFORE = 128;
const ABOUT_AFTER = 256;
const code = (ch: string) => ch.charCodeAt(0);
const mark = (chars: string, flag: number) => {
  for (const ch of chars) CLASS[code(ch)] |= flag;
};
mark('，。；：、,;:！？!?\n', CLAUSE);
mark('。！？!?\n', SENTENCE);
mark('（(', OPEN);
mark('）)', CLOSE);
mark('。', FULL_STOP);
mark('0123456789', DIGIT);
mark('零〇一二两三四五六七八九十百千', CN_NUMERAL);
mark('约近', ABOUT_BEFORE);
mark('余多', ABOUT_AFTER);
const [WAN, YUAN, REN, CI, COMMA, DOT, DI] = ['万', '元', '人', '次', ',', '.', '第'].map(code);
/** Units of one character, by code; 人次 and 万元 are read as pairs. */
const UNIT = new Map('件条次个期场篇项份家元%'.split('').map((ch) => [code(ch), ch]));

/**
 * The figure starting at `p`, if any: 约/近, a number (digits with thousands commas and decimals, or a
 * Chinese numeral), 万, 余/多, a unit, 余/多. Each part is read greedily; no shorter reading can
 * succeed, since what a shorter number leaves next (a digit, a comma, a point, a numeral) starts no
 * unit. The answer is left in `token`, so the scan allocates nothing for positions that hold none.
 */
const token = { start: 0, end: 0, numberEnd: 0, wan: false, approx: false, unit: '' };
/** The code at `i`, 0 past the end (a class-less code), so the reads below need no bound checks. */
const codeAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : 0);
function readToken(text: string, p: number): boolean {
  let approx = (CLASS[codeAt(text, p)] & ABOUT_BEFORE) !== 0;
  const start = approx ? p + 1 : p;
  let i = start;
  const first = CLASS[codeAt(text, i)];
  if (first & DIGIT) {
    while (CLASS[codeAt(text, i)] & DIGIT) i++;
    while (codeAt(text, i) === COMMA && CLASS[codeAt(text, i + 1)] & DIGIT && CLASS[codeAt(text, i + 2)] & DIGIT && CLASS[codeAt(text, i + 3)] & DIGIT) i += 4;
    if (codeAt(text, i) === DOT && CLASS[codeAt(text, i + 1)] & DIGIT) {
      i += 2;
      while (CLASS[codeAt(text, i)] & DIGIT) i++;
    }
  } else if (first & CN_NUMERAL) {
    while (CLASS[codeAt(text, i)] & CN_NUMERAL) i++;
  } else {
    return false;
  }
  const numberEnd = i;
  const wan = codeAt(text, i) === WAN;
  if (wan) i++;
  if (CLASS[codeAt(text, i)] & ABOUT_AFTER) {
    approx = true;
    i++;
  }
  const c = codeAt(text, i);
  let unit: string | undefined;
  if (c === REN && codeAt(text, i + 1) === CI) unit = '人次';
  else if (c === WAN && codeAt(text, i + 1) === YUAN) unit = '万元';
  else unit = UNIT.get(c);
  if (!unit) return false;
  i += unit.length;
  if (CLASS[codeAt(text, i)] & ABOUT_AFTER) {
    approx = true;
    i++;
  }
  token.start = start;
  token.end = i;
  token.numberEnd = numberEnd;
  token.wan = wan;
  token.approx = approx;
  token.unit = unit;
  return true;
}

/** All figures with a unit in normalised text; ordinals (第七期) are not figures. */
export function findFigures(source: string): { text: string; figures: Figure[] } {
  return readFigures(plain(source));
}

interface Found {
  value: number;
  unit: string;
  approx: boolean;
  raw: string;
  index: number;
  end: number;
  clauseStart: number;
  sentenceStart: number;
  /** The first clause break at or after the figure's end, and the first sentence break at or after its start. */
  clauseEnd: number;
  sentenceEnd: number;
  inParentheses: boolean;
}

/**
 * The same on text plain() has already read: one scan over character codes finds the figures and
 * keeps, for each, its clause and sentence bounds and its depth in （…）; a 。 closes every
 * parenthesis left open. Most characters have no class, and cost one table read.
 */
export function readFigures(text: string): { text: string; figures: Figure[] } {
  const found: Found[] = [];
  let depth = 0;
  let clause = 0;
  let sentence = 0;
  let searchFrom = 0;
  // The first figures still waiting for their clause's end and for their sentence's end.
  let clausePending = 0;
  let sentencePending = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls === 0) continue;
    if (cls & (DIGIT | CN_NUMERAL | ABOUT_BEFORE) && i >= searchFrom && readToken(text, i)) {
      searchFrom = token.end;
      const before = token.start > 0 ? text.charCodeAt(token.start - 1) : 0;
      if (before !== DI && !(CLASS[before] & DIGIT) && before !== DOT) {
        const number = text.slice(token.start, token.numberEnd);
        const n = CLASS[number.charCodeAt(0)] & DIGIT ? Number(number.includes(',') ? number.replace(/,/g, '') : number) : parseChineseInteger(number);
        if (n !== null) {
          const wan = token.wan && token.unit === '元';
          found.push({
            value: token.wan && !wan ? n * 10000 : n,
            unit: wan ? '万元' : token.unit,
            approx: token.approx || (token.wan && !wan),
            raw: text.slice(i, token.end),
            index: token.start,
            end: token.end,
            clauseStart: clause,
            sentenceStart: sentence,
            clauseEnd: length,
            sentenceEnd: length,
            inParentheses: depth > 0,
          });
        }
      }
    }
    if (cls & OPEN) depth++;
    else if (cls & CLOSE && depth > 0) depth--;
    else if (cls & FULL_STOP) depth = 0;
    if (cls & CLAUSE) {
      clause = i + 1;
      while (clausePending < found.length && found[clausePending].end <= i) found[clausePending++].clauseEnd = i;
    }
    if (cls & SENTENCE) {
      sentence = i + 1;
      while (sentencePending < found.length && found[sentencePending].index <= i) found[sentencePending++].sentenceEnd = i;
    }
  }
  const figures: Figure[] = new Array(found.length);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const prevEnd = k > 0 ? found[k - 1].end : -1;
    const next = found[k + 1];
    const leadStart = prevEnd > f.clauseStart ? prevEnd : f.clauseStart;
    const phraseStart = prevEnd > f.sentenceStart ? prevEnd : f.sentenceStart;
    const trailEnd = next && next.index < f.clauseEnd ? next.index : f.clauseEnd;
    // Fields listed, not spread: V8 copies a spread object field by field, slowly, in this loop.
    figures[k] = {
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      raw: f.raw,
      index: f.index,
      lead: text.slice(leadStart, f.index),
      phrase: text.slice(phraseStart, f.index),
      trail: text.slice(f.end, trailEnd),
      sentence: text.slice(f.sentenceStart, f.sentenceEnd + 1),
      inParentheses: f.inParentheses,
    };
  }
  return { text, figures };
}

/** A short quotation around a figure for messages: 「……答复3050件」. */
export function quote(f: Figure): string {
  const lead = f.lead.length > 14 ? `…${f.lead.slice(-14)}` : f.lead;
  return `“${lead}${f.raw}${f.trail.slice(0, 8)}”`;
}
