/**
 * An infrastructure fault is a 503, never a 401, 400 or bare 500. A database error thrown through
 * the pipeline is answered 503 with Retry-After at once; and because Strapi's own layers turn some
 * database errors into other answers (users-permissions reads a failed lookup as "not logged in",
 * 401; a relation check that could not read says 「Invalid relations」, 400), any 400, 401 or 500 is
 * followed by a one-line probe of the database: if it does not answer, the client is told the truth.
 * The probe runs only on those error answers, so a working server pays nothing for it.
 */
import type { Core } from '@strapi/strapi';

export const UNAVAILABLE = '数据库暂时不可用，请稍后重试';
const RETRY_AFTER_SECONDS = '5';
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
    if (SQLITE_FAULTS.test(code) || NODE_FAULTS.has(code) || PG_FAULTS.test(code)) return true;
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

function unavailable(ctx: Ctx): void {
  ctx.status = 503;
  ctx.set('Retry-After', RETRY_AFTER_SECONDS);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: UNAVAILABLE, details: {} } };
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      // Not every driver error is recognisable by its code: an unknown one is a fault if the database is down.
      if (!isDatabaseFault(error) && (await databaseAnswers(strapi))) throw error;
      strapi.log.error(`数据库不可用，${ctx.method} ${ctx.path} 答复 503：${(error as Error)?.message ?? error}`);
      unavailable(ctx);
      return;
    }
    if ((ctx.status === 400 || ctx.status === 401 || ctx.status === 500) && !(await databaseAnswers(strapi))) {
      strapi.log.error(`数据库不可用，${ctx.method} ${ctx.path} 原本答复 ${ctx.status}，改为 503`);
      unavailable(ctx);
    }
  };
