/** R16: every stored table fits its schema, cell by cell — the precondition of every table rule. */
import { defineRule } from './types';

export const R16 = defineRule({
  id: 'R16',
  severity: 'E',
  group: 'C',
  title: '各表单元格类型正确（件数为非负整数，金额为万元）',
  // The engine validates each table once (the other rules read only what passed); this reports it.
  check: ({ schemaIssues }) => schemaIssues,
});
