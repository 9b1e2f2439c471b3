/**
 * npm run import -- <file or folder> [--agency 机关名称] [--year 2023] [--dry-run] [--json]
 *
 * Imports published reports (.txt, .html, .htm, .docx) as drafts: one per agency and year, updated
 * on re-import. --dry-run prints the parsed tables, notes and findings and writes nothing; --json
 * prints them as JSON. A folder is imported in bulk with a progress bar and a summary.
 */
import fs from 'fs';
import path from 'path';
import { parseArgs } from 'util';
import cliProgress from 'cli-progress';
import { renderText, reportView, type ViewInput } from '#format';
import { analyseSource, type ImportOutcome, type ImportRequest } from '#format/import';
import { withStrapi } from './with-strapi';

const EXTENSIONS = /\.(txt|html?|docx)$/i;
const LEVEL = { info: '提示', warning: '注意', error: '错误' } as const;
const SEVERITY = { E: '错误', W: '警告', I: '提示' } as const;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    agency: { type: 'string' },
    year: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) fail('用法：npm run import -- <文件或文件夹> [--agency 机关名称] [--year 年度] [--dry-run] [--json]');
const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
if (!fs.existsSync(target)) fail(`找不到 ${positionals[0]}`);
const year = values.year ? Number(values.year) : undefined;
if (values.year && !Number.isInteger(year)) fail(`年度应为整数：${values.year}`);

const files = fs.statSync(target).isDirectory()
  ? fs.readdirSync(target).filter((f) => EXTENSIONS.test(f)).sort().map((f) => path.join(target, f))
  : [target];
if (!files.length) fail(`${positionals[0]} 中没有 .txt、.html 或 .docx 文件`);

const requestOf = (file: string): ImportRequest => ({
  name: path.basename(file),
  content: fs.readFileSync(file),
  agency: values.agency,
  year,
  dryRun: values['dry-run'],
});

function printOne(o: ImportOutcome) {
  const r = o.report;
  process.stdout.write(`\n== ${o.name}（${o.kind}）：${r.agencyName ?? '？'} ${r.year ?? '？'}年 ${r.formatVersion ?? ''}\n\n`);
  if (r.year != null) {
    const text = renderText(reportView({ ...r, agency: { name: r.agencyName }, year: r.year } as ViewInput));
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('二、'));
    const to = lines.findIndex((l) => l.startsWith('五、'));
    process.stdout.write(`${lines.slice(from, to).filter(Boolean).join('\n')}\n\n`);
  }
  process.stdout.write(`导入说明（${o.notes.length}）：\n`);
  for (const n of o.notes) process.stdout.write(`  [${LEVEL[n.level]}] ${n.ref}：${n.message}\n`);
  const shown = o.checks.findings.filter((f) => !f.notAssessable);
  process.stdout.write(`校验（错误 ${o.checks.errors}，警告 ${o.checks.warnings}）：\n`);
  for (const f of shown) process.stdout.write(`  ${f.rule} ${SEVERITY[f.severity]} ${f.message}\n`);
}

async function main() {
  const bulk = files.length > 1;
  const bar = bulk && !values.json ? new cliProgress.SingleBar({ format: '导入 [{bar}] {value}/{total} {file}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000 }, cliProgress.Presets.shades_classic) : null;
  bar?.start(files.length, 0, { file: '' });
  const outcomes: ImportOutcome[] = [];
  const each = async (importOne: (r: ImportRequest) => Promise<ImportOutcome>) => {
    for (const file of files) {
      bar?.update(outcomes.length, { file: path.basename(file) });
      try {
        outcomes.push(await importOne(requestOf(file)));
      } catch (error) {
        outcomes.push({ name: path.basename(file), action: 'failed', error: (error as Error).message } as ImportOutcome);
      }
      bar?.update(outcomes.length, { file: path.basename(file) });
    }
  };
  if (values['dry-run']) await each((r) => analyseSource(r));
  else {
    await withStrapi((strapi) => each((r) => strapi.plugin('nianbao').service('imports').importReport(r)));
  }
  bar?.stop();

  if (values.json) {
    const json = outcomes.map(({ html, ...o }) => ({ ...o, findings: o.checks?.findings }));
    process.stdout.write(`${JSON.stringify(bulk ? json : json[0], null, 2)}\n`);
  } else {
    if (!bulk) for (const o of outcomes) if (o.report) printOne(o);
    const failed = outcomes.filter((o) => o.action === 'failed');
    const withErrors = outcomes.filter((o) => o.action !== 'failed' && o.checks.errors > 0);
    const clean = outcomes.length - failed.length - withErrors.length;
    const verb = values['dry-run'] ? '可导入' : '已导入';
    process.stdout.write(`\n汇总：${verb} ${clean} 份，${verb}但有错误 ${withErrors.length} 份，失败 ${failed.length} 份\n`);
    for (const o of withErrors) process.stdout.write(`  有错误：${o.name}（${o.checks.findings.filter((f) => f.severity === 'E' && !f.notAssessable).map((f) => f.rule).join('、')}）\n`);
    for (const o of failed) process.stdout.write(`  失败：${o.name}：${o.error}\n`);
    if (!values['dry-run']) for (const o of outcomes.filter((x) => x.documentId)) process.stdout.write(`  ${o.action === 'created' ? '新建' : '更新'}草稿：${o.name} → ${o.documentId}\n`);
  }
  process.exit(outcomes.some((o) => o.action === 'failed') ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`导入失败：${error.message}\n`);
  process.exit(1);
});
