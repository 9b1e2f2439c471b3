/**
 * Run by test/api/faults.test.ts in plain Node (as the server runs, outside jest's sandbox), on the
 * PostgreSQL database the suite made (DATABASE_URL): boots the compiled app, then for four seconds
 * three clients save reports and read the list over HTTP while every other backend of the database
 * is terminated each 200 ms. Prints what was answered and every answer whose stored result
 * contradicts it; the process must live through all of it.
 */
const http = require('http');
const path = require('path');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '../..');
process.env.NODE_ENV = 'test';

function request(port, method, pathname, token, body) {
  return new Promise((resolve, reject) => {
    const data = body ? Buffer.from(JSON.stringify(body)) : null;
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(data ? { 'Content-Length': data.length } : {}) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        let json = null;
        try {
          json = JSON.parse(text);
        } catch {}
        resolve({ status: res.statusCode, body: json });
      });
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

(async () => {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await new Promise((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const port = strapi.server.httpServer.address().port;
  const token = (await strapi.service('admin::api-token').create({ name: `fault-${Date.now()}`, type: 'full-access', lifespan: null, description: '' })).accessKey;
  const agencies = [];
  for (let w = 0; w < 3; w++) agencies.push((await strapi.documents('api::agency.agency').create({ data: { name: `断线测试局${w}`, type: 'governmentDepartment' } })).documentId);
  const report = JSON.parse(process.env.FAULT_REPORT);

  const killer = new Client({ connectionString: process.env.DATABASE_URL });
  await killer.connect();
  let killing = true;
  (async () => {
    while (killing) {
      await killer.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const answers = [];
  const until = Date.now() + 4000;
  const worker = async (w) => {
    for (let year = 2030; Date.now() < until && year < 2100; year++) {
      const canary = `故障期间的保存${w}-${year}`;
      const save = await request(port, 'POST', '/api/annual-reports?status=draft', token, { data: { ...report, year, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, agency: agencies[w], problems: canary } });
      answers.push({ status: save.status, canary, outcome: save.body?.error?.details?.outcome, message: save.body?.error?.message });
      const read = await request(port, 'GET', '/api/annual-reports?pagination[pageSize]=1', token);
      answers.push({ status: read.status, canary: null, message: read.body?.error?.message });
    }
  };
  await Promise.all([0, 1, 2].map(worker));
  killing = false;
  await new Promise((resolve) => setTimeout(resolve, 500));
  await killer.end();

  const health = (await request(port, 'GET', '/_health', token)).status;
  const violations = [];
  for (const a of answers) {
    if (![200, 201, 503].includes(a.status)) violations.push(a);
    if (!a.canary) continue;
    const stored = await strapi.db.query('api::annual-report.annual-report').count({ where: { problems: a.canary } });
    const allowed = a.status === 201 || a.outcome === 'committed' ? [1] : a.outcome === 'unknown' ? [0, 1] : [0];
    if (!allowed.includes(stored)) violations.push({ ...a, stored });
  }
  const statuses = [...new Set(answers.map((a) => a.status))].sort();
  process.stdout.write(`${JSON.stringify({ alive: true, health, statuses, answers: answers.length, unavailable: answers.filter((a) => a.status === 503).length, violations })}\n`);
  await strapi.destroy();
  process.exit(0);
})();
