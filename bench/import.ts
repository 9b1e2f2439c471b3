/**
 * npm run bench:import — reports per second through the importer (parse, no database): the six
 * samples as text, and the example report as HTML (the project's own rendering, with spans).
 */
import fs from 'fs';
import path from 'path';
import { renderHtml, reportView, type ViewInput } from '#format';
import { linesFromHtml, linesFromText, parseReport } from '#format/import';

const ROOT = path.resolve(__dirname, '..');
const dir = path.join(ROOT, 'data/samples');
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/examples/yuanzhou-kjj-2023.json'), 'utf8'));
const html = renderHtml(reportView({ ...example.report, agency: example.agency } as ViewInput));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function rate(run: () => void, perRun: number, seconds = 2): number {
  for (let i = 0; i < 20; i++) run();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    let n = 0;
    while (Number(process.hrtime.bigint() - start) < (seconds / 5) * 1e9) {
      run();
      n += perRun;
    }
    rounds.push(n / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return median(rounds);
}

console.log(`text: ${rate(() => texts.forEach((t) => parseReport(linesFromText(t))), texts.length).toFixed(0)} reports/s (median of 5 rounds, the 6 samples)`);
console.log(`HTML: ${rate(() => parseReport(linesFromHtml(html)), 1).toFixed(0)} reports/s (median of 5 rounds, the example as HTML)`);
