/** Group E: the narrative against the tables, R25–R33. */
import { cellAddress, describeLocation, numericValue, type ReportTables } from '../cells';
import { TABLE3_APPLICANT_COLUMN_KEYS, TABLE3_GROUPS, TABLE3_ROWS, TABLE4_GROUPS, TABLE4_LITIGATION_HEADER, TABLES, table3Label, type Table4GroupKey } from '../definition';
import { readFigures, quote, type Figure } from './figures';
import { narrativeLocation, plainParts } from './text';
import { defineRule, type FindingDraft, type NarrativeKey, type RuleContext, type RuleFn } from './types';

type Draft = FindingDraft;

interface Located extends Figure {
  where: NarrativeKey;
  measure: Measure | null;
}

/** A figure with where it stands and what it counts, its fields listed (a spread is slow here). */
const located = (f: Figure, where: NarrativeKey): Located => ({
  value: f.value,
  unit: f.unit,
  approx: f.approx,
  raw: f.raw,
  index: f.index,
  lead: f.lead,
  phrase: f.phrase,
  trail: f.trail,
  sentence: f.sentence,
  inParentheses: f.inParentheses,
  where,
  measure: measureOf(f),
});

/** Each narrative part (not the preamble) with its figures, parsed once per run. */
function parsedParts(ctx: RuleContext) {
  return ctx.memo('narrative', () =>
    plainParts(ctx)
      .filter((p) => p.key !== 'preamble')
      .map((p) => ({ key: p.key, ...readFigures(p.text) })),
  );
}

/**
 * Counts in 件 that can be compared with the tables: not approximate, not in sentences about 备案
 * counts (defined differently), not idioms such as “办结一件申请”.
 */
const IDIOM_ONE = new Set(['一件', '两件']);
function countFigures(ctx: RuleContext): Located[] {
  return ctx.memo('counts', () =>
    parsedParts(ctx).flatMap((p) =>
      p.figures
        .filter((f) => f.unit === '件' && !f.approx && !f.sentence.includes('备案') && !IDIOM_ONE.has(f.raw))
        .map((f) => located(f, p.key)),
    ),
  );
}

/** The sum of some columns over a group's rows (the group row itself, or its sub-rows); null if any cell is not a number. */
function sumGroup(t: ReportTables['requests'], prefix: string, columns: readonly string[]): number | null {
  if (!t) return null;
  const sub = `${prefix}.`;
  let sum = 0;
  let cells = 0;
  for (const k in t) {
    if (k !== prefix && !k.startsWith(sub)) continue;
    const row = (t as Record<string, Record<string, unknown>>)[k];
    for (const c of columns) {
      const v = numericValue(row[c]);
      if (v === null) return null;
      sum += v;
      cells++;
    }
  }
  return cells ? sum : null;
}

const t3 = (ctx: RuleContext, row: string) => numericValue(ctx.tables.requests?.[row]?.total);

/** What a figure counts, read from the words right before (and for 结转/顺延 right after) it. */
export type Measure = 'received' | 'answered' | 'carriedOver' | 'carriedForward' | 'review' | 'suits' | 'suitDirect' | 'suitAfterReview';

export function measureOf(f: Figure): Measure | null {
  const lead = f.lead;
  if (/(上年|上一年|去年).{0,6}结转|结转.{0,4}上年/.test(lead)) return 'carriedOver';
  if (/(结转|顺延|转).{0,4}(下年|下一年|明年|次年)/.test(lead) || /^(结转|顺延|转)(到|至)?(下年|下一年|明年|次年)/.test(f.trail)) {
    return 'carriedForward';
  }
  if (/直接起诉/.test(lead)) return 'suitDirect';
  if (/复议后起诉/.test(lead)) return 'suitAfterReview';
  if (/诉讼|起诉/.test(lead)) return 'suits';
  if (/复议/.test(lead)) return 'review';
  if (/(答复|办结|办理完毕|处理完毕)/.test(lead)) return 'answered';
  if (/(受理|收到|新收|收办|接收|共收)/.test(lead) && /申请/.test(f.sentence)) return 'received';
  return null;
}

