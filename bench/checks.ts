/**
 * npm run bench:checks — for each published sample (checked against its previous year when the
 * samples hold it): the median time of all 39 rules, of the table rules alone (groups A–C, R01–R16)
 * and of the rules that read the narrative alone (R18–R20, R24–R33, R35), over 2,000 runs after a
 * warm-up; then 10,000 checks of the longest narrative, 宿迁市 2023, as one batch.
 */
import fs from 'fs';
import path from 'path';
import { RULE_CATALOGUE, TABLE_RULE_IDS, onlyRules, runChecks, type CheckableReport, type CheckOptions } from '#format';

const SAMPLES: [string, string | null][] = [
  ['huaian-szf-2024', null],
  ['hongze-qzf-2023', null],
  ['hongze-qzf-2024', 'hongze-qzf-2023'],
  ['suqian-szf-2023', null],
  ['suqian-szf-2024', 'suqian-szf-2023'],
];
const RUNS = 2000;

const load = (name: string): CheckableReport =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../test/fixtures/samples', `${name}.json`), 'utf8'));

const NARRATIVE = RULE_CATALOGUE.filter((r) => r.group === 'E' || ['R18', 'R19', 'R20', 'R24', 'R35'].includes(r.id)).map((r) => r.id);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(report: CheckableReport, options: CheckOptions): number {
  for (let i = 0; i < 300; i++) runChecks(report, options);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    runChecks(report, options);
    runs.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return median(runs);
}

const now = new Date('2025-03-01T00:00:00Z');
console.log(`median of ${RUNS} runs, µs (Node ${process.version})`);
console.log('| report | all 39 rules | table rules (R01–R16) | narrative rules |');
console.log('|---|---|---|---|');
for (const [name, prev] of SAMPLES) {
  const report = load(name);
  const options: CheckOptions = { now, previous: prev ? { report: load(prev), source: 'database' } : null };
  const all = time(report, options);
  const table = time(report, { ...options, config: onlyRules(TABLE_RULE_IDS) });
  const narrative = time(report, { ...options, config: onlyRules(NARRATIVE) });
  console.log(`| ${name}${prev ? `（对照 ${prev}）` : ''} | ${all.toFixed(1)} | ${table.toFixed(1)} | ${narrative.toFixed(1)} |`);
}

const longest = load('suqian-szf-2023');
const batches: number[] = [];
for (let b = 0; b < 5; b++) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < 10_000; i++) runChecks(longest, { now });
  batches.push(Number(process.hrtime.bigint() - t) / 1e6);
}
console.log(`10,000 checks of suqian-szf-2023 (all rules): median ${median(batches).toFixed(0)} ms per batch (${batches.length} batches)`);
