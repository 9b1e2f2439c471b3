/** Group F: against the same agency's previous-year report, R34–R36. */
import { TABLE3_COLUMNS, table3Label, type Table3ColumnKey } from '../definition';
import { cellAddress, describeLocation, numericValue } from '../cells';
import { inForceContinuity } from './table2';
import { narrativeParts, plain } from './text';
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
function shingles(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 4 <= text.length; i++) {
    let h = 0;
    for (let k = 0; k < 4; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
    if ((h & 3) === 0) out.add(h);
  }
  return out;
}

export function similarity(a: string, b: string): number {
  const A = shingles(a);
  const B = shingles(b);
  if (!A.size || !B.size) return 0;
  const [small, large] = A.size <= B.size ? [A, B] : [B, A];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / Math.min(A.size, B.size);
}

const narrativeText = (r: Parameters<typeof narrativeParts>[0]) =>
  plain(narrativeParts(r).filter((p) => p.key !== 'preamble').map((p) => p.text).join(''));

export const R35 = defineRule({
  id: 'R35',
  severity: 'W',
  group: 'F',
  title: '与上年报告文字雷同不超过50%',
  check: (ctx) => {
    if (!ctx.previous) return noPrevious('R35', ['overview'], '与上年报告的文字雷同程度');
    const now = narrativeText(ctx.report);
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
