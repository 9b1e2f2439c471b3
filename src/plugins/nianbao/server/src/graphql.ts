/**
 * `annualReportView(documentId)`: the published report as typed tables (keys, labels, values)
 * plus the HTML, so portal developers get types instead of a JSON scalar.
 */
import type { Core } from '@strapi/strapi';
import { renderHtml, numericValue, type ReportView, type ViewCell } from '#format';
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
      nexus.extendType({
        type: 'Query',
        definition(t: any) {
          t.field('annualReportView', {
            type: 'AnnualReportView',
            description: '已发布年报的标准视图（表格按键、标签、数值给出）',
            args: { documentId: nexus.nonNull(nexus.idArg()) },
            resolve: (_: unknown, args: { documentId: string }) => loadView(strapi, args.documentId, 'published'),
          });
        },
      }),
    ],
    resolversConfig: { 'Query.annualReportView': { auth: false } },
  }));
}
