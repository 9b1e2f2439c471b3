/** The decisions every reader shares: a cell's address, a report's format version, table 三's layout. */
import {
  TABLE3_UNSPLIT_KEY,
  agencyTypeOfName,
  blankTables,
  cellAddress,
  formatVersionOf,
  parseCellAddress,
  table3LayoutOf,
  table3Layouts,
  type TableKey,
} from '../../src/format';
import { ACKNOWLEDGEABLE_ERRORS, RULES, RULE_CATALOGUE } from '../../src/format/rules/catalogue';
import { expectEvery } from '../helpers/assertions';

describe('cell addresses', () => {
  const cells = (['v2019', 'v2021'] as const).flatMap((version) => {
    const tables = blankTables(version);
    return (Object.keys(tables) as TableKey[]).flatMap((table) =>
      Object.entries(tables[table] as Record<string, Record<string, unknown>>).flatMap(([row, columns]) => Object.keys(columns).map((column) => ({ table, row, column }))),
    );
  });

  test('parse is the inverse of format for every cell of both versions', () => {
    expect(cells.length).toBeGreaterThan(300);
    expectEvery(cells, (c) => JSON.stringify(parseCellAddress(cellAddress(c.table, c.row, c.column))) === JSON.stringify(c));
  });

  test('a whole table, a whole row and a field outside the tables', () => {
    expect(parseCellAddress('t4')).toEqual({ table: 'reviewLitigation', row: null, column: null });
    expect(parseCellAddress('t4.review')).toEqual({ table: 'reviewLitigation', row: 'review', column: null });
    expect(parseCellAddress('t3.results.withheld.stateSecret.total')).toEqual({ table: 'requests', row: 'results.withheld.stateSecret', column: 'total' });
    expect(parseCellAddress('overview.intro')).toBeNull();
    expect(parseCellAddress('formatVersion')).toBeNull();
  });
});

describe('the format version of a report', () => {
  test('the recorded one wins; otherwise the year decides; with neither, the current format', () => {
    expect(formatVersionOf({ formatVersion: 'v2019', year: 2023 })).toBe('v2019');
    expect(formatVersionOf({ formatVersion: null, year: 2020 })).toBe('v2019');
    expect(formatVersionOf({ year: 2018 })).toBe('pre2019');
    expect(formatVersionOf({ year: 2021 })).toBe('v2021');
    expect(formatVersionOf({})).toBe('v2021');
  });
});

describe('the layout of table 三', () => {
  test('v2021 data with the single （六） row takes the collapsed layout, otherwise the split one', () => {
    const split = table3LayoutOf('v2021', blankTables('v2021').requests);
    expect(split.collapsed).toBe(false);
    expect(split.rows.map((r) => r.key)).not.toContain(TABLE3_UNSPLIT_KEY);
    const collapsed = table3LayoutOf('v2021', { [TABLE3_UNSPLIT_KEY]: {} });
    expect(collapsed.collapsed).toBe(true);
    expect(collapsed.rows.map((r) => r.key)).toContain(TABLE3_UNSPLIT_KEY);
    expect(collapsed.rows.length).toBeLessThan(split.rows.length);
  });

  test('v2019 has one layout, whatever the data; no data is the version\'s first layout', () => {
    expect(table3LayoutOf('v2019', {})).toEqual(table3Layouts('v2019')[0]);
    expect(table3LayoutOf('v2019', blankTables('v2019').requests)).toEqual(table3Layouts('v2019')[0]);
    expect(table3LayoutOf('v2021', null)).toEqual(table3Layouts('v2021')[0]);
  });
});

describe('the rule registry, collected from the rule files', () => {
  test('holds R01–R39 once each, in order, each describing itself', () => {
    expect(RULES.map((r) => r.id)).toEqual(Array.from({ length: 39 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`));
    expectEvery(RULES, (r) => /^[EWI]$/.test(r.severity) && /^[A-G]$/.test(r.group) && r.title.length > 4 && typeof r.check === 'function');
    expect(RULE_CATALOGUE.map((r) => Object.keys(r).sort())).toEqual(RULES.map(() => ['group', 'id', 'severity', 'title']));
  });

  test('only lateness is an error to acknowledge; only publication rules apply before 2019', () => {
    expect([...ACKNOWLEDGEABLE_ERRORS]).toEqual(['R37']);
    expect(RULES.filter((r) => r.pre2019).map((r) => r.id)).toEqual(['R37', 'R38', 'R39']);
  });
});

describe('the agency type a name suggests', () => {
  test.each([
    ['江苏省人民政府', 'provincialGovernment'],
    ['广西壮族自治区人民政府', 'provincialGovernment'],
    ['北京市人民政府', 'provincialGovernment'],
    ['淮安市人民政府', 'municipalGovernment'],
    ['延边朝鲜族自治州人民政府', 'municipalGovernment'],
    ['淮安市洪泽区人民政府', 'countyGovernment'],
    ['阿鲁科尔沁旗人民政府', 'countyGovernment'],
    ['洪泽区岔河镇人民政府', 'townshipGovernment'],
    ['某区某某街道办事处', 'subdistrictOffice'],
    ['原州区科学技术局', 'governmentDepartment'],
    ['宿迁市', 'governmentDepartment'],
  ])('%s → %s', (name, type) => expect(agencyTypeOfName(name)).toBe(type));
});
