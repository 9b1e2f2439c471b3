/** The import form read at the edge: where the source is, and the agency and year when given. */
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { YEAR_RANGE } from '#format';
import type { ImportRequestBody } from '../../../shared/contracts/imports';

/** Larger than any annual report, Word files with images included. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

const body = z.object({
  name: z.preprocess(blankToUndefined, z.string({ invalid_type_error: '文件名（name）应为文本' }).max(255, '文件名过长').optional()),
  base64: z.string({ invalid_type_error: '文件内容（base64）应为文本' }).optional(),
  text: z.string({ invalid_type_error: '年报全文（text）应为文本' }).optional(),
  agency: z.preprocess(blankToUndefined, z.string({ invalid_type_error: '机关名称应为文本' }).max(200, '机关名称过长').optional()),
  year: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ invalid_type_error: '年度应为整数' })
      .int('年度应为整数')
      .min(YEAR_RANGE.min, `年度应在${YEAR_RANGE.min}—${YEAR_RANGE.max}年之间`)
      .max(YEAR_RANGE.max, `年度应在${YEAR_RANGE.min}—${YEAR_RANGE.max}年之间`)
      .optional(),
  ),
  // A multipart form sends its fields as text.
  dryRun: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean({ invalid_type_error: 'dryRun 应为 true 或 false' }).optional()),
});

export interface ImportForm {
  name: string;
  /** The pasted text or the base64 upload, as bytes; null when the form carries no source. */
  content: Buffer | null;
  agency?: string;
  year?: number;
  dryRun: boolean;
}

/** The form's fields, or a 400 in Chinese naming the first wrong one. */
export function importForm(input: ImportRequestBody | undefined): ImportForm {
  const parsed = body.safeParse(input ?? {});
  if (!parsed.success) throw new errors.ValidationError(parsed.error.issues[0].message);
  const { name, base64, text, agency, year, dryRun } = parsed.data;
  const content = base64 !== undefined ? Buffer.from(base64, 'base64') : text?.trim() ? Buffer.from(text, 'utf8') : null;
  return { name: name ?? 'pasted.txt', content, agency, year, dryRun: dryRun ?? false };
}
