/**
 * Scheduled publishing: due jobs are claimed once, re-checked at fire time, and their outcome is
 * recorded. On PostgreSQL (npm run test:pg) two more Strapi instances race for 50 due jobs.
 */
import { spawn } from 'child_process';
import path from 'path';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { consistentReport } from '../helpers/consistent-report';
import { UID } from '../helpers/report-api';
import { expectEvery } from '../helpers/assertions';

const JOB_UID = 'plugin::nianbao.publish-job';
const YEAR = new Date().getFullYear();
const POSTGRES = process.env.DATABASE_CLIENT === 'postgres';
const REPORTS = POSTGRES ? 50 : 10;
const failing = (i: number) => i % 5 === 0;

let app: TestApp;
const scheduling = () => app.strapi.plugin('nianbao').service('scheduling');
const reports: { documentId: string; ok: boolean }[] = [];

function body(agency: string, ok: boolean) {
  const { agencyName, agencyType, publishedAt, publicationUrl, ...report } = consistentReport(YEAR) as any;
  if (!ok) report.requests.newReceived = { ...report.requests.newReceived, naturalPerson: 11, total: 13 };
  return { ...report, agency };
}

beforeAll(async () => {
  app = await startTestApp();
  const docs = app.strapi.documents(UID);
  for (let i = 0; i < REPORTS; i++) {
    const agency = await app.strapi.documents('api::agency.agency').create({ data: { name: `第${i}局`, type: 'governmentDepartment' } as never });
    const report = await docs.create({ data: body(agency.documentId, !failing(i)) as never, status: 'draft' } as never);
    reports.push({ documentId: report.documentId, ok: !failing(i) });
    // Reviewed (a failing one too: the gate, not the workflow, must stop it at fire time).
    await app.strapi.db.query(UID).update({ where: { documentId: report.documentId, publishedAt: null }, data: { reviewStage: 'approved' } });
    await app.strapi.db.query(JOB_UID).create({
      data: { targetDocumentId: report.documentId, action: 'publish', executeAt: new Date(Date.now() - 60_000), state: 'pending', attempts: 0 },
    });
  }
});
afterAll(async () => {
  await app?.stop();
});

