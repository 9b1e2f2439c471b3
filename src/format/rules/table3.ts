/** Group A: table 三 arithmetic, R01–R08. */
import {
  TABLE3_APPLICANT_COLUMN_KEYS,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  table3Label,
  table3LayoutOf,
  type Table3ColumnKey,
  type TabularVersion,
} from '../definition';
import { cellAddress, numericValue, type Table3 } from '../cells';
import { defineRule, type RuleContext, type RuleFn } from './types';

const colLabel = (c: string) => TABLE3_COLUMNS.find((x) => x.key === c)!.label;
const rowLabel = table3Label;
const addr = (row: string, col: string) => cellAddress('requests', row, col);

/** The numbers of a table-三 column, or null when any needed cell is not a number (R05 reports it). */
function column(t: Table3, rows: readonly string[], col: Table3ColumnKey): number[] | null {
  const values: number[] = [];
  for (const r of rows) {
    const v = numericValue(t[r]?.[col]);
    if (v === null) return null;
    values.push(v);
  }
  return values;
}

/** The result rows that are counted (no subtotals), per layout — the layouts are shared constants. */
const LEAVES = new WeakMap<object, string[]>();
function leafKeys(t: Table3, version: TabularVersion): readonly string[] {
  const layout = table3LayoutOf(version, t);
  let leaves = LEAVES.get(layout);
  if (!leaves) LEAVES.set(layout, (leaves = layout.rows.filter((r) => r.resultLeaf).map((r) => r.key)));
  return leaves;
}

const BALANCE_ROWS = ['newReceived', 'carriedOver', 'results.total', 'carriedForward'];

/** For each column with all four numbers: 一, 二, 三（七） and 四; computed once per run for R01 and R06. */
function balances(ctx: RuleContext, t: Table3) {
  return ctx.memo('t3-balances', () =>
    TABLE3_COLUMNS.flatMap(({ key }) => {
      const c = key as Table3ColumnKey;
      const v = column(t, BALANCE_ROWS, c);
      return v ? [{ c, a: v[0], b: v[1], total: v[2], forward: v[3] }] : [];
    }),
  );
}

export const R01 = defineRule({
  id: 'R01',
  severity: 'E',
  group: 'A',
  title: '表三每列：一+二 = 三（七）总计+四',
  check: (ctx) => {
    const t = ctx.tables.requests;
    if (!t) return [];
    return balances(ctx, t).flatMap(({ c, a, b, total, forward }) => {
      if (a + b === total + forward) return [];
      return [
        {
          rule: 'R01',
          cells: BALANCE_ROWS.map((r) => addr(r, c)),
          expected: String(a + b),
          actual: String(total + forward),
          message: `表三 ${colLabel(c)}列：一+二=${a + b}，三（七）+四=${total + forward}，相差${Math.abs(a + b - total - forward)}`,
        },
      ];
    });
  },
});

export const R02 = defineRule({
  id: 'R02',
  severity: 'E',
  group: 'A',
  title: '表三每行：总计 = 各类申请人之和',
  check: ({ tables }) => {
    const t = tables.requests;
    if (!t) return [];
    return Object.keys(t).flatMap((row) => {
      const total = numericValue(t[row].total);
      if (total === null) return [];
      let sum = 0;
      for (const c of TABLE3_APPLICANT_COLUMN_KEYS) {
        const part = numericValue(t[row][c]);
        if (part === null) return [];
        sum += part;
      }
      if (sum === total) return [];
      return [
        {
          rule: 'R02',
          cells: [...TABLE3_APPLICANT_COLUMN_KEYS, 'total'].map((c) => addr(row, c)),
          expected: String(sum),
          actual: String(total),
          message: `表三 ${rowLabel(row)}：各类申请人之和=${sum}，总计=${total}，相差${Math.abs(sum - total)}`,
        },
      ];
    });
  },
});

/** R03 compares the results with （七）; R04 adds that more results than （七） means double counting. */
function resultSums(ctx: RuleContext, t: Table3, version: TabularVersion) {
  return ctx.memo('t3-result-sums', () => {
    const leaves = leafKeys(t, version);
    return TABLE3_COLUMNS.flatMap(({ key }) => {
      const c = key as Table3ColumnKey;
      const parts = column(t, leaves, c);
      const total = numericValue(t['results.total']?.[c]);
      if (!parts || total === null) return [];
      const sum = parts.reduce((a, b) => a + b, 0);
      return [{ c, sum, total, cells: () => [...leaves, 'results.total'].map((r) => addr(r, c)) }];
    });
  });
}

export const R03 = defineRule({
  id: 'R03',
  severity: 'E',
  group: 'A',
  title: '表三每列：（七）总计 = （一）至（六）各项之和',
  check: (ctx) => {
    const { tables, report } = ctx;
    const t = tables.requests;
    if (!t || !report.formatVersion || report.formatVersion === 'pre2019') return [];
    // Any difference is R03's; R04 adds the double-counting reading when the parts exceed the total.
    return resultSums(ctx, t, report.formatVersion)
      .filter((s) => s.sum !== s.total)
      .map((s) => ({
        rule: 'R03',
        cells: s.cells(),
        expected: String(s.total),
        actual: String(s.sum),
        message: `表三 ${colLabel(s.c)}列：（一）至（六）各项之和=${s.sum}，${s.sum < s.total ? '少于' : '多于'}${rowLabel('results.total')}=${s.total}，相差${Math.abs(s.total - s.sum)}`,
      }));
  },
});

