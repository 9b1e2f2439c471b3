/**
 * Faults an operator meets: the database locked by another process, a failure in the work Strapi
 * does after a commit, a deletion someone must answer for. The server keeps serving and says what
 * happened: 503 with Retry-After in Chinese for the database, never a 400 or 500 that blames the
 * request; a committed write stays committed.
 */
import path from 'path';
import { execFileSync } from 'child_process';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { consistentReport } from '../helpers/consistent-report';
import { CM, UID, createAgency } from '../helpers/report-api';

let app: TestApp;
let admin: string;
let token: string;
let agency: string;
const sqlite = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite';
const as = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.adminToken();
  token = await app.apiToken();
  agency = await createAgency(app, token, { name: '故障测试局', type: 'governmentDepartment' });
});
afterAll(async () => {
  await app?.stop();
});

const body = (year: number) => {
  const { agencyName, agencyType, publishedAt, publicationUrl, ...rest } = consistentReport(year) as never as Record<string, unknown>;
  return { ...rest, agency };
};

(sqlite ? test : test.skip)('a write while another process holds the SQLite file locked is a 503 with Retry-After in Chinese, and nothing is written; then it works again', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3');
  const file = path.resolve((app.strapi.config.get('database.connection.connection') as { filename: string }).filename);
  const other = new Database(file);
  other.pragma('busy_timeout = 0');
  other.exec('BEGIN EXCLUSIVE');
  let locked;
  try {
    locked = await app.http().post('/api/annual-reports?status=draft').set(as(token)).send({ data: body(2019) });
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  expect([locked.status, locked.headers['retry-after'], locked.body.error?.message]).toEqual([503, '5', '数据库暂时不可用，请稍后重试']);
  expect(await app.strapi.db.query(UID).count({ where: { year: 2019 } })).toBe(0);
  const again = await app.http().post('/api/annual-reports?status=draft').set(as(token)).send({ data: body(2019) });
  expect(again.status).toBe(201);
  // The server is still whole: its health and a public read answer.
  expect((await app.http().get('/_health')).status).toBe(204);
  expect((await app.http().get('/api/nianbao/ready')).status).toBe(204);
  expect((await app.http().get('/api/annual-reports')).status).toBe(200);
}, 60_000);

test('an error in the work after a commit is logged, the process keeps running, and the write stays', () => {
  // In plain Node, as the server runs: jest's sandbox would not let the rejection end the process.
  const out = execFileSync(process.execPath, [path.join(__dirname, '../helpers/after-commit-fault.js')], { encoding: 'utf8', timeout: 120_000 });
  expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ alive: true, stored: 1, logged: 1 });
}, 150_000);

test('a deleted report leaves an audit entry with who deleted it, when, and the hash of its last content', async () => {
  const created = await app.http().post('/api/annual-reports?status=draft').set(as(token)).send({ data: body(2021) });
  const documentId = created.body.data.documentId;
  const res = await app.http().delete(`${CM}/${documentId}`).set(as(admin));
  expect(res.status).toBe(200);
  const entry = await app.strapi.db.query('plugin::nianbao.audit-entry').findOne({ where: { reportDocumentId: documentId, action: 'delete' } });
  expect(entry.actor).toContain('admin@example.gov.cn');
  expect(new Date(entry.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  expect(entry.details.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(entry.details.wasPublished).toBe(false);
});

(sqlite ? test.skip : test)('PostgreSQL backends terminated every 200 ms while saves and reads run: the process lives, every answer is a success or a 503, every success is stored, and a 503 left nothing unless it says the write committed or may have', () => {
  // In plain Node: there an error nothing catches would end the process, as it would the server.
  const out = execFileSync(process.execPath, [path.join(__dirname, '../helpers/pg-fault-trial.js')], {
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, FAULT_REPORT: JSON.stringify(body(2030)) },
  });
  const result = JSON.parse(out.trim().split('\n').pop()!);
  expect(result).toMatchObject({ alive: true, health: 204, violations: [] });
  expect(result.statuses.every((s: number) => [200, 201, 503].includes(s))).toBe(true);
  expect(result.unavailable).toBeGreaterThan(0);
  expect(result.answers).toBeGreaterThan(result.unavailable);
}, 180_000);
