/**
 * The body a dry run checks, read at the edge: what the rules read as text must be text, what
 * they read as numbers must be numbers, so that no posted shape can make a rule throw. The tables
 * stay as posted — R16 reports whatever is wrong with them, cell by cell.
 */
import { z } from 'zod';
import { AGENCY_TYPE_LABELS, FORMAT_VERSIONS, OTHER_MATTERS_FIELDS, OVERVIEW_BLOCKS, sectionTitle, type AgencyType, type FormatVersion } from './definition';
import { YEAR_RANGE } from './report-input';
import type { CheckableReport } from './rules/types';
import type { TableIssue } from './schema';

const text = z.string().nullish();
const amount = z.union([z.number().finite().min(0), z.string().regex(/^\d+(\.\d+)?$/)]).nullish();
const OTHER_MATTERS_NUMBERS = new Set(['feeNoticesIssuedCount', 'feeNoticesIssuedAmountYuan', 'feeCollectedAmountYuan']);

const overview = z
  .object(Object.fromEntries([['intro', text], ...OVERVIEW_BLOCKS.map((b) => [b.key, text])]))
  .passthrough()
  .nullish();
const otherMatters = z
  .object(Object.fromEntries(Object.keys(OTHER_MATTERS_FIELDS).map((k) => [k, OTHER_MATTERS_NUMBERS.has(k) ? amount : text])))
  .passthrough()
  .nullish();

const checkable = z
  .object({
    year: z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max),
    formatVersion: z.enum(FORMAT_VERSIONS as unknown as [FormatVersion, ...FormatVersion[]]).nullish(),
    agency: z.string().max(64).nullish(),
    agencyName: text,
    agencyType: z.enum(Object.keys(AGENCY_TYPE_LABELS) as [AgencyType, ...AgencyType[]]).nullish(),
    title: text,
    periodStart: text,
    periodEnd: text,
    publishedAt: z.string().datetime({ offset: true }).nullish(),
    issuedOn: z.string().date().nullish(),
    imported: z.boolean().nullish(),
    publicationUrl: text,
    preamble: text,
    problems: text,
    overview,
    otherMatters,
    proactive: z.unknown(),
    requests: z.unknown(),
    reviewLitigation: z.unknown(),
  })
  .passthrough();

const FIELD_NAMES: Record<string, string> = {
  year: '年度',
  formatVersion: '格式版本',
  agency: '机关（documentId）',
  agencyName: '机关名称',
  agencyType: '机关类型',
  publishedAt: '发布时间',
  issuedOn: '首次发布日期',
  imported: '导入的报告',
  preamble: '引言',
  problems: sectionTitle('problems'),
  overview: sectionTitle('overview'),
  otherMatters: sectionTitle('otherMatters'),
};

export type CheckableInput = CheckableReport & { year: number; agency?: string | null };
export type CheckableInputResult = { ok: true; value: CheckableInput } | { ok: false; issues: TableIssue[] };

export function parseCheckableInput(input: unknown): CheckableInputResult {
  const parsed = checkable.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data as CheckableInput };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const field = FIELD_NAMES[path[0]] ?? path[0];
      const sub = path[1] ? ` ${(OTHER_MATTERS_FIELDS as Record<string, string>)[path[1]] ?? OVERVIEW_BLOCKS.find((b) => b.key === path[1])?.label ?? path[1]}` : '';
      const why = path[0] === 'year' ? `应为${YEAR_RANGE.min}—${YEAR_RANGE.max}之间的整数年份` : issue.code === 'invalid_type' ? `应为${issue.expected === 'string' ? '文本' : issue.expected === 'number' ? '数字' : '对象'}` : '取值无效';
      return { path, message: `${field}${sub}：${why}` };
    }),
  };
}