export const R04 = defineRule({
  id: 'R04',
  severity: 'E',
  group: 'A',
  title: '表三每列：同一申请只计入一种办理结果（各项之和偏多）',
  check: (ctx) => {
    const { tables, report } = ctx;
    const t = tables.requests;
    if (!t || !report.formatVersion || report.formatVersion === 'pre2019') return [];
    return resultSums(ctx, t, report.formatVersion)
      .filter((s) => s.sum > s.total)
      .map((s) => ({
        rule: 'R04',
        cells: s.cells(),
        expected: String(s.total),
        actual: String(s.sum),
        message: `表三 ${colLabel(s.c)}列：（一）至（六）各项之和=${s.sum}，多于${rowLabel('results.total')}=${s.total}，相差${s.sum - s.total}；同一申请只能计入一种结果，区分处理的只计入（二）部分公开`,
      }));
  },
});

export const R05 = defineRule({
  id: 'R05',
  severity: 'E',
  group: 'A',
  title: '表三全部单元格为非负整数',
  check: ({ tables, report, malformed }) => {
    if (malformed.has('requests')) return [];
    const t = tables.requests;
    if (!t) {
      return [{ rule: 'R05', cells: ['t3'], message: '表三 尚未填写' }];
    }
    const bad: { row: string; c: string; value: unknown }[] = [];
    for (const row in t) {
      const cells = t[row];
      for (const c in cells) {
        const value = cells[c as Table3ColumnKey];
        if (numericValue(value) === null) bad.push({ row, c, value });
      }
    }
    if (!bad.length) return [];
    const named = bad.slice(0, 3).map((b) => `${rowLabel(b.row)} ${colLabel(b.c)}（${b.value === null ? '空白' : '“/”'}）`);
    const cells = report.formatVersion === 'v2019' ? 161 : 175;
    return [
      {
        rule: 'R05',
        cells: bad.map((b) => addr(b.row, b.c)),
        actual: `${bad.length}个`,
        message: `表三 ${cells}个单元格应全部为非负整数（没有的填0），有${bad.length}个为空白或“/”：${named.join('、')}${bad.length > 3 ? ' 等' : ''}`,
      },
    ];
  },
});

export const R06 = defineRule({
  id: 'R06',
  severity: 'E',
  group: 'A',
  title: '表三：办理结果与结转均不超过一+二',
  check: (ctx) => {
    const t = ctx.tables.requests;
    if (!t) return [];
    return balances(ctx, t).flatMap(({ c, a, b, total, forward }) => {
      return (
        [
          ['results.total', total],
          ['carriedForward', forward],
        ] as const
      )
        .filter(([, value]) => value > a + b)
        .map(([row, value]) => ({
          rule: 'R06',
          cells: ['newReceived', 'carriedOver', row].map((r) => addr(r, c)),
          expected: `≤${a + b}`,
          actual: String(value),
          message: `表三 ${colLabel(c)}列：${rowLabel(row)}=${value}，超过一+二=${a + b}`,
        }));
    });
  },
});

export const R07 = defineRule({
  id: 'R07',
  severity: 'W',
  group: 'A',
  title: '逾期未缴费的申请需在第六部分报告收费通知',
  check: ({ tables, report }) => {
    const unpaid = numericValue(tables.requests?.['results.otherHandling.feeUnpaid']?.total);
    if (!unpaid) return [];
    const om = report.otherMatters ?? {};
    if (om.feeNoticesIssuedCount != null && om.feeNoticesIssuedAmountYuan != null) return [];
    return [
      {
        rule: 'R07',
        cells: [addr('results.otherHandling.feeUnpaid', 'total'), 'otherMatters.feeNoticesIssuedCount', 'otherMatters.feeNoticesIssuedAmountYuan'],
        actual: String(unpaid),
        message: `表三 有${unpaid}件申请因逾期未缴纳信息处理费不再处理，第六部分应报告发出收费通知的件数和金额`,
      },
    ];
  },
});

/** Subtotals are computed, never entered; R08 checks the ones an imported report printed. */
export const R08 = defineRule({
  id: 'R08',
  severity: 'E',
  group: 'A',
  title: '表三分组小计等于其各子项之和',
  check: ({ tables, report }) => {
    const t = tables.requests;
    const printed = report.sourceSubtotals;
    if (!t || !printed) return [];
    return TABLE3_GROUPS.filter((g) => g.parent && printed[g.key]).flatMap((g) =>
      TABLE3_COLUMNS.flatMap(({ key }) => {
        const c = key as Table3ColumnKey;
        const given = numericValue(printed[g.key][c]);
        const parts = column(t, Object.keys(t).filter((r) => r.startsWith(`${g.key}.`)), c);
        if (given === null || !parts?.length) return [];
        const sum = parts.reduce((a, b) => a + b, 0);
        if (sum === given) return [];
        return [
          {
            rule: 'R08',
            cells: [addr(g.key, c)],
            expected: String(sum),
            actual: String(given),
            message: `表三 ${g.label} ${colLabel(c)}：小计为${given}，各子项之和为${sum}`,
          },
        ];
      }),
    );
  },
});