function mismatch(rule: string, f: Located, cells: string[], expected: number, what: string): Draft {
  return {
    rule,
    cells: [narrativeLocation(f.where), ...cells],
    expected: String(expected),
    actual: String(f.value),
    message: `叙述${quote(f)}与${what}=${expected}不一致`,
  };
}

/** The reading of “received” that matched: 一 alone, or 一+二 as 共受理/收办 may mean. */
export function receivedReading(ctx: RuleContext, value: number): '一' | '一+二' | null {
  const a = t3(ctx, 'newReceived');
  const b = t3(ctx, 'carriedOver');
  if (a === value) return '一';
  if (a !== null && b !== null && a + b === value) return '一+二';
  return null;
}

export const R25 = defineRule({
  id: 'R25',
  severity: 'W',
  group: 'E',
  title: '叙述中的收到申请数与表三一致',
  check: (ctx) => {
    const a = t3(ctx, 'newReceived');
    if (a === null) return [];
    const b = t3(ctx, 'carriedOver');
    return countFigures(ctx)
      .filter((f) => f.measure === 'received')
      .flatMap((f): Draft[] => {
        const reading = receivedReading(ctx, f.value);
        const cells = [cellAddress('requests', 'newReceived', 'total'), cellAddress('requests', 'carriedOver', 'total')];
        if (reading === '一') return [];
        if (reading === '一+二') {
          return [
            {
              rule: 'R25',
              severity: 'I',
              cells: [narrativeLocation(f.where), ...cells],
              expected: String(f.value),
              actual: String(f.value),
              message: `叙述${quote(f)}按“一+二”口径（${a}+${b}）与表三一致`,
            },
          ];
        }
        return [
          {
            rule: 'R25',
            cells: [narrativeLocation(f.where), ...cells],
            expected: b === null ? String(a) : `${a} 或 ${a + b}`,
            actual: String(f.value),
            message: `叙述${quote(f)}与${describeLocation('requests', null, 'newReceived', 'total')}=${a}${b === null ? '' : `、一+二=${a + b}`}均不一致`,
          },
        ];
      });
  },
});

export const R26 = defineRule({
  id: 'R26',
  severity: 'W',
  group: 'E',
  title: '叙述中的办结数、结转数与表三一致',
  check: (ctx) => {
    const rows: Partial<Record<Measure, string>> = { answered: 'results.total', carriedForward: 'carriedForward', carriedOver: 'carriedOver' };
    return countFigures(ctx).flatMap((f) => {
      const row = rows[f.measure ?? 'received'];
      const expected = row ? t3(ctx, row) : null;
      if (!row || expected === null || expected === f.value) return [];
      return [mismatch('R26', f, [cellAddress('requests', row, 'total')], expected, describeLocation('requests', null, row, 'total'))];
    });
  },
});

/**
 * 表三's six result groups by the name narratives use — their label without the numeral and the
 * note: 「（二）部分公开（区分处理的…）」 is 部分公开.
 */
const OUTCOME_ROWS: Record<string, string> = Object.fromEntries(
  [...TABLE3_ROWS, ...TABLE3_GROUPS]
    .filter((r) => /^results\.[a-zA-Z]+$/.test(r.key) && r.key !== 'results.total')
    .map((r) => [r.label.replace(/^（.）/, '').replace(/（[^）]*）$/, ''), r.key]),
);
const NAMES = Object.keys(OUTCOME_ROWS).join('|');
const OUTCOME = `(?:${NAMES})(?:（[^）]*）)?`;
/** The outcome names right before a figure, joined as one measure: 「予以公开及部分公开42件」 is （一）+（二）. */
const OUTCOME_CHAIN = new RegExp(`${OUTCOME}(?:(?:及|和|与|以及|、)${OUTCOME})*[的共计合总为]{0,3}$`);
const OUTCOME_NAME = new RegExp(NAMES, 'g');

/** The 表三 rows a figure's phrase names, or null when it names no result. */
export function outcomeRows(phrase: string): string[] | null {
  const chain = phrase.match(OUTCOME_CHAIN);
  return chain ? [...new Set([...chain[0].matchAll(OUTCOME_NAME)].map((m) => OUTCOME_ROWS[m[0]]))] : null;
}

