/**
 * What each rule says, word for word: for every reject case and every sentence a narrative rule
 * must flag, the rule's findings — severity, message, cells, expected and actual — as recorded in
 * test/fixtures/finding-messages.json. The messages are what editors read; the file was written
 * from the rules once, read through by hand, and changes only when a message is meant to change
 * (`UPDATE_MESSAGES=1 npx jest test/unit/rules-messages` rewrites it; review the diff).
 */
import fs from 'fs';
import path from 'path';
import type { Finding } from '../../src/format';
import { consistentReport } from '../helpers/consistent-report';
import { SENTENCES, baseOptions, casesOf, findingsOf, sentenceFindings } from '../helpers/rule-cases';

const FILE = path.join(__dirname, '../fixtures/finding-messages.json');
const said = (findings: Finding[]) => findings.map(({ severity, message, cells, expected, actual, notAssessable }) => ({ severity, message, cells, expected, actual, notAssessable }));

/** Each case by name, with what computes its findings. */
function cases(): [string, () => ReturnType<typeof said>][] {
  const out: [string, () => ReturnType<typeof said>][] = [];
  for (const c of casesOf('reject')) {
    out.push([
      `${c.rule} reject #${c.i + 1}`,
      () => {
        const report = consistentReport();
        const options = baseOptions();
        c.edit(report, options);
        return said(findingsOf(c.rule, report, options));
      },
    ]);
  }
  for (const table of SENTENCES) for (const sentence of table.reject) out.push([`${table.rule} 「${sentence}」`, () => said(sentenceFindings(table, sentence))]);
  return out;
}
const CASES = new Map(cases());

const recorded: Record<string, ReturnType<typeof said>> = fs.existsSync(FILE) ? JSON.parse(fs.readFileSync(FILE, 'utf8')) : {};
if (process.env.UPDATE_MESSAGES) fs.writeFileSync(FILE, `${JSON.stringify(Object.fromEntries([...CASES].map(([name, run]) => [name, run()])), null, 1)}\n`);

test('every case is recorded, and nothing recorded is gone', () => {
  expect([...CASES.keys()].sort()).toEqual(Object.keys(recorded).sort());
});

test.each(Object.keys(recorded))('%s', (name) => {
  // Computed inside the test, so that a mutation testing run sees which cases each rule's code reaches.
  expect(CASES.get(name)?.()).toEqual(recorded[name]);
});
