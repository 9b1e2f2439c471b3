/**
 * Which known agency a name as printed on a report means: 「洪泽区人民政府」 and 「淮安市洪泽区人民政府」
 * are one government, 简称 and 曾用名 are the same agency. The importer asks this before it creates one.
 */
import { norm } from './label-match';

export interface KnownAgency {
  name: string;
  creditCode?: string | null;
  shortName?: string | null;
  /** 曾用名 and other names, one per line. */
  aliases?: string | null;
}

export type AgencyMatch<A> = { agency: A; how: 'creditCode' | 'name' | 'alias' | 'region'; matched: string };

/** Region names that may stand before a name: 「江苏省」「淮安市」「延边朝鲜族自治州」. */
const REGION_CHAIN = /^(?:[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|盟|地区))+$/;
/** A name that itself starts with a place, so that a bare 「教育局」 never matches every 教育局. */
const PLACED = /^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|州|盟|地区|区|县|旗|镇|乡|街道)/;

export const namesOf = (a: KnownAgency): string[] =>
  [a.name, a.shortName ?? '', ...(a.aliases ?? '').split(/[\n\r、，,;；]+/)].map((n) => norm(n)).filter(Boolean);

/** One name is the other with the regions above it written out. */
function sameWithRegion(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.endsWith(short) && PLACED.test(short) && REGION_CHAIN.test(long.slice(0, long.length - short.length));
}

/**
 * The agency a printed name means, and how it was found: the 统一社会信用代码 the report prints, its
 * own name, one of its other names, or the same name with or without the regions above it. Several
 * candidates by region: none (ambiguous).
 */
export function matchAgency<A extends KnownAgency>(printed: string, agencies: readonly A[], creditCode?: string | null): AgencyMatch<A> | null {
  const coded = creditCode ? agencies.find((a) => a.creditCode === creditCode) : undefined;
  if (coded) return { agency: coded, how: 'creditCode', matched: coded.name };
  const name = norm(printed);
  const own = agencies.find((a) => norm(a.name) === name);
  if (own) return { agency: own, how: 'name', matched: own.name };
  const alias = agencies.find((a) => namesOf(a).slice(1).includes(name));
  if (alias) return { agency: alias, how: 'alias', matched: alias.name };
  const regional = agencies.filter((a) => namesOf(a).some((n) => sameWithRegion(n, name)));
  return regional.length === 1 ? { agency: regional[0], how: 'region', matched: regional[0].name } : null;
}
