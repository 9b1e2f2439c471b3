/**
 * Scheduled publishing that is safe with several instances. Every instance runs the tick each
 * minute; a job is claimed in a short transaction (PostgreSQL: FOR UPDATE SKIP LOCKED, so two
 * instances never take the same job; SQLite: one instance), then published in a transaction of
 * its own through the document service — so the publish gate re-checks the report at fire time —
 * and its outcome (done, refused with the findings, failed with the error) is recorded on the job.
 * Claims left by a crashed instance are put back after a while.
 */
import os from 'os';
import type { Core } from '@strapi/strapi';
import { JOB_UID, REPORT_UID } from '../../../../shared/constants';
import type { PublishJob } from '../../../../shared/contracts/workflow';

const STALE_MINUTES = 10;
export const INSTANCE = `${os.hostname()}:${process.pid}`;

const table = (strapi: Core.Strapi) => strapi.db.metadata.get(JOB_UID).tableName;

/** Takes up to `limit` due jobs for this instance; nobody else gets them. */
export async function claimDueJobs(strapi: Core.Strapi, limit = 20, now = new Date()): Promise<number[]> {
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  return knex.transaction(async (trx) => {
    let query = trx(table(strapi)).select('id').where('state', 'pending').andWhere('execute_at', '<=', now).orderBy('execute_at').limit(limit);
    if (postgres) query = query.forUpdate().skipLocked();
    const ids = (await query).map((r: { id: number }) => r.id);
    if (ids.length) {
      await trx(table(strapi)).whereIn('id', ids).update({ state: 'running', locked_at: now, locked_by: INSTANCE, attempts: knex.raw('coalesce(attempts, 0) + 1') });
    }
    return ids;
  });
}

/** Claims older than STALE_MINUTES belong to an instance that died mid-job: they are tried again. */
export async function requeueStale(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - STALE_MINUTES * 60_000);
  return strapi.db.connection(table(strapi)).where('state', 'running').andWhere('locked_at', '<', before).update({ state: 'pending', locked_at: null, locked_by: null });
}

async function finish(strapi: Core.Strapi, id: number, data: Record<string, unknown>) {
  await strapi.db.query(JOB_UID).update({ where: { id }, data: { ...data, finishedAt: new Date() } });
}

export async function runJob(strapi: Core.Strapi, id: number): Promise<PublishJob['state']> {
  const job: PublishJob = await strapi.db.query(JOB_UID).findOne({ where: { id } });
  const docs = strapi.documents(REPORT_UID);
  try {
    await strapi.db.transaction(async () => {
      if (job.action === 'publish') await docs.publish({ documentId: job.targetDocumentId } as never);
      else await docs.unpublish({ documentId: job.targetDocumentId } as never);
    });
    await finish(strapi, id, { state: 'done', lastError: null });
    return 'done';
  } catch (error) {
    const e = error as { name?: string; message?: string; details?: { errors?: unknown[] } };
    const refused = e.name === 'ValidationError';
    await finish(strapi, id, { state: refused ? 'refused' : 'failed', lastError: e.message ?? String(error), findings: refused ? e.details?.errors ?? null : null });
    return refused ? 'refused' : 'failed';
  }
}

/** One round: put back stale claims, claim what is due, run each job. */
export async function tick(strapi: Core.Strapi, now = new Date()): Promise<Record<string, number>> {
  await requeueStale(strapi, now);
  const outcome: Record<string, number> = {};
  for (const id of await claimDueJobs(strapi, 20, now)) {
    const state = await runJob(strapi, id);
    outcome[state] = (outcome[state] ?? 0) + 1;
  }
  return outcome;
}
