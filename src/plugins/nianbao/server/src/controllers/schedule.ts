/** 定时发布: schedule a publication or withdrawal, see the jobs and their outcomes, cancel one. */
import { JOB_UID } from '../../../shared/constants';
import type { ScheduleResponse } from '../../../shared/contracts/workflow';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { deadlineWarning, parseScheduleTime } from '../validation/schedule-request';
import { checkConfig, findReportRow, toCheckable } from '../services/checks/stored-report';
import { stageOf } from '../services/workflow/review';
import { audit } from '../services/workflow/audit';
import { assertReportInScope } from '../services/scope/admin-scope';

interface Ctx {
  params: Record<string, string>;
  request: { body?: Record<string, unknown> };
  state: { user?: { email?: string }; userAbility?: unknown };
  body: unknown;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async schedule(ctx: Ctx) {
    const { executeAt, action = 'publish' } = (ctx.request.body ?? {}) as { executeAt?: string; action?: string };
    if (action !== 'publish' && action !== 'unpublish') throw new errors.ValidationError('操作应为 publish（发布）或 unpublish（撤回）');
    const at = typeof executeAt === 'string' ? parseScheduleTime(executeAt) : null;
    if (!at) throw new errors.ValidationError('请填写定时时间，如“2025-01-20 09:30”（北京时间）');
    const draft = await findReportRow(strapi, ctx.params.documentId, 'draft');
    if (!draft) throw new errors.NotFoundError('找不到该年报');
    if (action === 'publish' && stageOf(draft) !== 'approved') throw new errors.ValidationError('只有已审核的年报可以定时发布');
    const job = await strapi.db.query(JOB_UID).create({
      data: { targetDocumentId: draft.documentId, action, executeAt: at, state: 'pending', attempts: 0, requestedBy: ctx.state.user?.email ?? null },
    });
    const warning = action === 'publish' ? deadlineWarning(toCheckable(draft, null), at, checkConfig(strapi).deadlines) : null;
    await audit(strapi, 'schedule', draft.documentId, { action, executeAt: at.toISOString(), warning });
    ctx.body = { data: { job, warning } satisfies ScheduleResponse };
  },

  async jobs(ctx: Ctx) {
    ctx.body = { data: await strapi.db.query(JOB_UID).findMany({ where: { targetDocumentId: ctx.params.documentId }, orderBy: { executeAt: 'desc' } }) };
  },

  async cancel(ctx: Ctx) {
    const job = await strapi.db.query(JOB_UID).findOne({ where: { id: Number(ctx.params.id) }, select: ['targetDocumentId'] });
    if (!job) throw new errors.NotFoundError('没有这个定时任务');
    await assertReportInScope(strapi, ctx, job.targetDocumentId);
    const updated = await strapi.db
      .connection(strapi.db.metadata.get(JOB_UID).tableName)
      .where({ id: Number(ctx.params.id), state: 'pending' })
      .update({ state: 'cancelled' });
    if (!updated) throw new errors.ValidationError('只能取消尚未执行的定时任务');
    ctx.body = { data: await strapi.db.query(JOB_UID).findOne({ where: { id: Number(ctx.params.id) } }) };
  },
});
