/**
 * Default-deny over the document service. For each of the project's own content types every
 * write action is handled by name — guarded, passed on, or refused — and an action nobody listed
 * (one a Strapi upgrade adds, say) is refused, as is any action on a type of ours (`api::`, or the
 * plugin's own `plugin::nianbao.`) without a table.
 * Reads pass here; ../access/published-only decides what they may see.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

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

/** A step in one transaction of its own (joining the caller's, when there is one). */
export const inTransaction =
  (strapi: Core.Strapi, step: Step, mapError: (error: unknown) => Error | null = () => null): ActionHandler =>
  (ctx, next) =>
    strapi.db.transaction(() => step(strapi, ctx, next)).catch((error: unknown) => {
      throw mapError(error) ?? error;
    });

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
