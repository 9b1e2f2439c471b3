/**
 * npm run bench:view — HTML render time per report, then the view endpoint's throughput against
 * Strapi's own GET /api/annual-reports/:documentId?populate=* for the same report, side by side on
 * loopback (plain, and again with If-None-Match). Boots the app on a temporary SQLite file.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { renderHtml, reportView, type ViewInput } from '#format';

const ROOT = path.resolve(__dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function renderBench(): number {
  const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/examples/yuanzhou-kjj-2023.json'), 'utf8'));
  const input = { ...example.report, agency: example.agency } as ViewInput;
  for (let i = 0; i < 200; i++) renderHtml(reportView(input));
  const runs: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = process.hrtime.bigint();
    renderHtml(reportView(input));
    runs.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return median(runs);
}

/** Requests per second over `seconds` with `concurrency` keep-alive connections. */
async function throughput(port: number, pathname: string, headers: Record<string, string>, seconds = 4, concurrency = 8) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const end = Date.now() + seconds * 1000;
  let done = 0;
  let statuses = new Set<number>();
  const worker = async () => {
    while (Date.now() < end) {
      await new Promise<void>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: pathname, headers, agent }, (res) => {
            statuses.add(res.statusCode ?? 0);
            res.resume();
            res.on('end', () => resolve());
          })
          .on('error', reject);
      });
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { rps: done / seconds, statuses: [...statuses].join('/') };
}

async function main() {
  console.log(`HTML render (reportView + renderHtml), example report: median ${renderBench().toFixed(0)} µs`);

  const dbFile = path.join(os.tmpdir(), `nianbao-bench-${process.pid}.db`);
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_FILENAME: dbFile });
  await require('../scripts/compile').compileApp(ROOT);
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  const port = (strapi.server.httpServer.address() as { port: number }).port;
  const { reportDocumentId: id } = await strapi.plugin('nianbao').service('demo').seedExample();

  const view = `/api/nianbao/reports/${id}.html`;
  const rest = `/api/annual-reports/${id}?populate=*`;
  const etag = await new Promise<string>((resolve) => http.get({ host: '127.0.0.1', port, path: view }, (res) => { res.resume(); resolve(String(res.headers.etag)); }));

  await throughput(port, view, {}, 1);
  await throughput(port, rest, {}, 1);
  const plainView = await throughput(port, view, {});
  const plainRest = await throughput(port, rest, {});
  const cachedView = await throughput(port, view, { 'If-None-Match': etag });
  console.log(`Strapi REST ?populate=*            ${plainRest.rps.toFixed(0)} req/s (${plainRest.statuses})`);
  console.log(`view .html                         ${plainView.rps.toFixed(0)} req/s (${plainView.statuses})  ratio ${(plainView.rps / plainRest.rps).toFixed(2)}×`);
  console.log(`view .html with If-None-Match      ${cachedView.rps.toFixed(0)} req/s (${cachedView.statuses})  ratio ${(cachedView.rps / plainRest.rps).toFixed(2)}×`);

  await strapi.destroy();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
