/**
 * The roll-up's sums, checked against sums computed here cell by cell from the definition — blank
 * is not 0, 「/」 only when every report says so, amounts exact in 万元 — and the open statistics'
 * rows against the raw data.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import {
  STATISTICS_COLUMNS,
  TABLE2,
  TABLE3_COLUMNS,
  TABLE3_UNSPLIT_KEY,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  blankTables,
  ROLLUP_RULE_IDS,
  onlyRules,
  rollupTitle,
  runChecks,
  statisticsRows,
  sumDecimals,
  sumTables,
  table3Layouts,
  tableRows,
  yuanToWan,
  type ReportTables,
} from '../../src/format';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Every count cell of the v2021 tables, with its table, row and column. */
function countCells(layoutCollapsed = false): { table: keyof ReportTables; row: string; column: string }[] {
  const t2 = TABLE2.v2021.flatMap((b) => b.rows.flatMap((r) => b.columns.filter((c) => c.kind === 'count').map((c) => ({ table: 'proactive' as const, row: r.key, column: c.key }))));
  const t3 = table3Layouts('v2021').find((l) => l.collapsed === layoutCollapsed)!.rows.flatMap((r) => TABLE3_COLUMNS.map((c) => ({ table: 'requests' as const, row: r.key, column: c.key })));
  const t4 = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => ({ table: 'reviewLitigation' as const, row: g.key, column: c.key })));
  return [...t2, ...t3, ...t4];
}
const CELLS = countCells();
const at = (tables: ReportTables, c: { table: keyof ReportTables; row: string; column: string }) => (tables[c.table] as any)[c.row][c.column];

const cellValue = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 5000 }) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('/' as const) });

const tablesArb = fc.array(cellValue, { minLength: CELLS.length, maxLength: CELLS.length }).map((values) => {
  const t = clone(blankTables('v2021')) as any;
  CELLS.forEach((c, i) => (t[c.table][c.row][c.column] = values[i]));
  t.proactive.adminFees.amountWan = null;
  return t as ReportTables;
});

test('every count cell is the sum of the reports that give a figure; blank when none does and one is blank; 「/」 when all say so', () => {
  fc.assert(
    fc.property(fc.array(tablesArb, { minLength: 1, maxLength: 6 }), (parts) => {
      const { tables, notes } = sumTables('v2021', parts.map((tables, i) => ({ name: `机关${i}`, tables })));
      expect(notes).toEqual([]);
      for (const c of CELLS) {
        const values = parts.map((p) => at(p, c));
        const numbers = values.filter((v) => typeof v === 'number');
        const expected = numbers.length ? numbers.reduce((a, b) => a + b, 0) : values.includes(null) ? null : '/';
        expect([c.table, c.row, c.column, at(tables, c)]).toEqual([c.table, c.row, c.column, expected]);
      }
    }),
    { numRuns: 60 },
  );
});

test('a roll-up of one report is that report, and of none has no tables', () => {
  const one = DISTINCT.report as ReportTables;
  const { tables } = sumTables('v2021', [{ name: '甲', tables: one }]);
  for (const c of CELLS) expect([c.row, c.column, at(tables, c)]).toEqual([c.row, c.column, at(one, c)]);
  expect(tables.proactive!.adminFees.amountWan).toBe(one.proactive!.adminFees.amountWan);
  expect(sumTables('v2021', [])).toEqual({ tables: { proactive: null, requests: null, reviewLitigation: null }, notes: [] });
});

test('a report without one table counts for the others', () => {
  const a = clone(DISTINCT.report) as ReportTables;
  const b = { ...clone(DISTINCT.report), requests: null } as ReportTables;
  const { tables } = sumTables('v2021', [{ name: '甲', tables: a }, { name: '乙', tables: b }]);
  expect(tables.requests!.newReceived.total).toBe(a.requests!.newReceived.total);
  expect(tables.reviewLitigation!.review.total).toBe(2 * (a.reviewLitigation!.review.total as number));
});

test('fees add up exactly in 万元; 采购总金额 in 元 or 万元 become 万元, one without a unit is named and left out', () => {
  expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
  expect(sumDecimals(['4166.241619', '12', '0.00001'])).toBe('4178.241629');
  expect(sumDecimals(['1.50', '2.50'])).toBe('4');
  expect(sumDecimals(['1', 'x'])).toBeNull();
  expect(yuanToWan('12345')).toBe('1.2345');
  expect(yuanToWan('5')).toBe('0.0005');
  expect(yuanToWan('120000.5')).toBe('12.00005');
  const fee = (amountWan: string | null | '/') => ({ name: amountWan ?? 'null', tables: { ...clone(blankTables('v2021')), proactive: { ...clone(blankTables('v2021').proactive!), adminFees: { amountWan } } } as ReportTables });
  expect(sumTables('v2021', [fee('0.1'), fee('0.2'), fee(null)]).tables.proactive!.adminFees.amountWan).toBe('0.3');
  expect(sumTables('v2021', [fee('/'), fee('/')]).tables.proactive!.adminFees.amountWan).toBe('/');
  expect(sumTables('v2021', [fee('/'), fee(null)]).tables.proactive!.adminFees.amountWan).toBeNull();

  const buy = (name: string, amountText: unknown) => {
    const t = clone(blankTables('v2019')) as any;
    t.proactive.procurement = { projects: 1, amountText };
    return { name, tables: t as ReportTables };
  };
  const sum = sumTables('v2019', [
    buy('甲', { raw: '12.5万元', amount: '12.5', unit: '万元' }),
    buy('乙', { raw: '30000元', amount: '30000', unit: '元' }),
    buy('丙', { raw: '若干', amount: null, unit: null }),
    buy('丁', null),
  ]);
  expect(sum.tables.proactive!.procurement).toEqual({ projects: 4, amountText: { raw: '15.5万元', amount: '15.5', unit: '万元' } });
  expect(sum.notes).toEqual(['丙：表二 政府集中采购 采购总金额「若干」没有可读的金额和单位，未计入合计']);
});

