/**
 * Route parameters read at the edge with zod: anything that is not a well-formed documentId,
 * format, version or year is a 404 (there is no such page) before any lookup runs — prototype
 * keys such as `.constructor` included, since only the listed formats are known.
 */
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { FORMAT_NAMES } from '../services/export/formats';
import type { ViewFormat } from '../../../shared/contracts/formats';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, YEAR_RANGE } from '#format';
import { ROLLUP_FORMATS } from '../services/rollups/rollup-files';
import { STATISTICS_FORMATS } from '../services/statistics/statistics-files';

export const documentId = z.string().regex(/^[A-Za-z0-9]{1,64}$/);
const extOf = <T extends string>(names: readonly T[]) => z.string().transform((s) => s.toLowerCase()).pipe(z.enum(names as [T, ...T[]]));
const ext = extOf(FORMAT_NAMES as ViewFormat[]);
const year = z.coerce.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
const agency = z.string().min(1).max(200);

export const reportRoute = z.object({ documentId, ext });
export const versionRoute = z.object({ documentId, version: z.coerce.number().int().min(1).max(1_000_000), ext: z.enum(['html', 'json']) });
export const agencyYearRoute = z.object({ agency, year, ext });
export const documentRoute = z.object({ documentId });
export const rollupRoute = z.object({ agency, year, ext: extOf(ROLLUP_FORMATS) });
export const adminRollupRoute = z.object({ agency, year });
export const statisticsRoute = z.object({ year, ext: extOf(STATISTICS_FORMATS) });

/** The statistics' filters (query string): each optional, an unknown value a 400 naming the parameter. */
export const statisticsFilters = z.object({
  agency: z.string({ message: '参数 agency 应为机关名称、统一社会信用代码或 documentId' }).min(1).max(200).optional(),
  region: z.string({ message: '参数 region 应为地区名称' }).min(1).max(100).optional(),
  agencyType: z.enum(AGENCY_TYPES, { message: `参数 agencyType 应为以下之一：${AGENCY_TYPES.map((t) => `${t}（${AGENCY_TYPE_LABELS[t]}）`).join('、')}` }).optional(),
});

/** The query's filters, or a 400 in Chinese naming the parameter. */
export function queryFilters<T extends z.ZodTypeAny>(schema: T, query: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new errors.ValidationError(issue.code === 'too_small' || issue.code === 'too_big' ? `参数 ${String(issue.path[0])} 的长度不对` : issue.message);
}

/** The route's parameters, or the 404 a person would expect for a page that does not exist. */
export function routeParams<T extends z.ZodTypeAny>(schema: T, params: Record<string, string>, formats: readonly string[] = FORMAT_NAMES): z.infer<T> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.path[0] === 'ext') throw new errors.NotFoundError(`不支持的格式“.${params.ext ?? ''}”，可用：${formats.join('、')}`);
  throw new errors.NotFoundError('没有这个页面（地址中的参数无效）');
}