function runWorker(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, '../helpers/tick-worker.js')], { env: { ...process.env }, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

test(`${POSTGRES ? 'two instances' : 'the scheduler'} publish each passing report exactly once and no failing one`, async () => {
  if (POSTGRES) {
    expect(await Promise.all([runWorker(), runWorker()])).toEqual([0, 0]);
  } else {
    await scheduling().tick();
  }
  const jobs = await app.strapi.db.query(JOB_UID).findMany({});
  expect(jobs).toHaveLength(REPORTS);
  expectEvery(jobs, (j: { attempts: number }) => j.attempts === 1);
  for (const { documentId, ok } of reports) {
    const job = jobs.find((j: { targetDocumentId: string }) => j.targetDocumentId === documentId);
    const published = await app.strapi.db.query(UID).count({ where: { documentId, publishedAt: { $notNull: true } } });
    expect([documentId, job.state, published]).toEqual([documentId, ok ? 'done' : 'refused', ok ? 1 : 0]);
    if (!ok) expect(job.lastError).toContain('不能发布');
  }
  if (POSTGRES) {
    // Claimed by the two other instances, not by this one.
    expectEvery(jobs, (j: { lockedBy: string }) => j.lockedBy && j.lockedBy !== scheduling().instance);
  }
});

/**
 * A real race: another instance has claimed half the due jobs in a transaction it holds open
 * while this one claims. With FOR UPDATE SKIP LOCKED this claim skips those rows; a plain SELECT
 * would still see them as pending (the other claim is not committed) and take them too once the
 * other transaction commits.
 */
(POSTGRES ? test : test.skip)('claims that overlap in time never take the same job', async () => {
  const table = app.strapi.db.metadata.get(JOB_UID).tableName;
  await app.strapi.db.connection(table).whereIn('state', ['pending', 'running']).update({ state: 'cancelled' });
  const created: number[] = [];
  for (let i = 0; i < 10; i++) {
    const job = await app.strapi.db.query(JOB_UID).create({ data: { targetDocumentId: reports[i % reports.length].documentId, action: 'publish', executeAt: new Date(Date.now() - 60_000), state: 'pending', attempts: 0 } });
    created.push(job.id);
  }
  const { Client } = await import('pg');
  const other = new Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  try {
    await other.query('BEGIN');
    const held = (await other.query(`SELECT id FROM ${table} WHERE state = 'pending' ORDER BY execute_at, id LIMIT 5 FOR UPDATE SKIP LOCKED`)).rows.map((r: { id: number }) => r.id);
    await other.query(`UPDATE ${table} SET state = 'running', locked_by = 'other', attempts = attempts + 1 WHERE id = ANY($1)`, [held]);
    expect(held).toHaveLength(5);
    const mine = scheduling().claimDueJobs(20);
    await new Promise((r) => setTimeout(r, 500));
    await other.query('COMMIT');
    const claimed: number[] = await mine;
    expect(claimed.filter((id) => held.includes(id))).toEqual([]);
    expect(claimed).toHaveLength(5);
    const jobs = await app.strapi.db.query(JOB_UID).findMany({ where: { id: { $in: [...held, ...claimed] } } });
    expectEvery(jobs, (j: { attempts: number }) => j.attempts === 1);
  } finally {
    await other.end();
    await app.strapi.db.query(JOB_UID).deleteMany({ where: { id: { $in: created } } });
  }
});

test('a claim left by a crashed instance is tried again', async () => {
  const stale = await app.strapi.db.query(JOB_UID).create({
    data: { targetDocumentId: reports[1].documentId, action: 'unpublish', executeAt: new Date(Date.now() - 3_600_000), state: 'running', lockedAt: new Date(Date.now() - 3_600_000), lockedBy: 'dead:1', attempts: 1 },
  });
  expect(await scheduling().tick()).toEqual({ done: 1 });
  const job = await app.strapi.db.query(JOB_UID).findOne({ where: { id: stale.id } });
  expect(job).toMatchObject({ state: 'done', attempts: 2 });
  expect(await app.strapi.db.query(UID).count({ where: { documentId: reports[1].documentId, publishedAt: { $notNull: true } } })).toBe(0);
});

test('an administrator schedules in Beijing time, is warned past the deadline, and can cancel', async () => {
  const admin = await app.adminToken();
  const auth = { Authorization: `Bearer ${admin}` };
  const { documentId } = reports[2];
  const late = await app.http().post(`/nianbao/reports/${documentId}/schedule`).set(auth).send({ executeAt: `${YEAR + 1}-02-03 09:30` });
  expect(late.status).toBe(200);
  expect(late.body.data.job.executeAt).toBe(`${YEAR + 1}-02-03T01:30:00.000Z`);
  expect(late.body.data.warning).toBe(`定时发布时间晚于法定期限${YEAR + 1}-01-31（条例第四十九条（政府部门年报））3天`);
  const onTime = await app.http().post(`/nianbao/reports/${documentId}/schedule`).set(auth).send({ executeAt: `${YEAR + 1}-01-20 09:30` });
  expect(onTime.body.data.warning).toBeNull();
  const bad = await app.http().post(`/nianbao/reports/${documentId}/schedule`).set(auth).send({ executeAt: '明天' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.message).toBe('请填写定时时间，如“2025-01-20 09:30”（北京时间）');

  const list = await app.http().get(`/nianbao/reports/${documentId}/schedule`).set(auth);
  expect(list.body.data.map((j: { state: string }) => j.state)).toEqual(['pending', 'pending', 'done']);
  const cancelled = await app.http().delete(`/nianbao/schedule/${late.body.data.job.id}`).set(auth);
  expect(cancelled.body.data.state).toBe('cancelled');
  expect((await app.http().delete(`/nianbao/schedule/${late.body.data.job.id}`).set(auth)).status).toBe(400);
  expect((await app.http().post(`/nianbao/reports/${documentId}/schedule`).send({ executeAt: '2030-01-01 00:00' })).status).toBe(401);
});

test('scheduling jobs are not exposed through REST or GraphQL', async () => {
  expect((await app.http().get('/api/publish-jobs')).status).toBe(404);
  const gql = await app.http().post('/graphql').send({ query: '{ publishJobs { documentId } }' });
  expect(gql.body.errors[0].message).toContain('Cannot query field "publishJobs"');
});
