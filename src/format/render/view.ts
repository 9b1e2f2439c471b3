/** The report as the standard view shows it: sections in order, narrative paragraphs, table grids and keyed rows. */
import {
  OTHER_MATTERS_FIELDS,
  OVERVIEW_BLOCKS,
  SECTIONS,
  TABLE2,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  TABLE4_LITIGATION_HEADER,
  TABLES,
  reportTitle,
  type FormatVersion,
  type SectionKey,
  type TableKey,
  type TabularVersion,
  table3LayoutOf,
  formatVersionOf,
} from '../definition';
import { validateTables } from '../schema';
import type { ReportTables, Table2Cell } from '../cells';
import { displayValue, tableGrids, type TableGrid } from './layout';

/** A stored report as the view needs it (REST shape of the annual-report content type). */
export interface ViewInput {
  documentId?: string;
  title?: string | null;
  agency?: { name?: string | null } | null;
  year: number;
  formatVersion?: FormatVersion | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  preamble?: string | null;
  overview?: Record<string, string | null | undefined> | null;
  proactive?: unknown;
  requests?: unknown;
  reviewLitigation?: unknown;
  problems?: string | null;
  otherMatters?: Record<string, unknown> | null;
  publishedAt?: string | null;
  /** 首次发布日期 (YYYY-MM-DD), kept through corrections. */
  issuedOn?: string | null;
  updatedAt?: string | null;
}

export interface Block {
  heading?: string;
  paragraphs: string[];
}

export interface ViewSection {
  key: SectionKey;
  numeral: string;
  heading: string;
  blocks: Block[];
  grid?: TableGrid;
}

export interface ViewCell {
  column: string;
  label: string;
  value: Table2Cell;
  display: string;
}

export interface ViewRow {
  key: string;
  label: string;
  /** Group headings above the row, e.g. ['三、本年度办理结果', '（三）不予公开']. */
  groups: string[];
  cells: ViewCell[];
}

export interface ViewTable {
  key: TableKey;
  name: string;
  caption: string;
  rows: ViewRow[];
}

export interface ReportView {
  documentId: string | null;
  title: string;
  agencyName: string;
  year: number;
  formatVersion: FormatVersion;
  period: string;
  preamble: string[];
  sections: ViewSection[];
  tables: ViewTable[];
  publishedAt: string | null;
  issuedOn: string | null;
  updatedAt: string | null;
}

/** Narrative is stored as plain text or light Markdown: paragraphs by line, markup characters kept as text. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function periodOf(input: ViewInput): string {
  const start = input.periodStart ?? `${input.year}-01-01`;
  const end = input.periodEnd ?? `${input.year}-12-31`;
  return `${chineseDate(start)}至${chineseDate(end)}`;
}

/** Shown in place of a stored table that does not fit the format. */
export const TABLE_NOTICE = '本表数据不符合统一格式，暂不能显示：';

/**
 * The tables that pass the schema, each on its own; one that fails is left out of the view with a
 * notice saying why, so a stored error in 表三 neither hides 表二 nor shows as blank cells.
 */
export function validTables(version: FormatVersion, input: Pick<ViewInput, TableKey>): { tables: ReportTables; notices: Partial<Record<TableKey, string>> } {
  const tables: ReportTables = { proactive: null, requests: null, reviewLitigation: null };
  const notices: Partial<Record<TableKey, string>> = {};
  if (version === 'pre2019') return { tables, notices };
  for (const key of Object.keys(TABLES) as TableKey[]) {
    const result = validateTables(version, { [key]: input[key] });
    if (result.ok) (tables as unknown as Record<TableKey, unknown>)[key] = result.value[key];
    else notices[key] = `${TABLE_NOTICE}${result.issues[0].message}`;
  }
  return { tables, notices };
}

