/**
 * npm run bench:checks — all rules on one full v2021 report (median of many runs, µs), and on a
 * batch of 10,000 reports (median batch time). The report is 淮安市 2024 with its narrative,
 * checked against 宿迁市 2023 as previous year so that the cross-year rules run too.
 */
import fs from 'fs';
import path from 'path';
import { runChecks, type CheckableReport } from '#format';

const load = (name: string): CheckableReport =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../test/fixtures/samples', `${name}.json`), 'utf8'));

const report = load('huaian-szf-2024');
const previous = { report: load('suqian-szf-2023'), source: 'database' as const };
const now = new Date('2025-01-20T00:00:00Z');
const once = () => runChecks(report, { previous, now });
const NARRATIVE = ['R25', 'R26', 'R27', 'R28', 'R29', 'R30', 'R31', 'R32', 'R33', 'R35'];
const tablesOnly = { rules: Object.fromEntries(NARRATIVE.map((id) => [id, { enabled: false }])) };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (let i = 0; i < 500; i++) once(); // warm-up

const single: number[] = [];
for (let i = 0; i < 5000; i++) {
  const t = process.hrtime.bigint();
  once();
  single.push(Number(process.hrtime.bigint() - t) / 1000);
}

const tableRuns: number[] = [];
for (let i = 0; i < 5000; i++) {
  const t = process.hrtime.bigint();
  runChecks(report, { previous, now, config: tablesOnly });
  tableRuns.push(Number(process.hrtime.bigint() - t) / 1000);
}

const batches: number[] = [];
for (let b = 0; b < 5; b++) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < 10_000; i++) once();
  batches.push(Number(process.hrtime.bigint() - t) / 1e6);
}

console.log(`all rules, one full v2021 report: median ${median(single).toFixed(1)} µs (${single.length} runs)`);
console.log(`the same without the narrative rules (R25–R33, R35): median ${median(tableRuns).toFixed(1)} µs`);
console.log(`10,000 reports: median ${median(batches).toFixed(0)} ms per batch (${batches.length} batches), ${((median(batches) * 1000) / 10_000).toFixed(1)} µs per report`);
