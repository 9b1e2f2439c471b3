/**
 * What a public query may filter, sort and populate, per type: an allow-list, so that a field or
 * relation nobody listed is refused rather than exposed. Two rules hold whatever the list says:
 * no filter or sort reaches through a relation into a draft-and-publish type (its draft rows
 * would take part in the JOIN and answer yes/no questions about draft text), and nothing nests
 * deeper than MAX_DEPTH relations.
 */
import { errors } from '@strapi/utils';
import { MAX_COUNT } from '#format';
import { AGENCY_UID, CATALOG_UID, OPEN_DAY_UID, REPORT_UID } from '../../../../shared/constants';

export interface PublicQueryShape {
  /** Attributes a filter may name; a relation here lets the filter go on into its target's list. */
  filter: readonly string[];
  /** Attributes a sort may name (a relation: its target's sortable attributes, dotted). */
  sort: readonly string[];
  /** Relations, components and media a query may populate. */
  populate: readonly string[];
}

const SYSTEM = ['id', 'documentId', 'publishedAt', 'createdAt', 'updatedAt'] as const;

export const PUBLIC_QUERY: Record<string, PublicQueryShape> = {
  [REPORT_UID]: {
    filter: [...SYSTEM, 'title', 'year', 'formatVersion', 'periodStart', 'periodEnd', 'checkStatus', 'agency'],
    sort: [...SYSTEM, 'title', 'year', 'formatVersion', 'checkStatus', 'agency'],
    populate: ['agency', 'overview', 'otherMatters'],
  },
  [AGENCY_UID]: {
    filter: [...SYSTEM, 'name', 'shortName', 'creditCode', 'type', 'region', 'parent'],
    sort: [...SYSTEM, 'name', 'shortName', 'type', 'region'],
    populate: ['parent', 'children', 'annualReports', 'catalogEntries', 'openDayEvents'],
  },
  [CATALOG_UID]: {
    filter: [...SYSTEM, 'indexNumber', 'name', 'documentNumber', 'writtenDate', 'publishDate', 'topic', 'genre', 'disclosureMethod', 'validity', 'timeLimit', 'keywords', 'agency'],
    sort: [...SYSTEM, 'indexNumber', 'name', 'documentNumber', 'writtenDate', 'publishDate', 'topic', 'agency'],
    populate: ['agency', 'attachments'],
  },
  [OPEN_DAY_UID]: {
    filter: [...SYSTEM, 'title', 'date', 'place', 'feedbackPublished', 'agency'],
    sort: [...SYSTEM, 'title', 'date', 'participants', 'agency'],
    populate: ['agency'],
  },
};

export const MAX_DEPTH = 3;

const OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull', '$between',
]);
const LOGICAL = new Set(['$and', '$or', '$not']);

