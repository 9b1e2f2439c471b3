/** 统一社会信用代码 is checked on every agency write; an empty one is stored as absent. */
import type { Core } from '@strapi/strapi';
import { creditCodeProblem } from '../format';
import { validationError } from './validation-error';

const AGENCY_UID = 'api::agency.agency';

export function registerAgencyWriteGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== AGENCY_UID || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const data = (ctx.params as { data?: Record<string, unknown> }).data;
    if (data && 'creditCode' in data) {
      const code = typeof data.creditCode === 'string' ? data.creditCode.trim().toUpperCase() : data.creditCode;
      if (code === '' || code == null) {
        data.creditCode = null;
      } else {
        const problem = typeof code === 'string' ? creditCodeProblem(code) : '应为文本';
        if (problem) {
          throw validationError('机关信息有误，未保存', [{ path: ['creditCode'], message: `统一社会信用代码：${problem}` }]);
        }
        data.creditCode = code;
      }
    }
    return next();
  });
}
