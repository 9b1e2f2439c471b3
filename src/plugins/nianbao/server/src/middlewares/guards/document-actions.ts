/**
 * Default-deny over the document service. For each of the project's own content types every
 * write action is handled by name — guarded, passed on, or refused — and an action nobody listed
 * (one a Strapi upgrade adds, say) is refused, as is any action on a type of ours (`api::`, or the
 * plugin's own `plugin::nianbao.`) without a table.
 * Reads pass here; ../access/published-only decides what they may see.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UNCOMMITTED_CODE, noteWriteFailure, noteWriteOutcome } from '../database-faults';

export const READ_ACTIONS: ReadonlySet<string> = new Set(['findOne', 'findMany', 'findFirst', 'count']);
export const WRITE_ACTIONS = ['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft', 'delete'] as const;
export type WriteAction = (typeof WRITE_ACTIONS)[number];

export interface DocumentContext {
  uid: string;
  action: string;
  params: Record<string, unknown> & { documentId?: string; data?: Record<string, unknown>; status?: string };
}
export type ActionHandler = (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;
/** `'pass'`: no rule of ours applies; a string other than that: refused with that message. */
export type WriteHandlers = Record<WriteAction, ActionHandler | 'pass' | { refuse: string }>;

export const refuse = (message: string) => ({ refuse: message });

export type Step = (strapi: Core.Strapi, ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>;

/** Thrown when a write's transaction reported success but its result is not in the database. */
export class UncommittedWriteError extends Error {
  readonly code = UNCOMMITTED_CODE;
}

/**
 * Whether what a create, clone or publish answered is in the database after its transaction: knex
 * does not report a COMMIT that failed on a lost connection, so without this look a rolled-back
 * create would be answered 201. (An update's rows exist either way; its later writes in the same
 * step move updatedAt, so it is not checked.)
 */
async function committed(strapi: Core.Strapi, ctx: DocumentContext, result: unknown): Promise<boolean> {
  if (!['create', 'clone', 'publish'].includes(ctx.action)) return true;
  const doc = result as { documentId?: string } | null;
  if (!doc?.documentId) return true;
  const where = ctx.action === 'publish' ? { documentId: doc.documentId, publishedAt: { $notNull: true } } : { documentId: doc.documentId };
  return (await strapi.db.query(ctx.uid as never).count({ where })) > 0;
}

/** A step in one transaction of its own (joining the caller's, when there is one, which then commits it). */
export const inTransaction =
  (strapi: Core.Strapi, step: Step, mapError: (error: unknown) => Error | null = () => null): ActionHandler =>
  async (ctx, next) => {
    const outermost = !strapi.db.inTransaction();
    const result = await strapi.db.transaction(() => step(strapi, ctx, next)).catch((error: unknown) => {
      if (outermost) noteWriteFailure(error);
      throw mapError(error) ?? error;
    });
    if (!outermost) return result;
    let stored: boolean;
    try {
      stored = await committed(strapi, ctx, result);
    } catch (error) {
      noteWriteOutcome('unknown');
      throw error;
    }
    if (!stored) throw new UncommittedWriteError(`${ctx.uid} 的 ${ctx.action} 未能提交（数据库连接中断），未保存`);
    noteWriteOutcome('committed');
    return result;
  };

/** The app's content types and the plugin's own records. */
const OURS = /^(api::|plugin::nianbao\.)/;

export function registerWriteGuards(strapi: Core.Strapi, tables: Record<string, WriteHandlers>): void {
  strapi.documents.use(async (ctx, next) => {
    if (!OURS.test(ctx.uid) || READ_ACTIONS.has(ctx.action)) return next();
    const handler = tables[ctx.uid]?.[ctx.action as WriteAction];
    if (handler === 'pass') return next();
    if (typeof handler === 'function') return handler(ctx as unknown as DocumentContext, next as () => Promise<unknown>) as never;
    throw new errors.ForbiddenError(handler?.refuse ?? `不允许的操作：${ctx.uid} 的 ${ctx.action}`);
  });
}
