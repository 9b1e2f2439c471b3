/**
 * `annualReportView(documentId)`: the published report as typed tables (keys, labels, values)
 * plus the HTML, so portal developers get types instead of a JSON scalar; and `nianbaoStatistics`,
 * the open statistics' rows (the same columns as /api/nianbao/statistics/:year.csv), filtered and paged.
 */
import type { Core } from '@strapi/strapi';
import { AGENCY_TYPES, STATISTICS_COLUMNS, renderHtml, numericValue, type AgencyType, type ReportView, type StatisticsRow, type ViewCell } from '#format';
import { errors } from '@strapi/utils';
import { nianbao } from './services';
import { loadView } from './services/views/view-source';

export function registerViewGraphql(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(({ nexus }: { nexus: any }) => ({
    types: [
      nexus.objectType({
        name: 'AnnualReportViewCell',
        definition(t: any) {
          t.nonNull.string('column');
          t.nonNull.string('label');
          t.nonNull.string('display', { description: '显示文字：空白为空串，不适用为“/”' });
          t.float('number', { description: '数值；空白或“/”时为 null', resolve: (c: ViewCell) => numericValue(c.value) });
        },
      }),
      nexus.objectType({
        name: 'AnnualReportViewRow',
        definition(t: any) {
          t.nonNull.string('key');
          t.nonNull.string('label');
          t.nonNull.list.nonNull.string('groups');
          t.nonNull.list.nonNull.field('cells', { type: 'AnnualReportViewCell' });
        },
      }),
      nexus.objectType({
        name: 'AnnualReportViewTable',
        definition(t: any) {
          t.nonNull.string('key');
          t.nonNull.string('name');
          t.nonNull.string('caption');
          t.nonNull.list.nonNull.field('rows', { type: 'AnnualReportViewRow' });
        },
      }),
      nexus.objectType({
        name: 'AnnualReportView',
        definition(t: any) {
          t.nonNull.id('documentId');
          t.nonNull.string('title');
          t.nonNull.string('agencyName');
          t.nonNull.int('year');
          t.nonNull.string('formatVersion');
          t.nonNull.string('period');
          t.string('publishedAt');
          t.string('issuedOn', { description: '首次发布日期（更正后再次发布不变）' });
          t.nonNull.list.nonNull.field('tables', { type: 'AnnualReportViewTable' });
          t.nonNull.string('html', { resolve: (view: ReportView) => renderHtml(view) });
        },
      }),
      nexus.objectType({
        name: 'NianbaoStatisticsRow',
        description: '公开统计数据的一行：一份已发布年报的一个单元格',
        definition(t: any) {
          for (const c of STATISTICS_COLUMNS) {
            if (c.key === 'year') t.nonNull.int('year', { description: c.label });
            else if (c.key === 'value') {
              t.string('value', { description: '值的文字：空白为 null，不适用为“/”，金额为原文', resolve: (r: StatisticsRow) => (r.value === null ? null : String(r.value)) });
              t.float('number', { description: '数值；空白、“/”或金额文字时为 null', resolve: (r: StatisticsRow) => (typeof r.value === 'number' ? r.value : null) });
            } else if (['agency', 'table', 'rowKey', 'rowLabel', 'columnKey', 'columnLabel', 'report'].includes(c.key)) t.nonNull.string(c.key, { description: c.label });
            else t.string(c.key, { description: c.label });
          }
        },
      }),
      nexus.enumType({ name: 'NianbaoAgencyType', members: [...AGENCY_TYPES] }),
      nexus.extendType({
        type: 'Query',
        definition(t: any) {
          t.nonNull.list.nonNull.field('nianbaoStatistics', {
            type: 'NianbaoStatisticsRow',
            description: '某年度全部已发布年报的统计表单元格（长表），可按机关、地区、机关类型筛选，分页',
            args: {
              year: nexus.nonNull(nexus.intArg()),
              agency: nexus.stringArg({ description: '机关名称、统一社会信用代码或 documentId' }),
              region: nexus.stringArg(),
              agencyType: nexus.arg({ type: 'NianbaoAgencyType' }),
              start: nexus.intArg({ default: 0 }),
              limit: nexus.intArg({ default: STATISTICS_PAGE, description: `每页行数，最多 ${STATISTICS_PAGE_MAX}` }),
            },
            resolve: (_: unknown, args: { year: number; agency?: string | null; region?: string | null; agencyType?: AgencyType | null; start: number; limit: number }) =>
              statisticsPage(strapi, args),
          });
          t.field('annualReportView', {
            type: 'AnnualReportView',
            description: '已发布年报的标准视图（表格按键、标签、数值给出）',
            args: { documentId: nexus.nonNull(nexus.idArg()) },
            resolve: (_: unknown, args: { documentId: string }) => loadView(strapi, args.documentId, 'published'),
          });
        },
      }),
    ],
    resolversConfig: { 'Query.annualReportView': { auth: false }, 'Query.nianbaoStatistics': { auth: false } },
  }));
}

const STATISTICS_PAGE = 1000;
const STATISTICS_PAGE_MAX = 10_000;

/** Rows `start` to `start + limit` of the year's statistics, reading no further batch than needed. */
async function statisticsPage(
  strapi: Core.Strapi,
  { year, agency, region, agencyType, start, limit }: { year: number; agency?: string | null; region?: string | null; agencyType?: AgencyType | null; start: number; limit: number },
): Promise<StatisticsRow[]> {
  if (!Number.isInteger(start) || start < 0) throw new errors.ValidationError('start 应为非负整数');
  if (!Number.isInteger(limit) || limit < 1 || limit > STATISTICS_PAGE_MAX) throw new errors.ValidationError(`limit 应为 1 到 ${STATISTICS_PAGE_MAX} 之间的整数`);
  const page: StatisticsRow[] = [];
  let seen = 0;
  for await (const rows of nianbao(strapi, 'statistics').batches({ year, agency: agency ?? undefined, region: region ?? undefined, agencyType: agencyType ?? undefined })) {
    for (const row of rows) {
      if (seen++ >= start) page.push(row);
      if (page.length === limit) return page;
    }
  }
  return page;
}
