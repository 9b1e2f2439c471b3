/** The review workflow, the publication record and the deadline dashboard. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findReportRow } from '../services/checks/stored-report';
import { applyTransition, capabilitiesOf, historyOf, stageOf } from '../services/workflow/review';
import { holds } from '../bootstrap/plugin-permissions';
import { readableWhere } from '../services/scope/admin-scope';
import { STAGE_LABELS, type WorkflowAction } from '../../../shared/transitions';
import type { WorkflowStatus } from '../../../shared/contracts/workflow';
import { publicationsOf } from '../services/workflow/publications';
import { dashboard, dashboardCsv } from '../services/workflow/dashboard';
import { answerUnpublished, publicState, PUBLIC_CACHE } from '../services/workflow/public-state';
import { documentRoute, routeParams, versionRoute } from '../validation/params';
import { AGENCY_UID, AUDIT_UID } from '../../../shared/constants';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  state: { userAbility?: { can(action: string): boolean } };
  headers: Record<string, string | undefined>;
  status: number;
  body: unknown;
  set: (name: string, value: string) => void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function status(documentId: string) {
    const draft = await findReportRow(strapi, documentId, 'draft');
    if (!draft) throw new errors.NotFoundError('找不到该年报');
    const stage = stageOf(draft);
    const audit = await strapi.db.query(AUDIT_UID).findMany({ where: { reportDocumentId: documentId }, orderBy: { at: 'desc' }, limit: 100 });
    const publications = (await publicationsOf(strapi, documentId)).map(({ html, data, ...p }) => p);
    return { documentId, stage, stageLabel: STAGE_LABELS[stage], history: historyOf(draft), publications, audit } satisfies WorkflowStatus;
  }

  return {
    async status(ctx: Ctx) {
      ctx.body = { data: await status(ctx.params.documentId) };
    },

    async transition(ctx: Ctx) {
      const { action, comment } = (ctx.request.body ?? {}) as { action?: WorkflowAction; comment?: string };
      await applyTransition(strapi, ctx.params.documentId, action as WorkflowAction, { capabilities: capabilitiesOf(holds(ctx, 'review')), comment });
      ctx.body = { data: await status(ctx.params.documentId) };
    },

    /** Public: the versions of a published report, with their dates and 更正说明. */
    async versions(ctx: Ctx) {
      const { documentId } = routeParams(documentRoute, ctx.params);
      if (answerUnpublished(ctx, await publicState(strapi, documentId), '该年报不存在或尚未发布')) return;
      const list = await publicationsOf(strapi, documentId);
      ctx.set('Cache-Control', PUBLIC_CACHE);
      ctx.body = { data: list.map(({ version, publicationTime, title, correctionNote, sha256 }) => ({ version, publishedAt: publicationTime, title, correctionNote, sha256 })) };
    },

    /** Public: one version exactly as it was published (.html or .json), while the report is public. */
    async version(ctx: Ctx) {
      const { documentId, version, ext } = routeParams(versionRoute, ctx.params);
      if (answerUnpublished(ctx, await publicState(strapi, documentId), '该年报不存在或尚未发布')) return;
      const found = (await publicationsOf(strapi, documentId)).find((p) => p.version === version);
      if (!found) throw new errors.NotFoundError('没有这个版本');
      const etag = `"${found.sha256}"`;
      ctx.set('Cache-Control', PUBLIC_CACHE);
      ctx.set('ETag', etag);
      if (ctx.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
        ctx.status = 304;
        return;
      }
      if (ext === 'json') {
        ctx.set('Content-Type', 'application/json; charset=utf-8');
        ctx.body = { version: found.version, publishedAt: found.publicationTime, correctionNote: found.correctionNote, sha256: found.sha256, data: found.data };
      } else {
        ctx.set('Content-Type', 'text/html; charset=utf-8');
        ctx.body = found.html;
      }
    },

    async dashboard(ctx: Ctx) {
      const year = Number(ctx.query.year ?? new Date().getFullYear() - 1);
      if (!Number.isInteger(year)) throw new errors.ValidationError('年度应为整数');
      // Only the agencies the administrator may read: their own and those below, or all.
      const agencies = readableWhere(strapi, ctx, AGENCY_UID);
      const rows = agencies === false ? [] : await dashboard(strapi, year, new Date(), agencies);
      if (ctx.query.format === 'csv') {
        ctx.set('Content-Type', 'text/csv; charset=utf-8');
        ctx.set('Content-Disposition', `attachment; filename="deadlines-${year}.csv"; filename*=UTF-8''${encodeURIComponent(`${year}年度年报发布情况.csv`)}`);
        ctx.body = dashboardCsv(rows, year);
        return;
      }
      ctx.body = { data: rows };
    },
  };
};
