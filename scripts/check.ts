/**
 * npm run check -- <report.json> [--json] [--previous <last-year.json>] [--agency-type <type>] [--published-at <ISO date>]
 *
 * Runs the cross-check rules on a report file and prints the findings as a table (or JSON with
 * --json). Exits 1 when there is an error finding, 2 when the file cannot be read.
 */
import fs from 'fs';
import { parseArgs } from 'util';
import { AGENCY_TYPES, RULES_BY_ID, expectedFormatVersion, runChecks, type AgencyType, type CheckableReport } from '#format';

const SEVERITY = { E: '错误', W: '警告', I: '提示' } as const;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** Accepts a bare report body, a REST body ({ data }), or an example file ({ agency, report }). */
function readReport(file: string): CheckableReport {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`无法读取 ${file}：${(error as Error).message}`);
  }
  const agency = (parsed.agency ?? null) as { name?: string; type?: AgencyType } | null;
  const body = (parsed.report ?? parsed.data ?? parsed) as CheckableReport;
  if (typeof body.year !== 'number') fail(`${file} 中没有年度（year）`);
  return {
    ...body,
    formatVersion: body.formatVersion ?? expectedFormatVersion(body.year!),
    agencyName: body.agencyName ?? (typeof agency === 'object' ? agency?.name : null) ?? null,
    agencyType: body.agencyType ?? (typeof agency === 'object' ? agency?.type : null) ?? null,
  };
}

function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0].map((_, i) => Math.min(40, Math.max(...rows.map((r) => width(r[i])))));
  return rows
    .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(Math.max(0, widths[i] - width(cell))))).join('  '))
    .join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    previous: { type: 'string' },
    'agency-type': { type: 'string' },
    'published-at': { type: 'string' },
  },
});
if (positionals.length !== 1) fail('用法：npm run check -- <report.json> [--json] [--previous <上年报告.json>] [--agency-type <机关类型>] [--published-at <发布日期>]');

const report = readReport(positionals[0]);
const agencyType = values['agency-type'];
if (agencyType) {
  if (!AGENCY_TYPES.includes(agencyType as AgencyType)) fail(`未知的机关类型 ${agencyType}，可选：${AGENCY_TYPES.join('、')}`);
  report.agencyType = agencyType as AgencyType;
}
if (values['published-at']) report.publishedAt = values['published-at'];
const previous = values.previous ? { report: readReport(values.previous), source: 'input' as const, label: values.previous } : null;

const result = runChecks(report, { previous });
if (values.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const rows = result.findings.map((f) => [
    f.rule,
    f.notAssessable ? '无法判断' : SEVERITY[f.severity],
    f.cells.slice(0, 2).join(' ') + (f.cells.length > 2 ? ' …' : ''),
    f.message,
  ]);
  process.stdout.write(`${table([['规则', '级别', '单元格', '说明'], ...rows])}\n\n`);
  const verdict = { passed: '通过', warnings: '有警告', errors: '有错误' }[result.status];
  process.stdout.write(`结果：${verdict}（错误 ${result.errors}，警告 ${result.warnings}，提示 ${result.infos}；规则目录共 ${Object.keys(RULES_BY_ID).length} 条）\n`);
}
process.exit(result.errors ? 1 : 0);
