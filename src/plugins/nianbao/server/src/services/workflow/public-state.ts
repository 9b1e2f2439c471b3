/**
 * What the public may see of a report, decided once for every public route (views, findings,
 * versions): a published report is served; a withdrawn one (published before, no published
 * version now) answers 410 with the withdrawal date and its 撤回说明; a deleted or never
 * published one answers 404. Versions are never cached as immutable, since a withdrawal must reach
 * every cache within max-age.
 */
import type { Core } from '@strapi/strapi';
import { AUDIT_UID, PUBLICATION_UID, REPORT_UID } from '../../../../shared/constants';

export type PublicState =
  | { state: 'published' }
  | { state: 'withdrawn'; withdrawnAt: string | null; withdrawalNote: string | null }
  | { state: 'absent' };

export const PUBLIC_CACHE = 'public, max-age=300, must-revalidate';

export async function publicState(strapi: Core.Strapi, documentId: string): Promise<PublicState> {
  const rows: { publishedAt: string | null }[] = await strapi.db.query(REPORT_UID).findMany({ where: { documentId }, select: ['publishedAt'] });
  if (rows.some((r) => r.publishedAt)) return { state: 'published' };
  if (!rows.length || !(await strapi.db.query(PUBLICATION_UID).count({ where: { reportDocumentId: documentId } }))) return { state: 'absent' };
  const withdrawal: { at: string; details?: { withdrawalNote?: string | null } } | null = await strapi.db
    .query(AUDIT_UID)
    .findOne({ where: { reportDocumentId: documentId, action: 'unpublish' }, orderBy: { at: 'desc' } });
  return { state: 'withdrawn', withdrawnAt: withdrawal ? new Date(withdrawal.at).toISOString() : null, withdrawalNote: withdrawal?.details?.withdrawalNote ?? null };
}

interface Ctx {
  status: number;
  body: unknown;
  set: (name: string, value: string) => void;
}

/** What the public is told of a withdrawn report: 「该年报已于2025-03-02撤回：数据有误，更正后重新发布」. */
export function withdrawalMessage(state: Extract<PublicState, { state: 'withdrawn' }>): string {
  const on = state.withdrawnAt ? `于${state.withdrawnAt.slice(0, 10)}` : '';
  return `该年报已${on}撤回${state.withdrawalNote ? `：${state.withdrawalNote}` : '（未填写撤回说明）'}`;
}

/** Answers for a report the public may not read; returns false when it is published. */
export function answerUnpublished(ctx: Ctx, state: PublicState, absentMessage: string): boolean {
  if (state.state === 'published') return false;
  ctx.set('Cache-Control', PUBLIC_CACHE);
  if (state.state === 'withdrawn') {
    ctx.status = 410;
    ctx.body = {
      data: null,
      error: {
        status: 410,
        name: 'GoneError',
        message: withdrawalMessage(state),
        details: { withdrawnAt: state.withdrawnAt, withdrawalNote: state.withdrawalNote },
      },
    };
    return true;
  }
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: absentMessage, details: {} } };
  return true;
}