/**
 * A result group's 总计 column, summed over its rows; when that column is blank but the applicant
 * columns are filled, their sum — and the message says so.
 */
function outcomeTotal(t: ReportTables['requests'], row: string): { value: number; fromColumns: boolean } | null {
  const total = sumGroup(t, row, ['total']);
  if (total !== null) return { value: total, fromColumns: false };
  const columns = sumGroup(t, row, TABLE3_APPLICANT_COLUMN_KEYS);
  return columns === null ? null : { value: columns, fromColumns: true };
}

export const R27 = defineRule({
  id: 'R27',
  severity: 'W',
  group: 'E',
  title: '叙述中的办理结果分项与表三一致',
  check: (ctx) =>
    countFigures(ctx).flatMap((f) => {
      const rows = outcomeRows(f.phrase);
      if (!rows) return [];
      const totals = rows.map((row) => outcomeTotal(ctx.tables.requests, row));
      if (totals.some((t) => t === null)) return [];
      const expected = totals.reduce((a, t) => a + t!.value, 0);
      if (expected === f.value) return [];
      const what = `${TABLES.requests.name} ${rows.map(table3Label).join('+')} ${totals.some((t) => t!.fromColumns) ? '各类申请人之和（总计列空白）' : '总计列'}`;
      return [mismatch('R27', f, rows.map((row) => cellAddress('requests', row, 'total')), expected, what)];
    }),
});

export const R28 = defineRule({
  id: 'R28',
  severity: 'W',
  group: 'E',
  title: '叙述中的复议、诉讼数与表四一致',
  check: (ctx) => {
    const t = ctx.tables.reviewLitigation;
    if (!t) return [];
    const v = (g: Table4GroupKey) => numericValue(t[g].total);
    const one = (g: Table4GroupKey): [number | null, string, string[]] => [v(g), describeLocation('reviewLitigation', null, g, 'total'), [cellAddress('reviewLitigation', g, 'total')]];
    const suitLabels = TABLE4_GROUPS.filter((g) => g.key !== 'review').map((g) => g.label);
    const expected: Partial<Record<Measure, [number | null, string, string[]]>> = {
      review: one('review'),
      suits: [
        v('suitDirect') !== null && v('suitAfterReview') !== null ? v('suitDirect')! + v('suitAfterReview')! : null,
        `${TABLES.reviewLitigation.name} ${TABLE4_LITIGATION_HEADER}（${suitLabels.join('+')}）总计`,
        [one('suitDirect')[2][0], one('suitAfterReview')[2][0]],
      ],
      suitDirect: one('suitDirect'),
      suitAfterReview: one('suitAfterReview'),
    };
    return countFigures(ctx).flatMap((f) => {
      const e = expected[f.measure ?? 'received'];
      if (!e || e[0] === null || e[0] === f.value) return [];
      return [mismatch('R28', f, e[2], e[0], e[1])];
    });
  },
});

/**
 * Which 表二 column a 规范性文件 figure states: the qualifier decides, not the first verb —
 * 「发布现行有效行政规范性文件393件」 is 现行有效. 「废止现行有效…」 is ambiguous and read as nothing;
 * 发布 alone may mean published rather than issued, so it only informs.
 */
export function normativeDocsColumn(lead: string): { column: 'issued' | 'repealed' | 'inForce'; loose: boolean } | null {
  const repealed = /废止|失效/.test(lead);
  if (/现行有效/.test(lead)) return repealed ? null : { column: 'inForce', loose: false };
  if (repealed) return { column: 'repealed', loose: false };
  if (/制发|印发|出台|制定|新增/.test(lead)) return { column: 'issued', loose: false };
  if (/发布/.test(lead)) return { column: 'issued', loose: true };
  return null;
}

