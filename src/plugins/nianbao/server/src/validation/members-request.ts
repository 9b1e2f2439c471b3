/** 机关与人员: `PUT /nianbao/users/:id/agencies` takes `{ "agencies": [documentId, …] }`. */
import { z } from 'zod';
import { errors } from '@strapi/utils';
import { documentId } from './params';

export const userRoute = z.object({ id: z.coerce.number().int().positive() });

const body = z.object({ agencies: z.array(documentId).max(500) }).strict();

export function membersBody(input: unknown): string[] {
  const parsed = body.safeParse(input);
  if (parsed.success) return parsed.data.agencies;
  throw new errors.ValidationError('请求应为 { "agencies": [机关的 documentId, …] }', {
    errors: parsed.error.issues.map((i) => ({ path: i.path, message: i.path[0] === 'agencies' ? `agencies：第${Number(i.path[1] ?? 0) + 1}项不是有效的 documentId` : `不认识的字段：${i.path.join('.') || i.message}` })),
  });
}
