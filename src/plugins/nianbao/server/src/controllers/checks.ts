/** Findings of stored reports, acknowledgements of warnings, and the dry run that saves nothing. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { formatVersionOf, needsAcknowledgement, parseCheckableInput, runChecks, type CheckableReport } from '#format';
import { validationError } from '../middlewares/guards/validation-error';
import { answerUnpublished, publicState } from '../services/workflow/public-state';
import { documentRoute, routeParams } from '../validation/params';
import { parseScheduleTime } from '../validation/schedule-request';
import { checkConfig, checkRow, findPreviousReport, findReportRow, type ReportRow } from '../services/checks/stored-report';
import { findingsView } from '../services/checks/findings-view';
import { acknowledge, acknowledgementsOf, withdrawAcknowledgement } from '../services/checks/acknowledgements';
import { AGENCY_UID } from '../../../shared/constants';
import { actorOf } from '../services/workflow/actor';
import type { CheckConfigResponse } from '../../../shared/contracts/checks';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  status: number;
  body: unknown;
  set: (name: string, value: string) => void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function load(documentId: string, status: 'draft' | 'published'): Promise<ReportRow> {
    const row = await findReportRow(strapi, documentId, status);
    if (!row) throw new errors.NotFoundError(status === 'draft' ? '找不到该年报' : '该年报尚未发布');
    return row;
  }

  async function view(row: ReportRow, status: 'draft' | 'published') {
    const result = await checkRow(strapi, row);
    return { documentId: row.documentId, title: row.title, version: status, ...findingsView(result, acknowledgementsOf(row)) };
  }

  return {
    async findings(ctx: Ctx) {
      const status = ctx.query.status === 'published' ? 'published' : 'draft';
      ctx.body = { data: await view(await load(ctx.params.documentId, status), status) };
    },

    /** Public: the reasons given for warnings are shown, the administrators who gave them are not. */
    async publishedFindings(ctx: Ctx) {
      const { documentId } = routeParams(documentRoute, ctx.params);
      if (answerUnpublished(ctx, await publicState(strapi, documentId), '该年报尚未发布')) return;
      const data = await view(await load(documentId, 'published'), 'published');
      const anonymous = <T extends { by?: string } | null>(a: T) => (a ? { ...a, by: undefined } : a);
      ctx.body = {
        data: { ...data, acknowledgements: data.acknowledgements.map(anonymous), findings: data.findings.map((f) => ({ ...f, acknowledgement: anonymous(f.acknowledgement) })) },
      };
    },

    /**
     * `at` (optional, Beijing time as for 定时发布) checks as if published then, so that the reason
     * for a publication planned after the deadline can be given before it fires.
     */
    async acknowledge(ctx: Ctx) {
      const { fingerprint, reason, at } = (ctx.request.body ?? {}) as { fingerprint?: unknown; reason?: unknown; at?: unknown };
      if (typeof reason !== 'string' || !reason.trim()) throw new errors.ValidationError('请填写说明理由');
      const planned = typeof at === 'string' && at ? parseScheduleTime(at) : undefined;
      if (planned === null) throw new errors.ValidationError('计划发布时间格式不正确，如“2025-04-02 09:30”（北京时间）');
      const row = await load(ctx.params.documentId, 'draft');
      const finding = (await checkRow(strapi, row, planned, true)).findings.find((f) => f.fingerprint === fingerprint);
      if (!finding) throw new errors.ValidationError('该警告已不存在（报告内容可能已修改），请刷新校验结果');
      if (!needsAcknowledgement(finding)) throw new errors.ValidationError('只有警告需要说明理由；错误必须改正');
      await acknowledge(strapi, row, [finding], reason.trim(), actorOf(strapi, '未知用户'));
      ctx.body = { data: await view(await load(ctx.params.documentId, 'draft'), 'draft') };
    },

    async withdraw(ctx: Ctx) {
      const row = await load(ctx.params.documentId, 'draft');
      await withdrawAcknowledgement(strapi, row, String(ctx.query.fingerprint ?? ''));
      ctx.body = { data: await view(await load(ctx.params.documentId, 'draft'), 'draft') };
    },

    /** Checks a posted report body; with `agency` (documentId) it also uses the agency's type and last year's report. */
    /** The deployment's rule configuration (config/checks.ts), so the admin's live checks match the server's. */
    async config(ctx: Ctx) {
      ctx.body = { data: checkConfig(strapi) } satisfies CheckConfigResponse;
    },

    async dryRun(ctx: Ctx) {
      const body = (ctx.request.body ?? {}) as { data?: Record<string, unknown> };
      const posted = body.data ?? body;
      if (typeof posted !== 'object' || posted === null || Array.isArray(posted)) throw new errors.ValidationError('请提交年报内容（data），至少包括年度 year');
      const parsed = parseCheckableInput(posted);
      if (!parsed.ok) throw validationError('年报内容格式有误，无法校验', parsed.issues);
      const data = parsed.value;
      const agency =
        typeof data.agency === 'string'
          ? await strapi.db.query(AGENCY_UID).findOne({ where: { documentId: data.agency } })
          : null;
      const report: CheckableReport = {
        ...data,
        formatVersion: formatVersionOf(data),
        agencyType: data.agencyType ?? agency?.type ?? null,
        agencyName: data.agencyName ?? agency?.name ?? null,
      };
      const previous = agency
        ? await findPreviousReport(strapi, { year: data.year, agency })
        : null;
      const result = runChecks(report, { previous, config: checkConfig(strapi) });
      ctx.body = { data: findingsView(result, []) };
    },
  };
};
