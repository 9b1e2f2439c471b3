/** Group B: table 四, R09–R12. */
import { TABLE4_COLUMNS, TABLE4_GROUPS, type Table4ColumnKey, type Table4GroupKey } from '../definition';
import { cellAddress, numericValue } from '../cells';
import { defineRule, type RuleFn } from './types';

const PARTS: Table4ColumnKey[] = ['upheld', 'corrected', 'other', 'pending'];

function groupSum(rule: string, group: Table4GroupKey): RuleFn {
  const label = TABLE4_GROUPS.find((g) => g.key === group)!.label;
  return ({ tables }) => {
    const row = tables.reviewLitigation?.[group];
    if (!row) return [];
    const parts = PARTS.map((c) => numericValue(row[c]));
    const total = numericValue(row.total);
    if (total === null || parts.some((p) => p === null)) return [];
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (sum === total) return [];
    return [
      {
        rule,
        cells: [...PARTS, 'total'].map((c) => cellAddress('reviewLitigation', group, c)),
        expected: String(sum),
        actual: String(total),
        message: `表四 ${label}：${(parts as number[]).join('+')}=${sum}，总计=${total}，相差${Math.abs(sum - total)}`,
      },
    ];
  };
}

export const R09 = defineRule({
  id: 'R09',
  severity: 'E',
  group: 'B',
  title: '表四行政复议：各结果之和 = 总计',
  check: groupSum('R09', 'review'),
});
export const R10 = defineRule({
  id: 'R10',
  severity: 'E',
  group: 'B',
  title: '表四未经复议直接起诉：各结果之和 = 总计',
  check: groupSum('R10', 'suitDirect'),
});
export const R11 = defineRule({
  id: 'R11',
  severity: 'E',
  group: 'B',
  title: '表四复议后起诉：各结果之和 = 总计',
  check: groupSum('R11', 'suitAfterReview'),
});

export const R12 = defineRule({
  id: 'R12',
  severity: 'E',
  group: 'B',
  title: '表四恰有15个非负整数',
  check: ({ tables, malformed }) => {
    if (malformed.has('reviewLitigation')) return [];
    const t = tables.reviewLitigation;
    if (!t) return [{ rule: 'R12', cells: ['t4'], message: '表四 尚未填写' }];
    const bad = TABLE4_GROUPS.flatMap((g) =>
      TABLE4_COLUMNS.filter((c) => numericValue(t[g.key as Table4GroupKey][c.key as Table4ColumnKey]) === null).map(
        (c) => ({ g, c }),
      ),
    );
    if (!bad.length) return [];
    return [
      {
        rule: 'R12',
        cells: bad.map((b) => cellAddress('reviewLitigation', b.g.key, b.c.key)),
        actual: `${15 - bad.length}个数字`,
        message: `表四 15个单元格应全部为非负整数（没有的填0），有${bad.length}个为空白或“/”：${bad
          .slice(0, 3)
          .map((b) => `${b.g.label} ${b.c.label}`)
          .join('、')}${bad.length > 3 ? ' 等' : ''}`,
      },
    ];
  },
});