export const R29 = defineRule({
  id: 'R29',
  severity: 'W',
  group: 'E',
  title: '叙述中的规范性文件数与表二一致',
  check: (ctx) => {
    const t = ctx.tables.proactive;
    if (!t || ctx.report.formatVersion !== 'v2021') return [];
    return countFigures(ctx).flatMap((f) => {
      if (!/规范性文件/.test(f.lead)) return [];
      const col = normativeDocsColumn(f.lead);
      const expected = col ? numericValue(t.normativeDocs?.[col.column]) : null;
      if (!col || expected === null || expected === f.value) return [];
      const finding = mismatch('R29', f, [cellAddress('proactive', 'normativeDocs', col.column)], expected, describeLocation('proactive', 'v2021', 'normativeDocs', col.column));
      if (col.loose) return [{ ...finding, severity: 'I' as const, message: `${finding.message}（“发布”也可能指公开发布，请核实口径）` }];
      return [finding];
    });
  },
});

/**
 * What a share (占) is a share of: a result's share is of the replies stated before it
 * (答复/办结, else 收到), wherever in the part they were stated — 「答复805件。…不予公开35件，占4.34%」
 * is 35/805, not 35 over the nearest larger figure. Any other share is of a larger figure of the
 * same unit earlier in its sentence; with none, nothing is computed.
 */
function shareBase(before: Figure[], part: Figure, pct: Figure): Figure | undefined {
  const whole = /答复|办结|办理/.test(pct.lead) ? 'answered' : /申请|收到|受理/.test(pct.lead) ? 'received' : null;
  if (whole || outcomeRows(part.phrase)) {
    const stated = [...before].reverse();
    const want = whole ? [whole] : ['answered', 'received'];
    for (const m of want) {
      const found = stated.find((f) => f !== part && f.unit === part.unit && !f.approx && measureOf(f) === m && f.value >= part.value);
      if (found) return found;
    }
    return undefined;
  }
  return before.find((f) => f.sentence === pct.sentence && f.unit === part.unit && f !== part && !f.approx && f.value >= part.value);
}

/** Percentages: 同比 changes against last year's report, and shares (占) of a stated total. */
export const R30 = defineRule({
  id: 'R30',
  severity: 'W',
  group: 'E',
  title: '叙述中的百分比计算正确',
  check: (ctx) => {
    const out: Draft[] = [];
    for (const part of parsedParts(ctx)) {
      const { figures } = part;
      figures.forEach((pct, i) => {
        if (pct.unit !== '%' || pct.approx) return;
        const base = figures.slice(0, i).reverse().find((f) => f.unit !== '%' && f.sentence === pct.sentence && !f.approx);
        if (!base) return;
        const decimals = (pct.raw.match(/\.(\d+)/)?.[1].length ?? 0);
        let computed: number | null = null;
        let basis = '';
        if (/同比|比上年|较上年/.test(pct.lead) && /(增长|增加|上升|下降|减少)/.test(pct.lead)) {
          const measure = measureOf(base);
          if (measure !== 'received' || !ctx.previousTables?.requests) {
            if (measure === 'received') {
              out.push({ rule: 'R30', cells: [narrativeLocation(part.key)], notAssessable: true, message: `叙述${quote(pct)}：没有上一年度的年报，无法核对同比变化` });
            }
            return;
          }
          const reading = receivedReading(ctx, base.value);
          const prevA = numericValue(ctx.previousTables.requests.newReceived?.total);
          const prevB = numericValue(ctx.previousTables.requests.carriedOver?.total);
          const prev = reading === '一+二' && prevA !== null && prevB !== null ? prevA + prevB : prevA;
          if (!prev) return;
          const sign = /(下降|减少)/.test(pct.lead) ? -1 : 1;
          computed = (sign * (base.value - prev) * 100) / prev;
          basis = `上年${prev}件，本年${base.value}件`;
        } else if (/占/.test(pct.lead)) {
          const total = shareBase(figures.slice(0, i), base, pct);
          if (!total) return;
          computed = (base.value * 100) / total.value;
          basis = `${base.value}÷${total.value}`;
        } else {
          return;
        }
        // A figure is right within one unit of its last stated digit, rounded or cut: 4.34% for 4.348, 54.5% for 54.55.
        const stated = pct.value;
        if (Math.abs(computed - stated) < 10 ** -decimals - 1e-9) return;
        out.push({
          rule: 'R30',
          cells: [narrativeLocation(part.key)],
          expected: `${computed.toFixed(Math.max(decimals, 2))}%`,
          actual: `${stated}%`,
          message: `叙述${quote(pct)}：按${basis}计算应为${computed.toFixed(Math.max(decimals, 2))}%`,
        });
      });
    }
    return out;
  },
});

