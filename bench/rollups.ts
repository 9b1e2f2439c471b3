/**
 * npm run bench:rollups — a whole government's figures, beside Strapi in one run on a temporary
 * SQLite file: the roll-up of a government over 100 agencies (1 + 9 departments × 10 below each)
 * against `/_health` and Strapi's REST list of the same 100 reports; then the open statistics of
 * BENCH_STATISTICS (2,000) published reports in each format, in rows a second and the peak rise of live memory, against
 * paging the same reports through Strapi's REST. The reports are the distinct-values example,
 * written as published rows straight into the database (the publication workflow is not measured).
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { ROOT, bootStrapi, get, median } from './boot';

const REPORTS = Number(process.env.BENCH_STATISTICS ?? 2000);
const YEAR = 2023;
const MB = 1024 * 1024;

async function seed(strapi: Core.Strapi): Promise<string> {
  const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/examples/distinct-values-2023.json'), 'utf8'));
  const agencies = strapi.db.query('api::agency.agency');
  const reports = strapi.db.query('api::annual-report.annual-report');
  const agency = async (name: string, type: string, parent?: number) => (await agencies.create({ data: { name, type, region: '测试省', ...(parent ? { parent } : {}) } })).id as number;
  const report = (id: number, name: string) =>
    reports.create({ data: { ...example.report, title: `${name}${YEAR}年政府信息公开工作年度报告`, agency: id, publishedAt: new Date(), reviewStage: 'approved' } });
  const root = await agency('测试市人民政府', 'municipalGovernment');
  await report(root, '测试市人民政府');
  let made = 1;
  for (let d = 1; d <= 9; d++) {
    const dept = await agency(`测试市第${d}局`, 'governmentDepartment', root);
    await report(dept, `测试市第${d}局`);
    for (let s = 1; s <= 10; s++) {
      const below = await agency(`测试市第${d}局第${s}所`, 'other', dept);
      await report(below, `测试市第${d}局第${s}所`);
    }
    made += 11;
  }
  for (let i = made; i < REPORTS; i++) {
    const other = await agency(`其他机关${i}`, 'governmentDepartment');
    await report(other, `其他机关${i}`);
    if (i % 500 === 0) process.stdout.write(`  已写入 ${i}/${REPORTS} 份\n`);
  }
  return (await agencies.findOne({ where: { id: root }, select: ['documentId'] })).documentId;
}

/** Median milliseconds of `runs` sequential requests, after two to warm up. */
async function timed(port: number, pathname: string, runs = 21): Promise<{ ms: number; status: number; bytes: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let last = await get(port, pathname, {}, agent);
  await get(port, pathname, {}, agent);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    last = await get(port, pathname, {}, agent);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  agent.destroy();
  return { ms: median(times), status: last.status, bytes: last.bytes };
}

/** Memory in use (the JS heap and the buffers outside it). */
const inUse = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

const collect = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * How far live memory rose above where it stood while `work` ran: sampled every 250 ms right after
 * a full collection (npm run bench:rollups runs with --expose-gc), so garbage not yet collected does
 * not count — what is held is what a response keeps, such as a whole year in an array.
 */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  collect();
  const before = inUse();
  let peak = before;
  const timer = setInterval(() => {
    collect();
    peak = Math.max(peak, inUse());
  }, 250);
  const result = await work();
  clearInterval(timer);
  return { result, peak: Math.max(peak, inUse()) - before };
}

async function main() {
  const { strapi, port, stop } = await bootStrapi();
  console.log(`seeding ${REPORTS} published reports…`);
  const root = await seed(strapi);

  const health = await timed(port, '/_health');
  const rest = await timed(port, `/api/annual-reports?filters[year][$eq]=${YEAR}&filters[agency][name][$startsWith]=${encodeURIComponent('测试市')}&populate=agency&pagination[pageSize]=100&sort=id`);
  const rollup = await timed(port, `/api/nianbao/rollups/${root}/${YEAR}.json`);
  const rollupXlsx = await timed(port, `/api/nianbao/rollups/${root}/${YEAR}.xlsx`, 11);
  console.log(`\nroll-up over 100 agencies (Node ${process.version}), median of sequential requests on loopback\n`);
  console.log('| request | ms | vs `/_health` |');
  console.log('|---|---|---|');
  for (const [name, r] of [['`/_health`', health], ['Strapi REST: one page of 100 reports with their agency', rest], ['roll-up `.json` (sum, checks, 100 agencies listed)', rollup], ['roll-up `.xlsx`', rollupXlsx]] as const) {
    console.log(`| ${name} (${r.status}) | ${r.ms.toFixed(1)} | ${(r.ms / health.ms).toFixed(1)}× |`);
  }

  const cells = (await (await fetch(`http://127.0.0.1:${port}/api/nianbao/statistics/${YEAR}.json?agency=${root}`)).json()).rows.length;
  console.log(`\nopen statistics of ${REPORTS} reports (${cells} cells each, ${(REPORTS * cells).toLocaleString('en')} rows)\n`);
  console.log('| request | s | rows/s | MB sent | live memory, peak rise (server and client, one process) |');
  console.log('|---|---|---|---|---|');
  // Each request twice: timed alone, then again with live memory sampled (the collections slow it).
  const all = async (pathname: (page: number) => string, pages: number) => {
    const t = Date.now();
    let bytes = 0;
    for (let page = 1; page <= pages; page++) bytes += (await get(port, pathname(page))).bytes;
    return { s: (Date.now() - t) / 1000, bytes };
  };
  const runs: [string, (page: number) => string, number][] = [
    [`Strapi REST, ${Math.ceil(REPORTS / 100)} pages of 100 reports`, (page) => `/api/annual-reports?filters[year][$eq]=${YEAR}&populate=agency&pagination[pageSize]=100&pagination[page]=${page}&sort=id`, Math.ceil(REPORTS / 100)],
    ...['csv', 'json', 'xlsx'].map((ext): [string, (page: number) => string, number] => [`statistics \`.${ext}\``, () => `/api/nianbao/statistics/${YEAR}.${ext}`, 1]),
  ];
  for (const [name, pathname, pages] of runs) {
    const speed = await all(pathname, pages);
    const memory = await peakRss(() => all(pathname, pages));
    console.log(`| ${name} | ${speed.s.toFixed(2)} | ${Math.round((REPORTS * cells) / speed.s).toLocaleString('en')} | ${(speed.bytes / MB).toFixed(1)} | +${(memory.peak / MB).toFixed(0)} MB |`);
  }
  await stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
