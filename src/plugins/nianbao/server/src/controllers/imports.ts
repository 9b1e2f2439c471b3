/** Import of a published report (file or pasted text): the draft, the notes and the findings. */
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { importReport } from '../services/import/import-report';
import { UnreadableSource } from '#format/import';

interface UploadedFile {
  filepath?: string;
  path?: string;
  originalFilename?: string;
  name?: string;
}

interface Ctx {
  request: { body?: Record<string, unknown>; files?: Record<string, UploadedFile | UploadedFile[]> };
  body: unknown;
}

const MAX_BYTES = 20 * 1024 * 1024;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: Ctx) {
    const body = ctx.request.body ?? {};
    const upload = ctx.request.files?.file;
    const file = Array.isArray(upload) ? upload[0] : upload;
    let name = typeof body.name === 'string' && body.name ? body.name : 'pasted.txt';
    let content: Buffer;
    if (file) {
      content = fs.readFileSync((file.filepath ?? file.path)!);
      name = file.originalFilename ?? file.name ?? name;
    } else if (typeof body.base64 === 'string') {
      content = Buffer.from(body.base64, 'base64');
    } else if (typeof body.text === 'string' && body.text.trim()) {
      content = Buffer.from(body.text, 'utf8');
    } else {
      throw new errors.ValidationError('请上传文件（file）或提交文本（text）');
    }
    if (content.length > MAX_BYTES) throw new errors.ValidationError('文件超过 20 MB');
    const year = body.year === undefined || body.year === '' ? undefined : Number(body.year);
    if (year !== undefined && !Number.isInteger(year)) throw new errors.ValidationError('年度应为整数');
    const dryRun = body.dryRun === true || body.dryRun === 'true';
    const outcome = await importReport(strapi, {
      name,
      content,
      agency: typeof body.agency === 'string' && body.agency ? body.agency : undefined,
      year,
      dryRun,
    }).catch((error: unknown) => {
      throw error instanceof UnreadableSource ? new errors.ValidationError(error.message) : error;
    });
    if (outcome.action === 'failed') throw new errors.ValidationError(`导入失败：${outcome.error}`, { notes: outcome.notes });
    ctx.body = { data: outcome };
  },
});
