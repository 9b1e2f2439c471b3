/**
 * The standard view in every format. Public routes serve published versions only; the admin
 * preview serves the saved draft. ETags come from a cheap stamp, so a revalidation never renders.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORMATS, FORMAT_NAMES, contentDisposition } from '../../../../export/formats';
import { findPublishedByAgencyYear, loadView, viewStamp } from '../../../../views/view-source';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  status: number;
  body: unknown;
  set: (name: string, value: string) => void;
}

function formatOf(ext: string) {
  const format = FORMATS[ext?.toLowerCase()];
  if (!format) throw new errors.NotFoundError(`不支持的格式“.${ext}”，可用：${FORMAT_NAMES.join('、')}`);
  return format;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function serve(ctx: Ctx, documentId: string, ext: string, status: 'draft' | 'published') {
    const format = formatOf(ext);
    const stamp = await viewStamp(strapi, documentId, status);
    if (!stamp) throw new errors.NotFoundError(status === 'published' ? '该年报不存在或尚未发布' : '找不到该年报');
    const etag = `"${stamp}-${ext.toLowerCase()}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', status === 'published' ? 'public, max-age=300, must-revalidate' : 'private, no-store');
    if (status === 'published' && ctx.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      ctx.status = 304;
      return;
    }
    const view = (await loadView(strapi, documentId, status))!;
    ctx.set('Content-Type', format.type);
    ctx.set('Content-Disposition', contentDisposition(format.inline, view.title, documentId, ext.toLowerCase()));
    ctx.body = await format.render(view);
  }

  return {
    async report(ctx: Ctx) {
      await serve(ctx, ctx.params.documentId, ctx.params.ext, 'published');
    },

    async byAgencyYear(ctx: Ctx) {
      const year = Number(ctx.params.year);
      const documentId = Number.isInteger(year) ? await findPublishedByAgencyYear(strapi, decodeURIComponent(ctx.params.agency), year) : null;
      if (!documentId) throw new errors.NotFoundError(`没有找到“${ctx.params.agency}”${ctx.params.year}年已发布的年报`);
      await serve(ctx, documentId, ctx.params.ext, 'published');
    },

    async preview(ctx: Ctx) {
      const status = ctx.query.status === 'published' ? 'published' : 'draft';
      await serve(ctx, ctx.params.documentId, ctx.params.ext ?? 'html', status);
    },

    /** For the plugin page: every report with its agency, year, state and check result. */
    async list(ctx: Ctx) {
      const rows: { documentId: string; title: string; year: number; publishedAt: string | null; updatedAt: string; checkStatus: string | null; checkSummary: string | null; agency: { name: string } | null }[] =
        await strapi.db.query('api::annual-report.annual-report').findMany({
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
        data: [...byDocument.values()].map((e) => ({
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
