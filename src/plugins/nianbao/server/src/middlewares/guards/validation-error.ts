import { errors } from '@strapi/utils';

export interface PathIssue {
  path: string[];
  message: string;
}

/**
 * A 400 whose message already says what is wrong and where, and whose details carry the paths the
 * admin maps onto form fields (STRAPI-NOTES §1.2).
 */
export function validationError(summary: string, issues: PathIssue[]): errors.ValidationError {
  const first = issues[0]?.message ?? '';
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处）` : '';
  return new errors.ValidationError(`${summary}：${first}${more}`, {
    errors: issues.map((i) => ({ path: i.path, message: i.message, name: 'ValidationError' })),
  });
}
