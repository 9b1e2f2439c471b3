/**
 * Strapi's own validation and HTTP messages reach editors and portal developers in English
 * ("Invalid key fooBar", "This attribute must be unique"). This outermost middleware gives every
 * JSON error (REST, and GraphQL's `errors`) in Chinese; the English original stays in
 * `details.original` for whoever searches Strapi's issues with it.
 */
type Rule = [RegExp, (...groups: string[]) => string];

const TYPES: Record<string, string> = { integer: '整数', number: '数字', string: '文本', boolean: '布尔值', date: '日期', object: '对象', array: '数组' };

const RULES: Rule[] = [
  [/^Invalid key (.+)$/, (k) => `无效的参数或字段：${k}`],
  [/^Invalid (?:parameter|param) (.+)$/, (k) => `无效的参数：${k}`],
  [/^This attribute must be unique$/, () => '该值已被使用，必须唯一'],
  [/^(\S+) must be unique$/, (f) => `${f}：该值已被使用，必须唯一`],
  [/^(\S+) must be a `(\w+)` type.*$/s, (f, t) => `${f}：应为${TYPES[t] ?? t}`],
  [/^(\S+) must be at most (\d+) characters$/, (f, n) => `${f}：最多${n}个字符`],
  [/^(\S+) must be at least (\d+) characters$/, (f, n) => `${f}：至少${n}个字符`],
  [/^(\S+) must be less than or equal to (\S+)$/, (f, n) => `${f}：不能大于${n}`],
  [/^(\S+) must be greater than or equal to (\S+)$/, (f, n) => `${f}：不能小于${n}`],
  [/^(\S+) must be one of the following values: (.+)$/, (f, v) => `${f}：应为以下值之一：${v}`],
  [/^(\S+) must be defined\.?$/, (f) => `${f}：必填`],
  [/^(\S+) is a required field$/, (f) => `${f}：必填`],
  [/^(\S+) must be a valid (\w+)$/, (f, t) => `${f}：应为有效的${TYPES[t] ?? t}`],
  [/^(\d+) relation\(s\) of type (\S+) associated with this entity do not exist$/, (n, t) => `有${n}个关联的 ${t} 不存在`],
  [/^Invalid relations?$/, () => '关联无效（关联的内容不存在或不可用）'],
  [/^request entity too large$/i, () => '请求内容过大'],
  [/^Internal Server Error$/, () => '服务器内部错误，请稍后再试；若一再出现请联系管理员'],
  [/^Not Found$/, () => '未找到'],
  [/^Forbidden( access)?$/, () => '没有权限进行此操作'],
  [/^Unauthorized$/, () => '未登录或登录已过期'],
  [/^Missing or invalid credentials$/, () => '未登录或凭据无效'],
  [/^Method Not Allowed$/, () => '不支持该请求方法'],
  [/^Bad Request$/, () => '请求有误'],
  [/^Too many requests, please try again later\.?$/, () => '请求过于频繁，请稍后再试'],
  [/^Policy Failed$/, () => '没有权限进行此操作'],
  [/^(\d+) errors? occurred$/, (n) => `有${n}处错误`],
];

export function chineseMessage(message: string): string | null {
  if (/[\u4e00-\u9fff]/.test(message)) return null;
  for (const [pattern, say] of RULES) {
    const m = message.match(pattern);
    if (m) return say(...m.slice(1));
  }
  return null;
}

interface ErrorBody {
  message?: unknown;
  details?: { errors?: { message?: unknown }[]; original?: string } & Record<string, unknown>;
  extensions?: { error?: ErrorBody };
}

function translate(error: ErrorBody | undefined): void {
  if (!error || typeof error !== 'object') return;
  if (typeof error.message === 'string') {
    const chinese = chineseMessage(error.message);
    if (chinese) {
      if (error.details && typeof error.details === 'object') error.details.original = error.message;
      error.message = chinese;
    }
  }
  for (const detail of error.details?.errors ?? []) {
    if (typeof detail?.message === 'string') detail.message = chineseMessage(detail.message) ?? detail.message;
  }
  translate(error.extensions?.error);
}

export default () => async (ctx: { body: unknown; status: number }, next: () => Promise<void>) => {
  await next();
  const body = ctx.body as { error?: ErrorBody; errors?: ErrorBody[] } | null;
  if (!body || typeof body !== 'object' || Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function') return;
  if (ctx.status >= 400) translate(body.error);
  if (Array.isArray(body.errors)) body.errors.forEach(translate);
};
