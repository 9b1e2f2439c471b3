/** Import of a published report (file or pasted text): the draft, the notes and the findings. */
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UnreadableSource } from '#format/import';
import { nianbao } from '../services';
import { agencyInScope } from '../services/scope/admin-scope';
import { MAX_IMPORT_BYTES, importForm } from '../validation/import-request';
import type { ImportRequestBody, ImportResponse } from '../../../shared/contracts/imports';

interface UploadedFile {
  filepath?: string;
  path?: string;
  originalFilename?: string;
  name?: string;
}

interface Ctx {
  request: { body?: ImportRequestBody; files?: Record<string, UploadedFile | UploadedFile[]> };
  state: { userAbility?: unknown; auth?: { strategy?: { name?: string } } };
  body: ImportResponse;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: Ctx) {
    const form = importForm(ctx.request.body);
    const upload = ctx.request.files?.file;
    const file = Array.isArray(upload) ? upload[0] : upload;
    const content = file ? fs.readFileSync((file.filepath ?? file.path)!) : form.content;
    const name = file ? (file.originalFilename ?? file.name ?? form.name) : form.name;
    if (!content) throw new errors.ValidationError('请上传文件（file）或提交文本（text）');
    if (content.length > MAX_IMPORT_BYTES) throw new errors.ValidationError('文件超过 20 MB');
    const outcome = await nianbao(strapi, 'imports')
      // From the admin, only into the administrator's own agencies; an API token imports for all.
      .importReport({ name, content, agency: form.agency, year: form.year, dryRun: form.dryRun }, ctx.state.auth?.strategy?.name === 'admin' ? (id) => agencyInScope(strapi, ctx, id) : undefined)
      .catch((error: unknown) => {
        throw error instanceof UnreadableSource ? new errors.ValidationError(error.message) : error;
      });
    if (outcome.action === 'failed') throw new errors.ValidationError(`导入失败：${outcome.error}`, { notes: outcome.notes });
    ctx.body = { data: outcome };
  },
});
