/**
 * The standard view in every format. Public routes serve published versions only; the admin
 * preview serves the saved draft. ETags come from a cheap stamp, so a revalidation never renders.
 */
import type { ViewFormat } from '../../../shared/contracts/formats';
import type { ReportListRow } from '../../../shared/contracts/workflow';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORMATS, contentDisposition } from '../services/export/formats';
import { findReportByAgencyYear, loadView, viewStamp } from '../services/views/view-source';
import { answerUnpublished, publicState, PUBLIC_CACHE } from '../services/workflow/public-state';
import { agencyYearRoute, reportRoute, routeParams } from '../validation/params';
import { REPORT_UID } from '../../../shared/constants';
import { nianbao } from '../services';
import { readableWhere } from '../services/scope/admin-scope';
import type { Rendered } from '../services/views/rendered';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  status: number;
  body: unknown;
  set: (name: string, value: string) => void;
  state: { userAbility?: unknown };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const views = nianbao(strapi, 'views');

  async function render(documentId: string, ext: ViewFormat, status: 'draft' | 'published'): Promise<Rendered> {
    const view = (await loadView(strapi, documentId, status))!;
    const body = await FORMATS[ext].render(view);
    return { body: typeof body === 'string' ? Buffer.from(body) : body, title: view.title };
  }

  /**
   * A published version is rendered once per format and its stamp kept in memory, so a hit or a
   * revalidation reads nothing from the database; a draft is private, read and rendered afresh.
   */
  async function serve(ctx: Ctx, documentId: string, ext: ViewFormat, status: 'draft' | 'published', absent = '该年报不存在或尚未发布') {
    const format = FORMATS[ext];
    const stamp = status === 'published' ? await views.stamps.current(documentId) : await viewStamp(strapi, documentId, status);
    if (!stamp) {
      if (status === 'published' && answerUnpublished(ctx, await publicState(strapi, documentId), absent)) return;
      throw new errors.NotFoundError('找不到该年报');
    }
    const etag = `"${stamp}-${ext}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', status === 'published' ? PUBLIC_CACHE : 'private, no-store');
    if (status === 'published' && ctx.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      ctx.status = 304;
      return;
    }
    const rendered = status === 'published' ? await views.renderings.get(`${stamp}.${ext}`, () => render(documentId, ext, status)) : await render(documentId, ext, status);
    ctx.set('Content-Type', format.type);
    ctx.set('Content-Disposition', contentDisposition(format.inline, rendered.title, documentId, ext));
    ctx.body = rendered.body;
  }

  return {
    async report(ctx: Ctx) {
      const { documentId, ext } = routeParams(reportRoute, ctx.params);
      await serve(ctx, documentId, ext, 'published');
    },

    async byAgencyYear(ctx: Ctx) {
      const { agency, year, ext } = routeParams(agencyYearRoute, ctx.params);
      const absent = `没有找到“${agency}”${year}年已发布的年报`;
      const documentId = await findReportByAgencyYear(strapi, agency, year);
      if (!documentId) throw new errors.NotFoundError(absent);
      await serve(ctx, documentId, ext, 'published', absent);
    },

    async preview(ctx: Ctx) {
      const status = ctx.query.status === 'published' ? 'published' : 'draft';
      const { documentId, ext } = routeParams(reportRoute, { ext: 'html', ...ctx.params });
      await serve(ctx, documentId, ext, status);
    },

    /** For the plugin page: every report the administrator may read, with its agency, year, state and check result. */
    async list(ctx: Ctx) {
      const readable = readableWhere(strapi, ctx, REPORT_UID);
      const rows: { documentId: string; title: string; year: number; publishedAt: string | null; updatedAt: string; checkStatus: string | null; checkSummary: string | null; agency: { name: string } | null }[] =
        readable === false ? [] : await strapi.db.query(REPORT_UID).findMany({
          where: readable,
          select: ['documentId', 'title', 'year', 'publishedAt', 'updatedAt', 'checkStatus', 'checkSummary'],
          populate: { agency: { select: ['name'] } },
          orderBy: [{ year: 'desc' }, { title: 'asc' }],
        });
      const byDocument = new Map<string, { documentId: string; title: string; year: number; agency: string; draft: typeof rows[number] | null; published: typeof rows[number] | null }>();
      for (const row of rows) {
        const entry = byDocument.get(row.documentId) ?? { documentId: row.documentId, title: row.title, year: row.year, agency: row.agency?.name ?? '', draft: null, published: null };
        if (row.publishedAt) entry.published = row;
        else entry.draft = row;
        byDocument.set(row.documentId, entry);
      }
      ctx.body = {
        data: [...byDocument.values()].map((e): ReportListRow => ({
          documentId: e.documentId,
          title: e.title,
          year: e.year,
          agency: e.agency,
          published: !!e.published,
          publishedAt: e.published?.publishedAt ?? null,
          checkSummary: e.draft?.checkSummary ?? e.published?.checkSummary ?? null,
          checkStatus: e.draft?.checkStatus ?? e.published?.checkStatus ?? null,
        })),
      };
    },
  };
};