test('表三: one report with the single （六） row makes the sum single too, the others’ three sub-rows added into it', () => {
  const split = clone(DISTINCT.report) as ReportTables;
  const collapsed = clone(DISTINCT.report) as any;
  const sub = table3Layouts('v2021').find((l) => !l.collapsed)!.rows.filter((r) => r.group === 'results.otherHandling').map((r) => r.key);
  expect(sub).toHaveLength(3);
  collapsed.requests[TABLE3_UNSPLIT_KEY] = Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, 7]));
  for (const k of sub) delete collapsed.requests[k];
  const { tables, notes } = sumTables('v2021', [{ name: '甲', tables: split }, { name: '乙', tables: collapsed }]);
  for (const c of TABLE3_COLUMNS) {
    const fromSplit = sub.reduce((s, k) => s + ((split.requests as any)[k][c.key] as number), 0);
    expect([c.key, (tables.requests as any)[TABLE3_UNSPLIT_KEY][c.key]]).toEqual([c.key, fromSplit + 7]);
  }
  for (const k of sub) expect(tables.requests![k]).toBeUndefined();
  expect(notes).toEqual(['表三：乙的“（六）其他处理”未分项，合计也不分项，其余机关的三个分项加总计入']);
  // All split: the sum keeps the three rows.
  expect(Object.keys(sumTables('v2021', [{ name: '甲', tables: split }, { name: '丙', tables: split }]).tables.requests!)).toEqual(expect.arrayContaining(sub));
});

test('a sum is checked by the arithmetic rules alone: consistent parts sum to a consistent whole, one part’s error shows in the sum', () => {
  const scaled = (k: number) => JSON.parse(JSON.stringify(DISTINCT.report), (_key, v) => (typeof v === 'number' && _key !== 'year' ? v * k : v)) as ReportTables;
  const check = (parts: ReportTables[]) => runChecks({ year: 2023, formatVersion: 'v2021', ...sumTables('v2021', parts.map((tables, i) => ({ name: String(i), tables }))).tables }, { config: onlyRules(ROLLUP_RULE_IDS) });
  expect(check([scaled(1), scaled(2), scaled(3)]).findings).toEqual([]);
  const broken = scaled(2) as any;
  broken.reviewLitigation.review.total += 1;
  expect(check([scaled(1), broken]).findings.map((f) => f.rule)).toEqual(['R09']);
  expect(ROLLUP_RULE_IDS).toEqual(['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R08', 'R09', 'R10', 'R11', 'R12', 'R16']);
});

test('the roll-up title names the agency and its 下属机关', () => {
  expect(rollupTitle('某县人民政府', 2023)).toBe('某县人民政府及下属机关2023年政府信息公开工作年度报告统计表汇总');
});

test('statistics: one row per cell with stable columns; counts as numbers, amounts as text, blank null, 「/」 kept', () => {
  const r = clone(DISTINCT.report) as any;
  r.requests.newReceived.commercial = null;
  r.requests.newReceived.research = '/';
  const rows = statisticsRows({ name: '甲局', creditCode: '11100000000000000X', type: 'governmentDepartment', region: '某省', parent: '某县人民政府' }, 2023, 'doc1', tableRows('v2021', r));
  expect(rows).toHaveLength(CELLS.length + 1); // + the fee amount
  for (const row of rows) expect(Object.keys(row)).toEqual(STATISTICS_COLUMNS.map((c) => c.key));
  const find = (rowKey: string, columnKey: string) => rows.find((x) => x.rowKey === rowKey && x.columnKey === columnKey)!;
  expect(find('newReceived', 'naturalPerson')).toMatchObject({ agency: '甲局', creditCode: '11100000000000000X', agencyType: '政府工作部门', region: '某省', parent: '某县人民政府', year: 2023, report: 'doc1', table: '表三', value: r.requests.newReceived.naturalPerson });
  expect(find('newReceived', 'commercial').value).toBeNull();
  expect(find('newReceived', 'research').value).toBe('/');
  expect(find('adminFees', 'amountWan').value).toBe(r.proactive.adminFees.amountWan);
  expect(typeof find('adminFees', 'amountWan').value).toBe('string');
  expect(find('results.withheld.stateSecret', 'total').rowLabel).toContain('（三）不予公开');
  for (const c of CELLS) expect([c.row, c.column, find(c.row, c.column)?.value]).toEqual([c.row, c.column, at(r, c)]);
});
