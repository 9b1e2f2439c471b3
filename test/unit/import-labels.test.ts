/**
 * A row label the importer cannot place — unmatched, or garbled past recognition — never moves
 * that row's numbers into another row: each of the 25 rows of 表三 in turn gets a foreign or a
 * garbled label in the text of the report whose cells all differ; every other row must keep
 * exactly its own numbers, the damaged row is either placed right or left blank, and a note says so.
 */
import fs from 'fs';
import path from 'path';
import { TABLE3_COLUMNS, renderText, reportView, table3Layouts, type ViewInput } from '../../src/format';
import { linesFromText, parseReport } from '../../src/format/import';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
// Rendered in each test (beforeEach runs inside it), so mutation testing counts each test as covering the renderer.
let TEXT: string;
beforeEach(() => {
  TEXT = renderText(reportView({ ...DISTINCT.report, agency: DISTINCT.agency } as ViewInput));
});
const ROWS = table3Layouts('v2021')[0].rows.map((r) => r.key);
const valuesOf = (row: string) => TABLE3_COLUMNS.map((c) => String(DISTINCT.report.requests[row][c.key]));

/** The text with the label cells of `row`'s line replaced. */
function relabel(row: string, label: (old: string) => string): { text: string; written: string } {
  const values = valuesOf(row).join('\t');
  const lines = TEXT.split('\n');
  const i = lines.findIndex((l) => l.endsWith(`\t${values}`));
  expect(i).toBeGreaterThan(0);
  const labels = lines[i].slice(0, -values.length - 1).split('\t').filter(Boolean);
  const written = label(labels[labels.length - 1] ?? '');
  lines[i] = `${written}\t${values}`;
  return { text: lines.join('\n'), written };
}

/** Swaps characters inside the label so that no known label is close to it. */
const garble = (label: string) => [...label.replace(/^[\d（）一二三四五六七八九十、.]+/, '')].reverse().join('').replace(/[的和与]/g, '丙');

test('the undamaged text imports every cell', () => {
  const { report } = parseReport(linesFromText(TEXT));
  for (const row of ROWS) expect([row, TABLE3_COLUMNS.map((c) => String(report.requests![row][c.key]))]).toEqual([row, valuesOf(row)]);
});

describe.each([
  ['a foreign label', () => '附注：以上数据来源于业务系统统计'],
  ['a garbled label', garble],
] as const)('%s', (_kind, label) => {
  test.each(ROWS)('on %s', (damaged) => {
    const { text, written } = relabel(damaged, label);
    const { report, notes } = parseReport(linesFromText(text));
    const t3 = report.requests!;
    for (const row of ROWS.filter((r) => r !== damaged)) {
      expect([row, TABLE3_COLUMNS.map((c) => String(t3[row][c.key]))]).toEqual([row, valuesOf(row)]);
    }
    const got = TABLE3_COLUMNS.map((c) => t3[damaged][c.key]);
    const placed = got.map(String).join() === valuesOf(damaged).join();
    expect([damaged, placed || got.every((v) => v === null)]).toEqual([damaged, true]);
    // The note quotes what the source said, so an editor can find the line.
    expect([damaged, notes.some((n) => n.message.startsWith('表三') && n.message.includes(written))]).toEqual([damaged, true]);
  });
});
