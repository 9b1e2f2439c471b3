/**
 * The importer's claims as a property: any schema-valid report — any cell blank (null) or '/' —
 * rendered in each layout the importer reads imports back to the same tables. fast-check makes the
 * reports from the distinct-values example, so a value put in the wrong row or column shows too.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { renderHtml, renderText, reportView, validateTables, type ViewInput } from '../../src/format';
import { linesFromHtml, linesFromText, parseReport, readSource, type ImportResult } from '../../src/format/import';
import { renderDocx } from '../../src/format/render/office';
import { zeroTables } from '../helpers/fixtures';

const DISTINCT = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/examples/distinct-values-2023.json'), 'utf8'));
const TABLES = ['proactive', 'requests', 'reviewLitigation'] as const;
const RUNS = process.env.STRYKER_MUTATOR_WORKER ? 10 : 80;

type Tables = Record<(typeof TABLES)[number], Record<string, Record<string, unknown>>>;
const tablesOf = (r: ImportResult['report'] | Tables): Tables => ({ proactive: r.proactive!, requests: r.requests!, reviewLitigation: r.reviewLitigation! });

/** Every cell address of the example, in table order. */
const CELLS: [string, string, string][] = TABLES.flatMap((t) =>
  Object.entries(DISTINCT.report[t] as Record<string, Record<string, unknown>>).flatMap(([row, cols]) => Object.keys(cols).map((c): [string, string, string] => [t, row, c])),
);

type Choice = 'keep' | 'blank' | 'slash';

/**
 * Reports of the example's shape whose count cells hold any number (the amount cells keep theirs),
 * some of them blank or '/'.
 */
const reports = (allowed: Choice[]) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...allowed), { minLength: CELLS.length, maxLength: CELLS.length }),
      fc.array(fc.nat({ max: 99_999 }), { minLength: CELLS.length, maxLength: CELLS.length }),
    )
    .map(([choices, numbers]) => {
      const report = structuredClone(DISTINCT.report);
      CELLS.forEach(([t, row, c], i) => {
        if (typeof report[t][row][c] === 'number') report[t][row][c] = numbers[i];
        if (choices[i] === 'blank') report[t][row][c] = null;
        if (choices[i] === 'slash') report[t][row][c] = '/';
      });
      return report;
    });

const view = (report: unknown) => reportView({ ...(report as object), agency: DISTINCT.agency } as ViewInput);
const imported = (lines: ReturnType<typeof linesFromText>) => tablesOf(parseReport(lines).report);

/** 表三's rows as one line per label (group headings, then the row's) and per value, as text copied from some portals gives them. */
function oneCellPerLine(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const cells = line.split('\t');
      const values = cells.slice(-7);
      if (cells.length < 8 || !values.every((v) => /^\d+$/.test(v))) return [line];
      return [...cells.slice(0, -7).filter(Boolean), ...values];
    })
    .join('\n');
}

/** 表三's row labels written with a space between characters, as some PDF-to-text tools give them. */
const spacedLabels = (text: string) =>
  text
    .split('\n')
    .map((line) => {
      const cells = line.split('\t');
      if (cells.length < 8) return line;
      return [...cells.slice(0, -7).map((c) => [...c].join(' ')), ...cells.slice(-7)].join('\t');
    })
    .join('\n');

/** 表三 split over two <table>s after its 10th row, as a page break leaves it on some portals. */
const splitTable = (html: string) => {
  let rows = 0;
  return html.replace(/<\/tr>/g, (end, at: number) => (html.lastIndexOf('id="requests"', at) > html.lastIndexOf('</table>', at) && ++rows === 13 ? `${end}</tbody></table><table class="t3"><tbody>` : end));
};

describe('a report imports back to its tables', () => {
  const mixed = reports(['keep', 'keep', 'keep', 'blank', 'slash']);

  test('the generated reports are schema-valid', () => {
    fc.assert(fc.property(mixed, (report) => expect(validateTables('v2021', tablesOf(report)).ok).toBe(true)), { numRuns: 20 });
  });

  test('from text with tabs, blanks and "/" in any cell', () => {
    fc.assert(fc.property(mixed, (report) => expect(imported(linesFromText(renderText(view(report))))).toEqual(tablesOf(report))), { numRuns: RUNS });
  });

  test('from text with pipes', () => {
    fc.assert(
      fc.property(mixed, (report) => expect(imported(linesFromText(renderText(view(report)).replace(/\t/g, '|')))).toEqual(tablesOf(report))),
      { numRuns: RUNS },
    );
  });

  test('from HTML, blanks as &nbsp; and digits full-width', () => {
    const fullWidth = (html: string) => html.replace(/>(\d+)</g, (_, d: string) => `>${[...d].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}<`);
    fc.assert(
      fc.property(mixed, fc.boolean(), (report, wide) => {
        let html = renderHtml(view(report)).replace(/<td([^>]*)><\/td>/g, '<td$1>&nbsp;</td>');
        if (wide) html = fullWidth(html);
        expect(imported(linesFromHtml(html))).toEqual(tablesOf(report));
      }),
      { numRuns: RUNS },
    );
  });

  test('from text with 表三\'s labels split character by character', () => {
    fc.assert(fc.property(mixed, (report) => expect(imported(linesFromText(spacedLabels(renderText(view(report)))))).toEqual(tablesOf(report))), { numRuns: RUNS });
  });

  test('from HTML with 表三 split over two tables', () => {
    fc.assert(
      fc.property(mixed, (report) => {
        const html = splitTable(renderHtml(view(report)));
        expect(html.match(/<table class="t3"/g)).toHaveLength(2);
        expect(imported(linesFromHtml(html))).toEqual(tablesOf(report));
      }),
      { numRuns: RUNS },
    );
  });

  test('from text with one cell per line in 表三 (every cell filled: a blank has no line of its own)', () => {
    fc.assert(
      fc.property(reports(['keep']), (report) => expect(imported(linesFromText(oneCellPerLine(renderText(view(report)))))).toEqual(tablesOf(report))),
      { numRuns: 1 },
    );
  });

  test('from Word, blanks and "/" in any cell', async () => {
    await fc.assert(
      fc.asyncProperty(mixed, async (report) => {
        const { lines } = await readSource('report.docx', await renderDocx(view(report)));
        expect(imported(lines)).toEqual(tablesOf(report));
      }),
      { numRuns: process.env.STRYKER_MUTATOR_WORKER ? 2 : 8 },
    );
  });

  test('a v2019 report that leaves the 总计 columns of 表三 and 表四 blank, from text and from HTML', () => {
    let n = 1;
    const tables = JSON.parse(JSON.stringify(zeroTables('v2019'), (k, v) => (typeof v === 'number' ? n++ : v)));
    for (const row of Object.values(tables.requests) as Record<string, unknown>[]) row.total = null;
    for (const group of Object.values(tables.reviewLitigation) as Record<string, unknown>[]) group.total = null;
    const report = { year: 2019, formatVersion: 'v2019', ...tables };
    const input = { ...report, agency: { name: '某某市某某局' } } as unknown as ViewInput;
    for (const lines of [linesFromText(renderText(reportView(input))), linesFromHtml(renderHtml(reportView(input)))]) {
      const back = parseReport(lines).report;
      expect(back.formatVersion).toBe('v2019');
      expect(tablesOf(back)).toEqual(tablesOf(report as unknown as Tables));
    }
  });
});
