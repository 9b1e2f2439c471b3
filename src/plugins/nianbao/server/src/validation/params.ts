/**
 * Route parameters read at the edge with zod: anything that is not a well-formed documentId,
 * format, version or year is a 404 (there is no such page) before any lookup runs — prototype
 * keys such as `.constructor` included, since only the listed formats are known.
 */
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { FORMAT_NAMES } from '../services/export/formats';
import type { ViewFormat } from '../../../shared/contracts/formats';
import { YEAR_RANGE } from '#format';

export const documentId = z.string().regex(/^[A-Za-z0-9]{1,64}$/);
const ext = z.string().transform((s) => s.toLowerCase()).pipe(z.enum(FORMAT_NAMES as [ViewFormat, ...ViewFormat[]]));

export const reportRoute = z.object({ documentId, ext });
export const versionRoute = z.object({ documentId, version: z.coerce.number().int().min(1).max(1_000_000), ext: z.enum(['html', 'json']) });
export const agencyYearRoute = z.object({ agency: z.string().min(1).max(200), year: z.coerce.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max), ext });
export const documentRoute = z.object({ documentId });

/** The route's parameters, or the 404 a person would expect for a page that does not exist. */
export function routeParams<T extends z.ZodTypeAny>(schema: T, params: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.path[0] === 'ext') throw new errors.NotFoundError(`不支持的格式“.${params.ext ?? ''}”，可用：${FORMAT_NAMES.join('、')}`);
  throw new errors.NotFoundError('没有这个页面（地址中的参数无效）');
}