export function tableRows(version: TabularVersion, tables: ReportTables): ViewTable[] {
  const t2 = TABLE2[version].flatMap((block) =>
    block.rows.map((row) => ({
      key: row.key,
      label: row.label,
      groups: [block.heading],
      cells: block.columns.map((c) => cell(c.key, c.label, tables.proactive?.[row.key]?.[c.key])),
    })),
  );
  const layout = table3LayoutOf(version, tables.requests);
  const t3 = layout.rows.map((row) => ({
    key: row.key,
    label: row.label,
    groups: groupLabels(row.group),
    cells: TABLE3_COLUMNS.map((c) => cell(c.key, c.label, tables.requests?.[row.key]?.[c.key as never])),
  }));
  const t4 = TABLE4_GROUPS.map((g) => ({
    key: g.key,
    label: g.label,
    groups: g.key === 'review' ? [] : [TABLE4_LITIGATION_HEADER],
    cells: TABLE4_COLUMNS.map((c) => cell(c.key, c.label, tables.reviewLitigation?.[g.key as never]?.[c.key as never])),
  }));
  const named = (key: TableKey, rows: ViewRow[]): ViewTable => ({ key, name: TABLES[key].name, caption: TABLES[key].caption, rows });
  return [named('proactive', t2), named('requests', t3), named('reviewLitigation', t4)];
}

function groupLabels(group: string | undefined): string[] {
  const out: string[] = [];
  let key = group;
  while (key) {
    const g = TABLE3_GROUPS.find((x) => x.key === key);
    if (!g) break;
    out.unshift(g.label);
    key = g.parent;
  }
  return out;
}

const cell = (column: string, label: string, value: Table2Cell | undefined): ViewCell => ({
  column,
  label,
  value: value ?? null,
  display: displayValue(value),
});


export function reportView(input: ViewInput): ReportView {
  const version = formatVersionOf(input);
  const agencyName = input.agency?.name ?? '';
  const { tables, notices } = validTables(version, input);
  const grids = version === 'pre2019' ? [] : tableGrids(version, tables).filter((g) => !notices[g.key]);
  const notice = (key: TableKey): Block[] => (notices[key] ? [{ paragraphs: [notices[key]] }] : []);
  const om = input.otherMatters ?? {};
  const blocks: Record<SectionKey, Block[]> = {
    overview: ([
      { paragraphs: paragraphs(input.overview?.intro) },
      ...OVERVIEW_BLOCKS.map((b) => ({ heading: `${b.numeral}${b.label}`, paragraphs: paragraphs(input.overview?.[b.key]) })),
    ] as Block[]).filter((b) => b.heading || b.paragraphs.length),
    proactive: notice('proactive'),
    requests: notice('requests'),
    reviewLitigation: notice('reviewLitigation'),
    problems: [{ paragraphs: paragraphs(input.problems) }],
    otherMatters: [
      { paragraphs: paragraphs(om.feeStatement as string) },
      ...(['workPointsImplementation', 'proposalsDisclosure', 'innovation'] as const)
        .filter((k) => paragraphs(om[k] as string).length)
        .map((k) => ({ heading: OTHER_MATTERS_FIELDS[k], paragraphs: paragraphs(om[k] as string) })),
      { paragraphs: paragraphs(om.otherText as string) },
    ].filter((b) => b.paragraphs.length),
  };
  return {
    documentId: input.documentId ?? null,
    title: input.title || reportTitle(agencyName, input.year),
    agencyName,
    year: input.year,
    formatVersion: version,
    period: periodOf(input),
    preamble: paragraphs(input.preamble),
    sections: SECTIONS.map((s) => ({
      key: s.key,
      numeral: s.numeral,
      heading: s.heading,
      blocks: blocks[s.key],
      grid: grids.find((g) => g.key === s.key),
    })),
    tables: version === 'pre2019' ? [] : tableRows(version, tables).filter((t) => !notices[t.key]),
    publishedAt: input.publishedAt ?? null,
    issuedOn: input.issuedOn ?? null,
    updatedAt: input.updatedAt ?? null,
  };
}