/** The part of a model the checks need; Strapi's content types and components both fit it. */
export interface ModelLike {
  info?: { displayName?: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, { type: string; target?: string; component?: string }>;
}
export type ModelLookup = (uid: string) => ModelLike | undefined;

function refuse(message: string): never {
  throw new errors.ValidationError(message);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Counts beyond any real report are input errors, not queries (and some would overflow the database). */
const MAX_FILTER_NUMBER = MAX_COUNT;

function checkValue(field: string, type: string, value: unknown): void {
  if (Array.isArray(value)) return value.forEach((v) => checkValue(field, type, v));
  if (isRecord(value)) refuse(`公开查询的筛选值无效：“${field}”`);
  if (!['integer', 'biginteger', 'decimal', 'float'].includes(type) || value === null || value === undefined) return;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (String(value).trim() === '' || !Number.isFinite(n) || Math.abs(n) > MAX_FILTER_NUMBER || (type !== 'decimal' && type !== 'float' && !Number.isInteger(n))) {
    refuse(`筛选条件“${field}”应为不超过${MAX_FILTER_NUMBER}的整数`);
  }
}

export class PublicQueryChecker {
  constructor(private readonly model: ModelLookup) {}

  /** The type's name as the content type declares it (「机关」), for messages. */
  private name(uid: string): string {
    return this.model(uid)?.info?.displayName ?? uid;
  }

  private shape(uid: string): PublicQueryShape {
    const shape = PUBLIC_QUERY[uid];
    if (!shape) refuse(`公开接口不提供该类型的查询：${uid}`);
    return shape;
  }

  /** A relation a public filter or sort may cross: listed, and not into a draft-and-publish type. */
  private crossable(uid: string, field: string): string {
    const attribute = this.model(uid)?.attributes[field];
    const target = attribute?.target;
    if (!target) return '';
    if (this.model(target)?.options?.draftAndPublish) {
      refuse(`公开查询不能通过关联“${field}”筛选或排序（${this.name(uid)}）：关联的内容有未发布的版本`);
    }
    return target;
  }

  filters(uid: string, filters: unknown, depth = 0): void {
    if (filters === undefined || filters === null) return;
    if (Array.isArray(filters)) return filters.forEach((f) => this.filters(uid, f, depth));
    if (!isRecord(filters)) refuse('公开查询的筛选条件格式不正确');
    const shape = this.shape(uid);
    for (const [key, value] of Object.entries(filters)) {
      if (LOGICAL.has(key)) {
        this.filters(uid, value, depth);
        continue;
      }
      const target = this.crossable(uid, key);
      if (!shape.filter.includes(key)) {
        refuse(`公开查询不支持按“${key}”筛选（${this.name(uid)}可筛选：${shape.filter.join('、')}）`);
      }
      if (target) {
        if (depth + 1 >= MAX_DEPTH) refuse(`公开查询的关联筛选最多${MAX_DEPTH}层`);
        this.filters(target, value, depth + 1);
        continue;
      }
      this.condition(uid, key, value);
    }
  }

  private condition(uid: string, field: string, value: unknown): void {
    const type = this.model(uid)?.attributes[field]?.type ?? (field === 'id' ? 'integer' : 'string');
    if (!isRecord(value)) return checkValue(field, type, value);
    for (const [op, operand] of Object.entries(value)) {
      if (LOGICAL.has(op)) {
        (Array.isArray(operand) ? operand : [operand]).forEach((o) => this.condition(uid, field, o));
      } else if (OPERATORS.has(op)) {
        if (op !== '$null' && op !== '$notNull') checkValue(field, type, operand);
      } else {
        refuse(`公开查询不支持筛选运算“${op}”（字段“${field}”）`);
      }
    }
  }

  sort(uid: string, sort: unknown): void {
    if (sort === undefined || sort === null || sort === '') return;
    if (Array.isArray(sort)) return sort.forEach((s) => this.sort(uid, s));
    if (typeof sort === 'string') {
      for (const part of sort.split(',')) this.sortPath(uid, part.split(':')[0].trim().split('.'), 0);
      return;
    }
    if (!isRecord(sort)) refuse('公开查询的排序格式不正确');
    for (const [key, value] of Object.entries(sort)) {
      if (isRecord(value)) {
        this.sortPath(uid, [key], 0, true);
        this.sort(this.crossable(uid, key), value);
      } else {
        this.sortPath(uid, [key], 0);
      }
    }
  }

  private sortPath(uid: string, path: string[], depth: number, relationOnly = false): void {
    const [head, ...rest] = path;
    if (!head) return;
    const shape = this.shape(uid);
    if (!shape.sort.includes(head)) refuse(`公开查询不支持按“${head}”排序（${this.name(uid)}可排序：${shape.sort.join('、')}）`);
    const target = this.crossable(uid, head);
    if (relationOnly || !rest.length) {
      if (target && !relationOnly && !rest.length) refuse(`按关联“${head}”排序需指明字段，如“${head}.name”`);
      return;
    }
    if (!target) refuse(`“${head}”不是关联，不能再按“${rest.join('.')}”排序`);
    if (depth + 1 >= MAX_DEPTH) refuse(`公开查询的关联排序最多${MAX_DEPTH}层`);
    this.sortPath(target, rest, depth + 1);
  }

  populate(uid: string, populate: unknown, depth = 0): void {
    if (populate === undefined || populate === null || populate === false || populate === '') return;
    if (populate === '*' || populate === true) return;
    if (typeof populate === 'string') return populate.split(',').forEach((p) => this.populatePath(uid, p.trim().split('.'), depth));
    if (Array.isArray(populate)) return populate.forEach((p) => this.populate(uid, p, depth));
    if (!isRecord(populate)) refuse('公开查询的 populate 格式不正确');
    for (const [key, value] of Object.entries(populate)) {
      const target = this.populateStep(uid, key, depth);
      if (!isRecord(value) || !target) continue;
      const { populate: nested, filters, sort, fields: _fields, on: _on, count: _count, ...other } = value;
      const unknown = Object.keys(other);
      if (unknown.length) refuse(`公开查询的 populate 不支持“${unknown.join('、')}”`);
      if (PUBLIC_QUERY[target]) {
        this.filters(target, filters);
        this.sort(target, sort);
      } else if (filters !== undefined || sort !== undefined) {
        refuse(`公开查询不能在“${key}”内筛选或排序`);
      }
      this.populate(target, nested, depth + 1);
    }
  }

  private populatePath(uid: string, path: string[], depth: number): void {
    const [head, ...rest] = path;
    if (!head) return;
    const target = this.populateStep(uid, head, depth);
    if (rest.length && target) this.populatePath(target, rest, depth + 1);
  }

  /** The model a populated attribute leads to (a content type, a component, or none for media). */
  private populateStep(uid: string, field: string, depth: number): string {
    if (depth >= MAX_DEPTH) refuse(`公开查询的 populate 最多${MAX_DEPTH}层`);
    const model = this.model(uid);
    const shape = PUBLIC_QUERY[uid];
    if (shape && !shape.populate.includes(field)) {
      refuse(`公开查询不能 populate “${field}”（${this.name(uid)}可 populate：${shape.populate.join('、') || '无'}）`);
    }
    const attribute = model?.attributes[field];
    if (!shape && !attribute) refuse(`公开查询不能 populate “${field}”`);
    if (attribute?.type === 'media') return '';
    return attribute?.target ?? attribute?.component ?? '';
  }
}