/** 「均获维持」「均已结案」 and their variants; the sentence test below tells which. */
const ALL_CLAIM = /(?:均|全部)(?:(?:获|被|予以)?维持|已?(?:结案|审结))/g;
const SENTENCE_BREAK = /[。；\n]/;

/** The sentences (up to 。；or a line end) that make such a claim, each once, without splitting the rest. */
function claimSentences(text: string): string[] {
  const sentences: string[] = [];
  let last = -1;
  for (const m of text.matchAll(ALL_CLAIM)) {
    if (m.index < last) continue;
    let start = m.index;
    while (start > 0 && !SENTENCE_BREAK.test(text[start - 1])) start--;
    let end = m.index;
    while (end < text.length && !SENTENCE_BREAK.test(text[end])) end++;
    sentences.push(text.slice(start, end));
    last = end;
  }
  return sentences;
}

export const R31 = defineRule({
  id: 'R31',
  severity: 'W',
  group: 'E',
  title: '“均获维持”“均已结案”与表四一致',
  check: (ctx) => {
    const t = ctx.tables.reviewLitigation;
    if (!t) return [];
    const out: Draft[] = [];
    for (const part of plainParts(ctx)) {
      for (const sentence of claimSentences(part.text)) {
        const upheld = /(均|全部)(获|被|予以)?维持/.test(sentence);
        const closed = /(均|全部)已?(结案|审结)/.test(sentence);
        if (!upheld && !closed) continue;
        const groups = (/复议/.test(sentence) && !/诉讼|起诉/.test(sentence)
          ? ['review']
          : /诉讼|起诉/.test(sentence) && !/复议/.test(sentence)
            ? ['suitDirect', 'suitAfterReview']
            : ['review', 'suitDirect', 'suitAfterReview']) as ('review' | 'suitDirect' | 'suitAfterReview')[];
        const columns = upheld ? (['corrected', 'other', 'pending'] as const) : (['pending'] as const);
        const nonZero = groups.flatMap((g) => columns.filter((c) => (numericValue(t[g][c]) ?? 0) > 0).map((c) => cellAddress('reviewLitigation', g, c)));
        if (!nonZero.length) continue;
        out.push({
          rule: 'R31',
          cells: [narrativeLocation(part.key), ...nonZero],
          expected: '0',
          message: `叙述“${sentence.slice(0, 30)}”说${upheld ? '均获维持' : '均已结案'}，但表四 ${nonZero.length}个相关单元格不为0`,
        });
      }
    }
    return out;
  },
});

/** A block's opening year, after a numbered heading if any: 「（三）政府信息管理情况 2022年，…」, 「3.平台建设 2022年…」. */
const OPENING_YEAR = /^(?:(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．])[^。，\n\d]{0,16}?[。，：:\n]?)?(\d{4})年(?!以来|来|起|至|底|末|[—－-])/;
/** Later paragraphs are read only in the unmistakable shape 「2022年，我局…」. */
const PARAGRAPH_YEAR = /\n(?:(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．])[^。，\n\d]{0,16}?[。，：:\n]?)?(\d{4})年度?[，,]/;

function openingYear(text: string): number | null {
  const m = text.match(OPENING_YEAR) ?? text.match(PARAGRAPH_YEAR);
  return m ? Number(m[1]) : null;
}

