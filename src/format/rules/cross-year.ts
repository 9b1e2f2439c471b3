/** Group F: against the same agency's previous-year report, R34–R36. */
import { TABLE3_COLUMNS, table3Label, type Table3ColumnKey } from '../definition';
import { cellAddress, describeLocation, numericValue } from '../cells';
import { inForceContinuity } from './table2';
import { narrativeParts, plain, plainParts } from './text';
import { defineRule, type RuleFn } from './types';

const noPrevious = (rule: string, cells: string[], what: string) => [
  { rule, cells, notAssessable: true, message: `没有该机关上一年度的年报，无法核对${what}` },
];

export const R34 = defineRule({
  id: 'R34',
  severity: 'E',
  group: 'F',
  title: '表三上年结转 = 上年报告的结转下年度',
  check: (ctx) => {
    const now = ctx.tables.requests;
    if (!now) return [];
    const carriedOverLabel = describeLocation('requests', null, 'carriedOver');
    if (!ctx.previous) return noPrevious('R34', ['t3.carriedOver'], carriedOverLabel);
    const before = ctx.previousTables?.requests;
    if (!before) return noPrevious('R34', ['t3.carriedOver'], `${carriedOverLabel}（上年报告没有表三）`);
    return TABLE3_COLUMNS.flatMap(({ key, label }) => {
      const c = key as Table3ColumnKey;
      const carriedOver = numericValue(now.carriedOver?.[c]);
      const forward = numericValue(before.carriedForward?.[c]);
      if (carriedOver === null || forward === null || carriedOver === forward) return [];
      return [
        {
          rule: 'R34',
          cells: [cellAddress('requests', 'carriedOver', c)],
          expected: String(forward),
          actual: String(carriedOver),
          message: `表三 ${label}列：${table3Label('carriedOver')}=${carriedOver}，上年报告${table3Label('carriedForward')}=${forward}`,
        },
      ];
    });
  },
});

/**
 * Character 4-gram shingles, hashed, keeping only those whose hash is 0 mod 4: the same sample is
 * taken from both texts, so the shared share is estimated from a quarter of the work.
 */
function eachShingle(text: string, use: (h: number) => void): void {
  if (text.length < 4) return;
  // The window's four codes move along in locals: each character is read once.
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  let c = text.charCodeAt(2);
  for (let i = 3; i < text.length; i++) {
    const d = text.charCodeAt(i);
    let h = Math.imul(a, 0x01000193);
    h = Math.imul(h ^ b, 0x01000193);
    h = Math.imul(h ^ c, 0x01000193);
    h = Math.imul(h ^ d, 0x01000193);
    if ((h & 3) === 0) use(h);
    a = b;
    b = c;
    c = d;
  }
}

/**
 * A set of shingle hashes in one typed array (open addressing), reused from call to call so that
 * comparing two reports allocates nothing. 0 is the empty slot; the hash 0 itself is kept aside.
 */
class HashSet {
  private slots = new Int32Array(1 << 12);
  private mask = this.slots.length - 1;
  private zero = false;
  size = 0;

  reset(capacity: number): void {
    let n = this.slots.length;
    while (n < capacity * 2) n <<= 1;
    if (n !== this.slots.length) this.slots = new Int32Array(n);
    else this.slots.fill(0);
    this.mask = n - 1;
    this.zero = false;
    this.size = 0;
  }

  /** Adds h; false when it was there already. */
  add(h: number): boolean {
    if (h === 0) {
      if (this.zero) return false;
      this.zero = true;
      this.size++;
      return true;
    }
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.slots[i] !== 0) {
      if (this.slots[i] === h) return false;
      i = (i + 1) & this.mask;
    }
    this.slots[i] = h;
    this.size++;
    return true;
  }

  has(h: number): boolean {
    if (h === 0) return this.zero;
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.slots[i] !== 0) {
      if (this.slots[i] === h) return true;
      i = (i + 1) & this.mask;
    }
    return false;
  }
}

const earlier = new HashSet();
const later = new HashSet();
/** The text `earlier` holds: last year's report is usually compared again (every save of this year's). */
let earlierText: string | null = null;

/** The share of sampled 4-grams two texts have in common, over the smaller text's. */
export function similarity(now: string, before: string): number {
  if (before !== earlierText) {
    earlier.reset(before.length >> 1);
    eachShingle(before, (h) => earlier.add(h));
    earlierText = before;
  }
  later.reset(now.length >> 1);
  let shared = 0;
  eachShingle(now, (h) => {
    if (later.add(h) && earlier.has(h)) shared++;
  });
  if (!earlier.size || !later.size) return 0;
  return shared / Math.min(earlier.size, later.size);
}

/** The narrative compared, without the preamble (a template sentence every year); the current report's is read once per run. */
const joined = (parts: { key: string; text: string }[]) => parts.filter((p) => p.key !== 'preamble').map((p) => p.text).join('');
/**
 * Last year's narrative as R35 compares it. The same report is usually compared again, on every
 * save of this year's: its plain text is kept while its parts are the same strings.
 */
let previousParts: string[] = [];
let previousText = '';
function narrativeText(r: Parameters<typeof narrativeParts>[0]): string {
  const parts = narrativeParts(r);
  if (parts.length !== previousParts.length || parts.some((p, i) => p.text !== previousParts[i])) {
    previousText = joined(parts.map((p) => ({ key: p.key, text: plain(p.text) })));
    previousParts = parts.map((p) => p.text);
  }
  return previousText;
}

export const R35 = defineRule({
  id: 'R35',
  severity: 'W',
  group: 'F',
  title: '与上年报告文字雷同不超过50%',
  check: (ctx) => {
    if (!ctx.previous) return noPrevious('R35', ['overview'], '与上年报告的文字雷同程度');
    const now = joined(plainParts(ctx));
    const before = narrativeText(ctx.previous.report);
    if (!now || !before) return [];
    const share = similarity(now, before);
    if (share <= ctx.config.similarityThreshold) return [];
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    return [
      {
        rule: 'R35',
        cells: ['overview', 'problems', 'otherMatters'],
        expected: `≤${pct(ctx.config.similarityThreshold)}`,
        actual: pct(share),
        message: `叙述文字与上年报告有${pct(share)}相同，超过${pct(ctx.config.similarityThreshold)}（内容雷同是问责情形之一）`,
      },
    ];
  },
});

export const R36 = defineRule({
  id: 'R36',
  severity: 'W',
  group: 'F',
  title: '与已存上年报告对照：表二现行有效件数衔接',
  check: inForceContinuity('R36', 'database'),
});
