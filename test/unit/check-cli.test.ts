/** npm run check: findings as JSON, and the exit code CI scripts rely on. */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { EXAMPLE } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

test('the example report lists R33 and no error, exit 0', () => {
  const res = run('data/examples/yuanzhou-kjj-2023.json', '--json');
  expect(res.status).toBe(0);
  const result = JSON.parse(res.stdout);
  expect(result.errors).toBe(0);
  expect(result.findings.filter((f: { rule: string; severity: string }) => f.severity === 'W').map((f: { rule: string }) => f.rule)).toEqual(['R33']);
});

test('a report with an error exits 1 and prints a table in Chinese', () => {
  const file = path.join(os.tmpdir(), `check-${process.pid}.json`);
  const report = JSON.parse(JSON.stringify(EXAMPLE.report));
  report.requests.newReceived.naturalPerson = 5;
  fs.writeFileSync(file, JSON.stringify({ data: report }));
  const res = run(file);
  fs.rmSync(file);
  expect(res.status).toBe(1);
  expect(res.stdout).toMatch(/^R01 +错误/m);
  expect(res.stdout).toContain('表三 自然人列：一+二=5，三（七）+四=0，相差5');
});

test('an unreadable file exits 2 with a message', () => {
  const res = run('no-such-file.json');
  expect(res.status).toBe(2);
  expect(res.stderr).toContain('无法读取 no-such-file.json');
});
