/**
 * Reads a published report — lines of cells from text, HTML or DOCX — into the structured report,
 * with a note for everything uncertain. Tables are filled by matching row and column labels
 * (tolerant of the variants in FORMAT.md §10), never by position alone, and no value is invented:
 * an unreadable cell stays blank, with a note that says where it was.
 */
import {
  OVERVIEW_BLOCKS,
  SECTIONS,
  TABLE2,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  expectedFormatVersion,
  sectionTitle,
  type CellKind,
  type FormatVersion,
  type OverviewBlockKey,
  type TabularVersion,
  table3LayoutOf,
  TABLE3_UNSPLIT_KEY,
} from '../definition';
import { cellAddress, type Table2Cell } from '../cells';
import type { Line } from './lines';
import { isNumber, readCount } from './values';
import { labelKey, labelScore, norm } from '../label-match';
import { parseCellInput } from '../editing';
import { parseChineseInteger } from '../rules/figures';

export interface ImportNote {
  level: 'info' | 'warning' | 'error';
  /** Where in the source: 「第12行」, 「第2个表格第5行」. */
  ref: string;
  message: string;
  /** The cell it concerns, when there is one: 't3.results.total.other'. */
  cell?: string;
}

export interface ImportedReport {
  agencyName: string | null;
  year: number | null;
  formatVersion: FormatVersion | null;
  detectedFormatVersion: FormatVersion | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** The day the source says it was published (its 落款 date, or a portal's 发布日期), YYYY-MM-DD. */
  issuedOn: string | null;
  /** The 统一社会信用代码 the source prints, if any: it names the agency better than its name. */
  creditCode: string | null;
  preamble: string;
  overview: Partial<Record<'intro' | OverviewBlockKey, string>>;
  proactive: Record<string, Record<string, Table2Cell>> | null;
  requests: Record<string, Record<string, Table2Cell>> | null;
  reviewLitigation: Record<string, Record<string, Table2Cell>> | null;
  problems: string;
  otherMatters: {
    feeStatement?: string;
    feeCollectedAmountYuan?: number | null;
    workPointsImplementation?: string;
    proposalsDisclosure?: string;
    innovation?: string;
    otherText?: string;
  };
  /** Row labels as published, for R22. */
  sourceLabels: Record<string, string>;
  /** Group subtotals as published (「（三）不予公开」 with its own numbers), for R08. */
  sourceSubtotals: Record<string, Record<string, Table2Cell>>;
}

export interface ImportResult {
  report: ImportedReport;
  notes: ImportNote[];
}

const lineText = (l: Line) => l.cells.filter((c) => c.trim()).join(' ');
const NUMERALS = '一二三四五六';

const SECTION_WORDS: string[][] = [
  ['总体情况'],
  ['主动公开'],
  ['收到和处理', '申请情况'],
  ['行政复议', '行政诉讼'],
  ['存在的主要问题', '改进情况', '存在问题'],
  ['其他需要报告', '其他事项'],
];

function findSections(lines: Line[], from: number): number[] {
  const starts: number[] = [];
  let at = from;
  // A heading is a line of one or two cells; each line is normalised once, not once per section.
  const texts = lines.map((l) => (l.cells.filter((c) => c.trim()).length > 2 ? null : norm(lineText(l))));
  SECTION_WORDS.forEach((words, k) => {
    const i = texts.findIndex((t, idx) => idx >= at && t !== null && t.startsWith(`${NUMERALS[k]}、`) && words.some((w) => t.includes(w)) && t.length < 40);
    starts.push(i);
    if (i >= 0) at = i + 1;
  });
  return starts;
}

/**
 * The title: 「淮安市人民政府2024年政府信息公开工作年度报告」, the year first 「2019年上海市人民政府办公厅政府
 * 信息公开工作年度报告」 「2022年度某某镇政府信息公开工作年度报告」, or the agency on the line above. A
 * sentence (「根据…规定，现将某局2021年…年度报告公布如下」) is not a title: a title has no clause marks.
 */
const TITLE = /^《?(.*?)(?:关于)?(\d{4})年度?(.*?)(?:政府信息公开|信息公开)?(?:工作)?(?:年度报告|年报)》?(?:[（(][^（）()]*[）)])?$/;
const SENTENCE_MARKS = /[，。；：,;:]/;

function titleOf(lines: Line[], notes: ImportNote[]) {
  const texts = lines.slice(0, 12).map((l) => norm(lineText(l)));
  const i = texts.findIndex((t) => !SENTENCE_MARKS.test(t) && TITLE.test(t));
  if (i < 0) {
    notes.push({ level: 'error', ref: '开头', message: '未找到“YYYY年…年度报告”标题，无法确定年度和机关' });
    return { index: -1, year: null, agency: null };
  }
  const [, before, year, after] = texts[i].match(TITLE)!;
  // 「…人民政府信息公开工作年度报告」 shares 政府 between the name and the title.
  const named = (before || after).replace(/人民$/, '人民政府');
  const above = i > 0 && !SENTENCE_MARKS.test(texts[i - 1]) ? texts[i - 1] : '';
  const agency = named || above || null;
  if (!agency) notes.push({ level: 'warning', ref: lines[i].ref, message: '未能从标题识别机关名称，请在导入时指定机关' });
  return { index: i, year: Number(year), agency };
}

function periodOf(text: string): { start: string; end: string } | null {
  const m = norm(text).match(/(\d{4})年(\d{1,2})月(\d{1,2})日起?(?:至|到|-|—|~)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/);
  if (!m) return null;
  const pad = (s: string) => s.padStart(2, '0');
  return { start: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, end: `${m[4] ?? m[1]}-${pad(m[5])}-${pad(m[6])}` };
}

/** 「发布日期：2024-01-25」「发布时间：2024年1月25日」 as portal pages print it. */
const PORTAL_DATE = /(?:发布|发文|成文)(?:日期|时间)[:：]?(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/;
/** A 落款 line: 「2024年1月20日」 or 「二〇二四年一月二十日」. */
const SIGNATURE_DATE = /^([0-9〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/;
const CN_YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function dateOf(y: string, m: string, d: string): string | null {
  const year = Number([...y].map((c) => CN_YEAR_DIGITS[c] ?? c).join(''));
  const month = /^\d+$/.test(m) ? Number(m) : parseChineseInteger(m);
  const day = /^\d+$/.test(d) ? Number(d) : parseChineseInteger(d);
  if (!month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * When the source says it was published: a portal's 发布日期 anywhere, else the 落款 date among the
 * last lines. A report is published after its year ends, within two years: any other date is not its own.
 */
function issuedOnOf(lines: Line[], year: number | null): string | null {
  const texts = lines.map((l) => norm(lineText(l)));
  const portal = texts.map((t) => t.match(PORTAL_DATE)).find(Boolean);
  const signed = texts.slice(-8).reverse().map((t) => t.match(SIGNATURE_DATE)).find(Boolean);
  const m = portal ?? signed;
  const date = m ? dateOf(m[1], m[2], m[3]) : null;
  if (!date || year === null) return null;
  const issuedYear = Number(date.slice(0, 4));
  return issuedYear > year && issuedYear <= year + 2 ? date : null;
}

const CREDIT_CODE = /统一社会信用代码[:：]?([0-9A-HJ-NPQRTUWXY]{18})/;
const creditCodeOf = (lines: Line[]) => lines.map((l) => norm(lineText(l)).match(CREDIT_CODE)?.[1]).find(Boolean) ?? null;

// --------------------------------------------------------------------------------------------
// 一、总体情况

const BLOCK_WORDS: [RegExp, OverviewBlockKey][] = [
  [/主动公开/, 'proactiveDisclosure'],
  [/依申请/, 'requestDisclosure'],
  [/信息管理/, 'infoManagement'],
  [/平台/, 'platform'],
  [/监督|保障/, 'oversight'],
];

function readOverview(lines: Line[], notes: ImportNote[]): ImportedReport['overview'] {
  const overview: Record<string, string[]> = { intro: [] };
  let current = 'intro';
  let ordinal = -1;
  for (const line of lines) {
    const text = lineText(line).trim();
    const m = norm(text).match(/^\(([一二三四五六七八九])\)/);
    if (m) {
      ordinal = '一二三四五六七八九'.indexOf(m[1]);
      const head = text.replace(/^[（(]\s*[一二三四五六七八九]\s*[）)]\s*/, '');
      const byWord = BLOCK_WORDS.find(([re]) => re.test(head.slice(0, 16)))?.[1];
      const key = byWord ?? OVERVIEW_BLOCKS[ordinal]?.key;
      if (!key) {
        notes.push({ level: 'info', ref: line.ref, message: `总体情况的第${ordinal + 1}个方面“${head.slice(0, 12)}”不在五个方面之内，已并入（五）监督保障` });
        current = 'oversight';
      } else {
        current = key;
      }
      const shortHeading = !/[。；]/.test(head) && head.length <= 20;
      const body = shortHeading ? '' : head.replace(/^[^。]{1,16}(情况|方面)?。/, (h) => (/情况|方面|公开|管理|建设|保障/.test(h) ? '' : h));
      overview[current] = [...(overview[current] ?? []), ...(body ? [body] : [])];
      continue;
    }
    overview[current] = [...(overview[current] ?? []), text];
  }
  const out: ImportedReport['overview'] = {};
  for (const [k, v] of Object.entries(overview)) if (v.length) out[k as OverviewBlockKey] = v.join('\n');
  for (const b of OVERVIEW_BLOCKS) {
    if (!out[b.key]) notes.push({ level: 'info', ref: sectionTitle('overview'), message: `未找到${b.numeral}${b.label}` });
  }
  return out;
}

// --------------------------------------------------------------------------------------------
// 二、表二

/** Labels of table 二 that only one version has (and that no label of the other contains): its signals (FORMAT.md §1). */
function versionSignals(version: TabularVersion): string[] {
  const other = version === 'v2021' ? 'v2019' : 'v2021';
  const labels = (v: TabularVersion) => TABLE2[v].flatMap((b) => [...b.rows.map((r) => r.label), ...b.columns.map((c) => c.label)]).map(norm);
  const theirs = labels(other);
  return [...new Set(labels(version))].filter((l) => !theirs.some((t) => t.includes(l)));
}
const SIGNALS = { v2021: versionSignals('v2021'), v2019: versionSignals('v2019') };

function detectTable2Version(lines: Line[]): TabularVersion | null {
  const all = norm(lines.map(lineText).join('|'));
  if (SIGNALS.v2021.some((l) => all.includes(l))) return 'v2021';
  if (SIGNALS.v2019.some((l) => all.includes(l))) return 'v2019';
  return null;
}

function readTable2(lines: Line[], version: TabularVersion, notes: ImportNote[]) {
  const blocks = TABLE2[version];
  const table: Record<string, Record<string, Table2Cell>> = {};
  for (const b of blocks) for (const r of b.rows) table[r.key] = Object.fromEntries(b.columns.map((c) => [c.key, null]));
  const found = new Set<string>();
  let block = blocks[0];
  let pending: { row: string; values: string[]; ref: string } | null = null;

  const finish = () => {
    if (!pending) return;
    const { row, ref } = pending;
    let { values } = pending;
    const label = block.rows.find((r) => r.key === row)!.label;
    const width = block.columns.length;
    // Cells run together in one: split at spaces when that gives the row's width; otherwise none of
    // the row's cells can be placed, and each says so.
    const spaced = values.filter(Boolean);
    if (spaced.length === 1 && width > 1 && spaced[0].split(/\s+/).length === width) values = spaced[0].split(/\s+/);
    const runTogether = values.length < width && values.some((v, i) => v !== '' && readTable2Cell(block.columns[i].kind, v) === undefined);
    if (runTogether) {
      for (const c of block.columns) {
        notes.push({ level: 'warning', ref, cell: cellAddress('proactive', row, c.key), message: `表二 ${label} ${c.label}：该行的数字连在一起（“${values.join(' ')}”），无法按列拆分，已留空` });
      }
      found.add(row);
      pending = null;
      return;
    }
    block.columns.forEach((c, i) => {
      const raw = values[i] ?? '';
      const address = cellAddress('proactive', row, c.key);
      const value = readTable2Cell(c.kind, raw);
      if (value === undefined) {
        notes.push({ level: 'warning', ref, cell: address, message: `表二 ${label} ${c.label}：无法识别“${raw}”，已留空` });
      } else {
        table[row][c.key] = value;
      }
    });
    found.add(row);
    pending = null;
  };

  for (const line of lines) {
    const cells = line.cells.map((c) => c.trim());
    const first = cells.find((c) => c) ?? '';
    const item = norm(first).match(/第二十条第\((.)\)项/);
    if (item) {
      finish();
      block = blocks.find((b) => b.item === `（${item[1]}）`) ?? block;
      continue;
    }
    if (norm(first).startsWith('信息内容')) {
      finish();
      continue;
    }
    const row = blocks.flatMap((b) => b.rows.map((r) => ({ b, r }))).find(({ r }) => norm(first) === norm(r.label));
    if (row) {
      finish();
      block = row.b;
      pending = { row: row.r.key, values: cells.slice(cells.indexOf(first) + 1), ref: line.ref };
      if (pending.values.filter((v) => v !== '').length >= block.columns.length) finish();
      continue;
    }
    // One cell per line: the values follow the row label on lines of their own.
    if (pending && cells.every((c) => c === '' || isNumber(c) || c === '/' || /^[增减+-]/.test(norm(c)))) {
      pending.values = [...pending.values.filter((v) => v !== ''), ...cells.filter((c) => c !== '')];
      if (pending.values.length >= block.columns.length) finish();
    }
  }
  finish();
  for (const b of blocks) {
    for (const r of b.rows) {
      if (!found.has(r.key)) notes.push({ level: 'warning', ref: sectionTitle('proactive'), message: `表二 未找到“${r.label}”一行，已留空` });
    }
  }
  return table;
}

function readTable2Cell(kind: CellKind, raw: string): Table2Cell | undefined {
  const read = parseCellInput(kind, raw);
  return read.ok ? read.value : undefined;
}

// --------------------------------------------------------------------------------------------
// 三、表三


function splitConcatenated(raw: string): number[] | null {
  const t = norm(raw);
  if (!/^\d{7}$/.test(t)) return null;
  const digits = [...t].map(Number);
  return digits.slice(0, 6).reduce((a, b) => a + b, 0) === digits[6] ? digits : null;
}

/** 表三's rows by their label's key: an exact label is found without comparing it with each. */
const ROWS_BY_KEY = new Map<string, number[]>();
TABLE3_ROWS.forEach((r, i) => ROWS_BY_KEY.set(labelKey(r.label), [...(ROWS_BY_KEY.get(labelKey(r.label)) ?? []), i]));

/** A row label: text with Chinese in it, not a count (a garbled count such as 「O」 has none). */
const isLabel = (cell: string) => /[\u3400-\u9fff]/.test(cell) && !readCount(cell).ok;

/**
 * The width of 表三's grid when the header gives it: the position of 总计 in a header line that has
 * a cell for each column (text copied from a table). An HTML header with spans has fewer cells and
 * gives none.
 */
const COLUMN_LABEL = (key: string) => TABLE3_COLUMNS.find((c) => c.key === key)!.label;
const [TOTAL_LABEL, FIRST_APPLICANT_LABEL] = [COLUMN_LABEL('total'), COLUMN_LABEL('naturalPerson')];

function gridWidth(lines: Line[]): number {
  for (const line of lines) {
    const cells = line.cells.map(norm);
    const total = cells.indexOf(TOTAL_LABEL);
    if (total >= 7 && cells.includes(FIRST_APPLICANT_LABEL)) return total + 1;
  }
  return Infinity;
}

/**
 * A 表三 line as its labels and its seven value positions. A blank cell is a position, so the values
 * are the cells after the last label. More than seven: blanks past the grid's width are noise, blanks
 * right after the label are the residue of a label spanning columns, and then trailing blanks go.
 * A line with no label cell keeps its last seven cells as values, and the label check then skips it.
 */
function splitRow(cells: string[], width: number): { labels: string[]; values: string[] } {
  let last = -1;
  cells.forEach((c, i) => {
    if (isLabel(c)) last = i;
  });
  let end = cells.length;
  while (end > width && cells[end - 1] === '') end--;
  const labels = cells.slice(0, last + 1).filter(Boolean);
  let values = cells.slice(last + 1, end);
  if (end <= width) while (values.length > 7 && values[0] === '') values.shift();
  while (values.length > 7 && values[values.length - 1] === '') values.pop();
  if (values.length > 7) values = values.slice(-7);
  return { labels, values };
}

/**
 * Text copied from portals may give a row as its label on one line and each of its seven values on a
 * line of its own: those lines are joined into one row. Fewer than seven values before the next
 * label are left as they are (their places are unknown).
 */
function oneRowPerLine(lines: Line[]): Line[] {
  const out: Line[] = [];
  const single = (l: Line | undefined) => !!l && l.cells.filter(Boolean).length === 1;
  const isValue = (l: Line | undefined) => single(l) && !isLabel(l!.cells.find(Boolean)!) && readCount(l!.cells.find(Boolean)!).ok;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines.slice(i + 1, i + 8);
    if (single(line) && isLabel(line.cells.find(Boolean)!) && next.length === 7 && next.every(isValue) && !isValue(lines[i + 8])) {
      out.push({ cells: [line.cells.find(Boolean)!, ...next.map((l) => l.cells.find(Boolean)!)], ref: line.ref });
      i += 7;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** 表三's subtotalled groups (（三）至（六）) by their label's key. */
const GROUPS_BY_KEY = new Map(TABLE3_GROUPS.filter((g) => g.parent).map((g) => [labelKey(g.label), g]));

function readTable3(
  lines: Line[],
  version: TabularVersion,
  notes: ImportNote[],
  sourceLabels: Record<string, string>,
  sourceSubtotals: Record<string, Record<string, Table2Cell>>,
) {
  const table: Record<string, Record<string, Table2Cell>> = {};
  const assigned = new Map<string, string>();
  let last = -1;

  const width = gridWidth(lines);
  for (const line of oneRowPerLine(lines)) {
    const cells = line.cells.map((c) => c.trim());
    let values: string[];
    let labels: string[];
    const filled = cells.filter(Boolean);
    const concatenated = filled.length >= 2 ? splitConcatenated(filled[filled.length - 1]) : null;
    if (concatenated && !filled.slice(-7).every((c) => readCount(c).ok)) {
      values = concatenated.map(String);
      labels = filled.slice(0, -1);
      notes.push({ level: 'info', ref: line.ref, message: `表三 一行的7个数字连在一起（${filled[filled.length - 1]}），按各类申请人之和等于总计拆分` });
    } else {
      ({ labels, values } = splitRow(cells, width));
    }
    if (values.length < 7 || !labels.length) continue;
    const unreadable = values.filter((v) => !readCount(v).ok);
    if (unreadable.length > 2) continue; // a header or text line, not data

    // The row this line is, by its own label: the last label cell first, since merged-cell residue
    // puts group headings before it. An exact label anywhere; a close one only ahead of the last row.
    const allowed = (i: number) => version === 'v2021' || TABLE3_ROWS[i].versions.includes('v2019');
    const byLabel = (label: string): { index: number; how: 'exact' | 'loose' } | null => {
      const exact = (ROWS_BY_KEY.get(labelKey(label)) ?? []).find(allowed);
      if (exact !== undefined) return { index: exact, how: 'exact' };
      let best = { index: -1, score: 0.5 };
      TABLE3_ROWS.forEach((r, i) => {
        if (i <= last || i > last + 8 || !allowed(i)) return;
        const score = labelScore(label, r.label);
        if (score > best.score) best = { index: i, score };
      });
      return best.index >= 0 ? { index: best.index, how: 'loose' } : null;
    };
    // Numbering and place together (e.g. 「2.逾期不缴费」 right after （六）1.): the label's own number must agree.
    const byNumbering = (label: string): { index: number; how: 'loose' } | null => {
      const next = TABLE3_ROWS.findIndex((r, i) => i > last && allowed(i) && r.key !== TABLE3_UNSPLIT_KEY);
      const num = norm(label).match(/^(\d+)[.、]/)?.[1];
      return num && TABLE3_ROWS[next]?.label.startsWith(`${num}.`) ? { index: next, how: 'loose' } : null;
    };
    // The row's own label is the last label cell; group headings before it are merged-cell residue.
    const own = labels[labels.length - 1];
    let match = byLabel(own) ?? byNumbering(own);
    for (const label of labels.slice(0, -1).reverse()) match ??= byLabel(label);
    if (!match) {
      // A group's own subtotal line (「（三）不予公开」 with numbers): not a cell of the table (subtotals
      // are computed), but kept as printed for R08 to compare with the sum of its rows.
      const group = GROUPS_BY_KEY.get(labelKey(own));
      if (group && values.every((v) => readCount(v).ok)) {
        sourceSubtotals[group.key] = Object.fromEntries(values.map((v, i) => [TABLE3_COLUMNS[i].key, readCount(v).value]));
        notes.push({ level: 'info', ref: line.ref, message: `表三 “${group.label}”一行是小计，按原文保留以核对各子项之和（R08），不作为单元格导入` });
        continue;
      }
      notes.push({ level: 'warning', ref: line.ref, message: `表三 无法确定“${labels.join(' ')}”对应模板中的哪一行，该行数字未导入` });
      continue;
    }
    const row = TABLE3_ROWS[match.index];
    const label = labels[labels.length - 1];
    const parsed = values.map((v, i) => ({ v, read: readCount(v), col: TABLE3_COLUMNS[i].key }));
    const signature = parsed.map((p) => String(p.read.value)).join(',');
    if (assigned.has(row.key)) {
      if (assigned.get(row.key) === signature) {
        notes.push({ level: 'info', ref: line.ref, message: `表三 “${row.label}”重复出现（分页重复），已忽略` });
      } else {
        notes.push({ level: 'warning', ref: line.ref, message: `表三 “${row.label}”出现两次且数字不同，保留第一次的数字` });
      }
      continue;
    }
    if (match.how === 'loose') {
      notes.push({ level: 'info', ref: line.ref, message: `表三 标签“${label}”与模板“${row.label}”不完全一致，按近似标签对应` });
    }
    table[row.key] = {};
    for (const p of parsed) {
      table[row.key][p.col] = p.read.value;
      if (!p.read.ok) {
        notes.push({ level: 'warning', ref: line.ref, cell: cellAddress('requests', row.key, p.col), message: `表三 ${row.label} ${TABLE3_COLUMNS.find((c) => c.key === p.col)!.label}：无法识别“${p.v}”，已留空` });
      }
    }
    assigned.set(row.key, signature);
    sourceLabels[`t3.${row.key}`] = label;
    last = match.index;
  }

  const wanted = table3LayoutOf(version === 'v2019' ? 'v2019' : 'v2021', Object.fromEntries(assigned)).rows;
  const out: Record<string, Record<string, Table2Cell>> = {};
  for (const r of wanted) {
    out[r.key] = table[r.key] ?? Object.fromEntries(TABLE3_COLUMNS.map((c) => [c.key, null]));
    if (!table[r.key]) notes.push({ level: 'warning', ref: sectionTitle('requests'), message: `表三 未找到“${r.label}”一行，已留空` });
  }
  for (const key of assigned.keys()) {
    if (!(key in out)) notes.push({ level: 'warning', ref: sectionTitle('requests'), message: `表三 “${TABLE3_ROWS.find((r) => r.key === key)!.label}”与其余行的格式不一致，未导入` });
  }
  return out;
}

// --------------------------------------------------------------------------------------------
// 四、表四

const GROUP_SUMS_HOLD = (v: number[]) => [0, 5, 10].every((o) => v[o] + v[o + 1] + v[o + 2] + v[o + 3] === v[o + 4]);

function readTable4(lines: Line[], notes: ImportNote[]) {
  // A blank cell is a position; trailing blanks beyond the template's 15 are noise.
  const rows = lines
    .map((l) => {
      const cells = l.cells.map((c) => c.trim());
      while (cells.length > 15 && cells[cells.length - 1] === '') cells.pop();
      return { l, cells };
    })
    .filter(({ cells }) => cells.every((c) => c === '' || readCount(c).ok) && cells.some((c) => isNumber(c)));
  // One cell per line: consecutive value-only lines make one data row.
  const merged: { ref: string; cells: string[] }[] = [];
  for (const r of rows) {
    const prev = merged[merged.length - 1];
    if (prev && r.cells.length === 1 && prev.cells.length < 15) prev.cells.push(r.cells[0]);
    else merged.push({ ref: r.l.ref, cells: r.cells });
  }
  const data = merged.sort((a, b) => b.cells.length - a.cells.length)[0];
  const blank = Object.fromEntries(TABLE4_GROUPS.map((g) => [g.key, Object.fromEntries(TABLE4_COLUMNS.map((c) => [c.key, null as Table2Cell]))]));
  if (!data) {
    notes.push({ level: 'error', ref: sectionTitle('reviewLitigation'), message: '表四 未找到数据行，需人工录入' });
    return blank;
  }
  let cells = data.cells;
  if (cells.length === 16) {
    const values = cells.map((c) => readCount(c).value);
    const surplusEqual = values.every((v) => v === values[0]);
    if (surplusEqual || cells[15] === '') {
      cells = cells.slice(0, 15);
      notes.push({ level: 'info', ref: data.ref, message: '表四 数据行有16个单元格，模板为15个；多出的单元格与其余相同（或为空），已去掉，按表头对齐为15个' });
    } else {
      const numbers = values.map((v) => (typeof v === 'number' ? v : NaN));
      const fits = numbers.map((_, k) => numbers.filter((__, i) => i !== k)).filter(GROUP_SUMS_HOLD);
      const unique = [...new Set(fits.map((f) => f.join(',')))];
      if (unique.length === 1) {
        cells = unique[0].split(',');
        notes.push({ level: 'warning', ref: data.ref, message: '表四 数据行有16个单元格，模板为15个；只有去掉一个单元格后各栏合计才成立的对齐方式唯一，已按此导入，请核对' });
      } else {
        notes.push({ level: 'error', ref: data.ref, message: `表四 数据行有16个单元格，无法唯一确定对齐方式（${unique.length}种可能），需人工录入` });
        return blank;
      }
    }
  }
  if (cells.length !== 15) {
    notes.push({ level: 'error', ref: data.ref, message: `表四 数据行有${cells.length}个单元格，模板为15个，需人工录入` });
    return blank;
  }
  const out = blank;
  TABLE4_GROUPS.forEach((g, gi) =>
    TABLE4_COLUMNS.forEach((c, ci) => {
      const raw = cells[gi * 5 + ci];
      const read = readCount(raw);
      out[g.key][c.key] = read.value;
      if (!read.ok) notes.push({ level: 'warning', ref: data.ref, cell: cellAddress('reviewLitigation', g.key, c.key), message: `表四 ${g.label} ${c.label}：无法识别“${raw}”，已留空` });
    }),
  );
  return out;
}

// --------------------------------------------------------------------------------------------
// 五、六

function readOtherMatters(lines: Line[]): ImportedReport['otherMatters'] {
  const out: Record<string, string[]> = {};
  const put = (k: string, t: string) => (out[k] = [...(out[k] ?? []), t]);
  for (const line of lines) {
    const t = lineText(line);
    if (/信息处理费/.test(t)) put('feeStatement', t);
    else if (/工作要点/.test(t)) put('workPointsImplementation', t);
    else if (/建议|提案/.test(t)) put('proposalsDisclosure', t);
    else if (/创新/.test(t)) put('innovation', t);
    else put('otherText', t);
  }
  const result: ImportedReport['otherMatters'] = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join('\n')]));
  const fee = norm(result.feeStatement ?? '');
  const amount = fee.match(/收取[^。]*?信息处理费(?:共计|合计|共)?(\d+(?:\.\d+)?)元/) ?? fee.match(/信息处理费[^。]*?(\d+(?:\.\d+)?)元/);
  if (amount) result.feeCollectedAmountYuan = Number(amount[1]);
  else if (/未收取[^。]*信息处理费|信息处理费[^。]*(0元|为零|未收取)/.test(fee)) result.feeCollectedAmountYuan = 0;
  return result;
}

// --------------------------------------------------------------------------------------------

export interface ImportOverrides {
  agencyName?: string;
  year?: number;
}

export function parseReport(lines: Line[], overrides: ImportOverrides = {}): ImportResult {
  const notes: ImportNote[] = [];
  const title = titleOf(lines, notes);
  const year = overrides.year ?? title.year;
  const sections = findSections(lines, Math.max(0, title.index + 1));
  sections.forEach((s, k) => {
    if (s < 0) notes.push({ level: 'warning', ref: '全文', message: `未找到第${NUMERALS[k]}部分“${sectionTitle(SECTIONS[k].key)}”` });
  });
  const range = (k: number) => {
    if (sections[k] < 0) return [];
    const next = sections.slice(k + 1).find((s) => s >= 0) ?? lines.length;
    return lines.slice(sections[k] + 1, next);
  };
  const firstSection = sections.find((s) => s >= 0) ?? lines.length;
  const preambleLines = lines.slice(title.index + 1, firstSection).filter((l) => norm(lineText(l)) !== title.agency);
  const preamble = preambleLines.map(lineText).join('\n');

  const detected = detectTable2Version(range(1));
  const expected = year != null ? expectedFormatVersion(year) : null;
  const formatVersion = expected === 'pre2019' ? 'pre2019' : detected ?? expected;
  if (detected && expected && detected !== expected) {
    notes.push({ level: 'warning', ref: sectionTitle('proactive'), message: `表格为${detected === 'v2019' ? '2019年试行' : '2021年'}格式，与${year}年度应使用的格式不符` });
  }
  if (!formatVersion) notes.push({ level: 'error', ref: '全文', message: '无法确定格式版本，请人工选择' });

  const sourceLabels: Record<string, string> = {};
  const sourceSubtotals: Record<string, Record<string, Table2Cell>> = {};
  const tabular = formatVersion === 'v2019' || formatVersion === 'v2021' ? formatVersion : null;
  const period = periodOf(preamble) ?? periodOf(range(0).map(lineText).join(''));
  if (!period) notes.push({ level: 'info', ref: '前言', message: '未找到统计期间（如“2023年1月1日至12月31日”）' });
  const issuedOn = issuedOnOf(lines, year);
  notes.push(
    issuedOn
      ? { level: 'info', ref: '落款', message: `原文发布日期：${issuedOn}，据此核对是否按期发布（R37）` }
      : { level: 'info', ref: '落款', message: '原文未写明发布日期（落款日期或“发布日期”），无法核对是否按期发布（R37）' },
  );

  const report: ImportedReport = {
    agencyName: overrides.agencyName ?? title.agency,
    year,
    formatVersion,
    detectedFormatVersion: detected,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    issuedOn,
    creditCode: creditCodeOf(lines),
    preamble,
    overview: readOverview(range(0), notes),
    proactive: tabular ? readTable2(range(1), tabular, notes) : null,
    requests: tabular ? readTable3(range(2), tabular, notes, sourceLabels, sourceSubtotals) : null,
    reviewLitigation: tabular ? readTable4(range(3), notes) : null,
    problems: range(4).map(lineText).join('\n'),
    otherMatters: readOtherMatters(range(5)),
    sourceLabels,
    sourceSubtotals,
  };
  return { report, notes };
}
