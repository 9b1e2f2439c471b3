/**
 * npm run bench:view — the standard view beside Strapi in one run, on a temporary SQLite file:
 * `/_health` (Strapi's request pipeline and nothing else, the floor), Strapi's own
 * GET /api/annual-reports/:documentId?populate=*, and the view `.html`, its 304 and `.pdf` of the
 * longest sample (宿迁市 2023), on loopback with 8 keep-alive connections; the PDF's cold render;
 * then RSS over 10,000 requests spread across BENCH_REPORTS (500) published reports and five formats.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { reportView, type ViewInput } from '#format';
import { renderPdf } from '#format/office';
import { ROOT, bootStrapi, get } from './boot';
const REPORTS = Number(process.env.BENCH_REPORTS ?? 500);
const MB = 1024 * 1024;

/** Requests per second over `seconds` with `concurrency` keep-alive connections. */
async function throughput(port: number, pathname: string, headers: Record<string, string> = {}, seconds = 4, concurrency = 8) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const end = Date.now() + seconds * 1000;
  let done = 0;
  const statuses = new Set<number>();
  const worker = async () => {
    while (Date.now() < end) {
      statuses.add((await get(port, pathname, headers, agent)).status);
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { rps: done / seconds, statuses: [...statuses].join('/') };
}

/** The PDF of the longest sample rendered afresh: what a version costs the first time it is asked for. */
async function coldPdf(): Promise<{ fonts: number; median: number }> {
  const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/samples/suqian-szf-2023.json'), 'utf8'));
  const view = reportView({ ...sample, agency: { name: '宿迁市人民政府' } } as ViewInput);
  let t = Date.now();
  await renderPdf(view);
  const fonts = Date.now() - t;
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    t = Date.now();
    await renderPdf(view);
    runs.push(Date.now() - t);
  }
  return { fonts, median: runs.sort((a, b) => a - b)[3] };
}

/** REPORTS published reports: the distinct-values example under as many agencies. */
async function seedReports(strapi: Core.Strapi): Promise<string[]> {
  const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/examples/distinct-values-2023.json'), 'utf8'));
  const demo = strapi.plugin('nianbao').service('demo');
  const ids: string[] = [];
  for (let i = 0; i < REPORTS; i++) {
    const agency = await strapi.documents('api::agency.agency').create({ data: { ...example.agency, name: `测试${i + 1}市人民政府` } as never });
    const report = await strapi.documents('api::annual-report.annual-report').create({ data: { ...example.report, agency: agency.documentId } as never, status: 'draft' } as never);
    if (!(await demo.publishAsPublished(report.documentId))) throw new Error(`第${i + 1}份年报未能发布`);
    ids.push(report.documentId);
    if ((i + 1) % 100 === 0) process.stdout.write(`  已发布 ${i + 1}/${REPORTS} 份\n`);
  }
  return ids;
}

async function main() {
  const cold = await coldPdf();

  const { strapi, port, stop } = await bootStrapi();
  await strapi.plugin('nianbao').service('demo').seedExample();
  const longest = await strapi.db.query('api::annual-report.annual-report').findOne({ where: { title: { $startsWith: '宿迁市2023年' }, publishedAt: { $notNull: true } }, select: ['documentId'] });
  const id: string = longest.documentId;

  const view = `/api/nianbao/reports/${id}`;
  const rest = `/api/annual-reports/${id}?populate=*`;
  const { etag } = await get(port, `${view}.html`);
  await get(port, `${view}.pdf`);
  for (const warm of ['/_health', rest, `${view}.html`]) await throughput(port, warm, {}, 1);

  const rows: [string, { rps: number; statuses: string }][] = [
    ['`/_health` (the floor)', await throughput(port, '/_health')],
    ['Strapi REST `?populate=*`', await throughput(port, rest)],
    ['view `.html`', await throughput(port, `${view}.html`)],
    ['view `.html`, `If-None-Match` (304)', await throughput(port, `${view}.html`, { 'If-None-Match': etag })],
    ['view `.pdf` (warm)', await throughput(port, `${view}.pdf`)],
  ];
  const [health, strapiRest] = [rows[0][1].rps, rows[1][1].rps];
  console.log(`\n宿迁市 2023 (the longest sample), loopback, 8 keep-alive connections, 4 s each (Node ${process.version})\n`);
  console.log('| route | req/s | vs Strapi REST | vs `/_health` |');
  console.log('|---|---|---|---|');
  for (const [name, r] of rows) console.log(`| ${name} | ${r.rps.toFixed(0)} (${r.statuses}) | ${(r.rps / strapiRest).toFixed(2)}× | ${(r.rps / health).toFixed(2)}× |`);
  console.log(`\nPDF of 宿迁市 2023 rendered afresh: median ${cold.median} ms of 7 (the process's first, loading the fonts: ${cold.fonts} ms)`);

  console.log(`\nseeding ${REPORTS} published reports…`);
  const ids = await seedReports(strapi);
  const formats = ['html', 'txt', 'md', 'csv', 'json'];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  // Collected before each reading (when run with --expose-gc, as npm run bench:view does), so the
  // difference is what is kept, not garbage not yet collected.
  const collect = () => (globalThis as { gc?: () => void }).gc?.();
  collect();
  const before = process.memoryUsage();
  let sent = 0;
  const worker = async () => {
    while (sent < 10_000) {
      const n = sent++;
      await get(port, `/api/nianbao/reports/${ids[n % ids.length]}.${formats[Math.floor(n / ids.length) % formats.length]}`, {}, agent);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  agent.destroy();
  collect();
  const after = process.memoryUsage();
  const kept = strapi.plugin('nianbao').service('views').renderings.size;
  const mb = (key: 'rss' | 'heapUsed') => `${(before[key] / MB).toFixed(0)} → ${(after[key] / MB).toFixed(0)} MB (${after[key] >= before[key] ? '+' : '−'}${(Math.abs(after[key] - before[key]) / MB).toFixed(0)} MB)`;
  console.log(`10,000 requests across ${ids.length} reports × ${formats.length} formats: RSS ${mb('rss')}, heap used ${mb('heapUsed')}; ${kept.entries} renderings kept, ${(kept.bytes / MB).toFixed(1)} MB`);

  await stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
