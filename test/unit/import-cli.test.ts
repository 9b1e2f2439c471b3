/** npm run import --dry-run: exact tables as JSON for every sample, and a mixed folder in one command. */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { renderHtml, reportView, type ViewInput } from '../../src/format';
import { renderDocx } from '../../src/format/render/office';
import { EXAMPLE } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

test('--dry-run --json gives the exact tables of every sample and notes the uncertain cells', () => {
  const res = run('data/samples', '--dry-run', '--json');
  expect(res.status).toBe(0);
  const outcomes = JSON.parse(res.stdout) as { name: string; report: Record<string, unknown>; notes: { message: string }[]; findings: unknown[] }[];
  expect(outcomes.map((o) => o.name)).toEqual(fs.readdirSync(path.join(ROOT, 'data/samples')).filter((f) => f.endsWith('.txt')).sort());
  for (const o of outcomes) {
    const expected = o.name.startsWith('yuanzhou')
      ? EXAMPLE.report
      : JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/samples', o.name.replace('.txt', '.json')), 'utf8'));
    for (const table of ['proactive', 'requests', 'reviewLitigation']) expect([o.name, table, o.report[table]]).toEqual([o.name, table, expected[table]]);
    expect(Array.isArray(o.findings)).toBe(true);
  }
  expect(outcomes.find((o) => o.name.startsWith('yuanzhou'))!.notes.some((n) => n.message.startsWith('表四 数据行有16个单元格'))).toBe(true);
});

test('a folder of text, HTML and Word imports in one command with a summary', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  const view = reportView({ ...EXAMPLE.report, agency: EXAMPLE.agency } as ViewInput);
  fs.copyFileSync(path.join(ROOT, 'data/samples/hongze-qzf-2023.txt'), path.join(dir, 'a.txt'));
  fs.writeFileSync(path.join(dir, 'b.html'), renderHtml(view));
  fs.writeFileSync(path.join(dir, 'c.docx'), await renderDocx(view));
  fs.writeFileSync(path.join(dir, 'd.txt'), '这不是年报');
  const res = run(dir, '--dry-run');
  fs.rmSync(dir, { recursive: true });
  expect(res.status).toBe(1);
  expect(res.stdout).toContain('汇总：可导入 2 份，可导入但有错误 1 份，失败 1 份');
  expect(res.stdout).toContain('失败：d.txt：无法确定机关名称，请用 --agency 指定');
  expect(res.stdout).toContain('有错误：a.txt（R09、R11、R23）');
  expect(res.stderr).toContain('4/4');
});
