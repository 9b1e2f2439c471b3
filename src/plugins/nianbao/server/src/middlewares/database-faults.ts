/**
 * An infrastructure fault is a 503, never a 401, 400 or bare 500. A database error thrown through
 * the pipeline is answered 503 with Retry-After at once. Strapi's own layers turn some database
 * errors into other answers (users-permissions reads a failed lookup as "not logged in", 401; a
 * relation check that could not read says 「Invalid relations」, 400), so a 400, 401 or 500 becomes
 * the 503 when a query of this very request failed for the database's sake (knex reports each failed
 * query; the request is found by its async context) or when the database does not answer a probe.
 * Both checks run only on those error answers, so a working server pays nothing for them.
 */
import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';

export const UNAVAILABLE = '数据库暂时不可用，请稍后重试';
/** When a write of the request had committed, or may have, before the fault: the client must not assume it failed. */
const OUTCOME_MESSAGES = {
  committed: '数据库连接中断：本次操作已完成，但结果未能返回，请刷新查看',
  unknown: '数据库暂时不可用，无法确认本次操作是否完成，请刷新后核对',
} as const;
export type WriteOutcome = keyof typeof OUTCOME_MESSAGES;
const RETRY_AFTER_SECONDS = '5';
/** The code of the write guard's error for a write its transaction reported but the database does not hold. */
export const UNCOMMITTED_CODE = 'NIANBAO_UNCOMMITTED';
const PROBE_TIMEOUT_MS = 2000;

const SQLITE_FAULTS = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|READONLY|FULL|PROTOCOL|NOTADB)/;
const NODE_FAULTS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// PostgreSQL: class 08 connection exceptions, 57P0x shutdowns, 53300 too many connections.
const PG_FAULTS = /^(08\d{3}|57P0[1-4]|53300)$/;
const MESSAGES = /Connection terminated|connection error|Knex: Timeout acquiring a connection|database is locked|Client was closed|server closed the connection/i;

/** Whether an error says the database could not be reached or used, rather than that the request was wrong. */
export function isDatabaseFault(error: unknown): boolean {
  for (let e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (SQLITE_FAULTS.test(code) || NODE_FAULTS.has(code) || PG_FAULTS.test(code) || code === UNCOMMITTED_CODE) return true;
    if (e.name === 'KnexTimeoutError') return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** Whether the database answers a trivial query within two seconds. */
export async function databaseAnswers(strapi: Core.Strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      strapi.db.connection.raw('select 1').then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS))),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

interface Ctx {
  status: number;
  body: unknown;
  method: string;
  path: string;
  set: (name: string, value: string) => void;
}

/** The 503 a database fault is answered with (the readiness route answers it too). */
export function unavailable(ctx: Ctx, outcome?: WriteOutcome): void {
  ctx.status = 503;
  ctx.set('Retry-After', RETRY_AFTER_SECONDS);
  ctx.set('Cache-Control', 'no-store');
  const message = outcome ? OUTCOME_MESSAGES[outcome] : UNAVAILABLE;
  ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message, details: outcome ? { outcome } : {} } };
}

/** Per request: whether one of its queries failed because of the database, and what is known of its writes. */
const requests = new AsyncLocalStorage<{ faulted: boolean; outcome?: WriteOutcome }>();

/** Called by the write guard: a write of the current request committed, or its commit could not be checked. */
export function noteWriteOutcome(outcome: WriteOutcome): void {
  const request = requests.getStore();
  if (request && request.outcome !== 'committed') request.outcome = outcome;
}

/**
 * Called by the write guard when a write's transaction failed: if the database is why (a connection
 * lost at COMMIT may have lost only the acknowledgement), the write may be stored.
 */
export function noteWriteFailure(error: unknown): void {
  const request = requests.getStore();
  if (request && (request.faulted || isDatabaseFault(error))) noteWriteOutcome('unknown');
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  strapi.db.connection.on('query-error', (error: unknown) => {
    const request = requests.getStore();
    if (request && isDatabaseFault(error)) request.faulted = true;
  });
  // Over a network a COMMIT can succeed and its acknowledgement be lost: a write request cut off by a
  // fault has an unknown outcome unless the guard saw it stored. A local SQLite file has no such gap.
  const networked = strapi.db.dialect.client !== 'sqlite';
  const outcomeOf = (ctx: Ctx, request: { outcome?: WriteOutcome }, error?: unknown): WriteOutcome | undefined =>
    request.outcome ?? (networked && ctx.method !== 'GET' && ctx.method !== 'HEAD' && (error as { code?: string })?.code !== UNCOMMITTED_CODE ? 'unknown' : undefined);
  const said = (outcome: WriteOutcome | undefined) => (outcome ? `（写入${outcome === 'committed' ? '已提交' : '结果未知'}）` : '');
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const request: { faulted: boolean; outcome?: WriteOutcome } = { faulted: false };
    try {
      await requests.run(request, next);
    } catch (error) {
      // Not every error of a failed database is recognisable (knex's 「Transaction query already
      // complete」 after a lost connection): it is a fault if a query of this request failed so, or the database is down.
      if (!isDatabaseFault(error) && !request.faulted && (await databaseAnswers(strapi))) throw error;
      const outcome = outcomeOf(ctx, request, error);
      strapi.log.error(`数据库不可用，${ctx.method} ${ctx.path} 答复 503${said(outcome)}：${(error as Error)?.message ?? error}`);
      unavailable(ctx, outcome);
      return;
    }
    if ((ctx.status === 400 || ctx.status === 401 || ctx.status === 500) && (request.faulted || !(await databaseAnswers(strapi)))) {
      const outcome = outcomeOf(ctx, request);
      strapi.log.error(`数据库不可用，${ctx.method} ${ctx.path} 原本答复 ${ctx.status}，改为 503${said(outcome)}`);
      unavailable(ctx, outcome);
    }
  };
};