export const R32 = defineRule({
  id: 'R32',
  severity: 'W',
  group: 'E',
  title: '叙述中的年份与报告年度一致',
  check: (ctx) => {
    const y = ctx.report.year;
    if (y == null) return [];
    const out: Draft[] = [];
    const parts = plainParts(ctx).filter((p) => p.key !== 'preamble');
    const years = new Set<number>();
    for (const part of parts) {
      // Years in titles and document numbers (《…2021年…》, 〔2022〕, （2020版）) are not the narrative's.
      const text = /[《〔版]/.test(part.text) ? part.text.replace(/《[^》]*》|〔[^〕]*〕|（\d{4}版）|\(\d{4}版\)/g, '') : part.text;
      for (const m of text.matchAll(/(\d{4})年/g)) years.add(Number(m[1]));
      const opening = openingYear(text);
      if (opening !== null && opening !== y && opening !== y + 1) {
        out.push({
          rule: 'R32',
          cells: [narrativeLocation(part.key)],
          expected: `${y}年`,
          actual: `${opening}年`,
          message: `${narrativeLocation(part.key)} 以“${opening}年”开头，报告年度为${y}年，可能沿用了往年文字`,
        });
      }
    }
    if (years.size && !years.has(y) && years.has(y - 1)) {
      out.push({
        rule: 'R32',
        cells: parts.map((p) => narrativeLocation(p.key)),
        expected: `${y}年`,
        actual: [...years].sort().join('、'),
        message: `叙述提到${[...years].sort().map((v) => `${v}年`).join('、')}，没有提到报告年度${y}年，可能沿用了上年报告`,
      });
    }
    return out;
  },
});

/**
 * Whether a figure of measure `part` can be listed under a whole of measure `whole`: a figure that
 * names no measure can; what was received splits into outcomes and what is carried forward; a whole
 * that names none may hold anything but 复议 and 诉讼.
 */
function partOf(whole: Measure | null, part: Measure | null): boolean {
  if (part === null || part === whole) return true;
  if (whole === null) return !LITIGATION.has(part);
  return whole === 'received' && (part === 'carriedForward' || part === 'carriedOver');
}
const LITIGATION = new Set<Measure>(['review', 'suits', 'suitDirect', 'suitAfterReview']);

/** “共N条。其中：a条；b条…” — the parts must add up to the stated whole. */
export const R33 = defineRule({
  id: 'R33',
  severity: 'W',
  group: 'E',
  title: '叙述中的分项之和等于所述合计',
  check: (ctx) => {
    const out: Draft[] = [];
    for (const part of parsedParts(ctx)) {
      const { text, figures } = part;
      for (const m of text.matchAll(/其中/g)) {
        const at = m.index!;
        // A 「其中：」 list may separate its items with ；, so only 。 or the line end closes it; a
        // 「其中」 inside a sentence closes at ；, or at the next 其中.
        const listStyle = /^其中[：:]/.test(text.slice(at));
        const stop = text.slice(at + 2).search(listStyle ? /[。\n]/ : /[。；\n]|其中/);
        const end = stop < 0 ? text.length : at + 2 + stop;
        const open = figures.filter((f) => !f.inParentheses);
        const whole = [...open].reverse().find((f) => f.index < at && f.unit !== '%');
        if (!whole) continue;
        const between = text.slice(whole.index + whole.raw.length, at);
        if (between.length > 60 || between.replace(/。$/, '').includes('。')) continue;
        if (!whole || whole.approx) continue;
        // The list also ends where a figure states another measure: 「…，全年行政复议2件」 is no part of
        // 收到81件, nor is 「其中办结119件」 one of 收到121件's parts, while 「转下年度办理125件」 is.
        const wholeMeasure = measureOf(whole);
        const listed = open.filter((f) => f.index > at && f.index < end);
        const other = listed.findIndex((f) => !partOf(wholeMeasure, measureOf(f)));
        const parts = (other < 0 ? listed : listed.slice(0, other)).filter((f) => f.unit === whole.unit);
        if (parts.length < 2 || parts.some((p) => p.approx)) continue;
        const sum = parts.reduce((a, p) => a + p.value, 0);
        if (sum === whole.value) continue;
        out.push({
          rule: 'R33',
          cells: [narrativeLocation(part.key)],
          expected: String(whole.value),
          actual: String(sum),
          message: `叙述“${text.slice(lastSentenceStart(text, whole.index), whole.index + whole.raw.length)}”之后“其中”所列各项之和为${parts
            .map((p) => p.value)
            .join('+')}=${sum}，与${whole.value}${whole.unit}不符`,
        });
      }
    }
    return out;
  },
});

function lastSentenceStart(text: string, index: number): number {
  const i = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('，', index - 1));
  return i + 1;
}
