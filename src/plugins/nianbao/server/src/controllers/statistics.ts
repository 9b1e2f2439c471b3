/** The open statistics of a year, streamed: every published report's cells in long format. */
import type { Core } from '@strapi/strapi';
import { nianbao } from '../services';
import { STATISTICS_FORMATS, statisticsStream } from '../services/statistics/statistics-files';
import { contentDisposition } from '../services/export/formats';
import { PUBLIC_CACHE } from '../services/workflow/public-state';
import { queryFilters, routeParams, statisticsFilters, statisticsRoute } from '../validation/params';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  set: (name: string, value: string) => void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const statistics = nianbao(strapi, 'statistics');
  return {
    async year(ctx: Ctx) {
      const { year, ext } = routeParams(statisticsRoute, ctx.params, STATISTICS_FORMATS);
      const filters = queryFilters(statisticsFilters, ctx.query);
      const { body, type } = statisticsStream(statistics.batches({ year, ...filters }), ext, year);
      ctx.set('Content-Type', type);
      ctx.set('Cache-Control', PUBLIC_CACHE);
      ctx.set('Content-Disposition', contentDisposition(ext === 'json', `${year}年政府信息公开工作年度报告统计数据`, `statistics-${year}`, ext));
      ctx.body = body;
    },
  };
};
