/** Group D: structure and completeness, R17–R24. */
import { AGENCY_CLASSES, OVERVIEW_BLOCKS, SECTIONS, sectionTitle, table3Label, table3LayoutOf, TABLE3_ROWS, TABLE3_UNSPLIT_KEY, type AgencyType } from '../definition';
import { otherMattersText, overviewPlain, plainPart, present } from './text';
import { labelKey } from '../label-match';
import { defineRule, type RuleFn } from './types';

export const isGovernment = (t: AgencyType | null | undefined) => !!t && AGENCY_CLASSES[t].government;

/**
 * A topic written under its own numbered heading inside another block (an import that could not
 * split the overview, or a report that numbers 1. 2. 3.): 「4.认真办理依申请公开」, 「（二）依申请公开情况」.
 */
const heading = (words: string) => new RegExp(`(?:^|\\n|[。；])(?:[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十\\d]{1,2}[、.．])[^。\\n]{0,12}?(?:${words})`);
const TOPIC_HEADINGS: Record<string, RegExp> = {
  proactiveDisclosure: heading('主动公开'),
  requestDisclosure: heading('依申请公开'),
  infoManagement: heading('信息管理'),
  platform: heading('平台'),
  oversight: heading('监督|保障'),
};

/** What a government's 监督保障 reports (FORMAT.md §3), by the words reports use for it: 年度考核, 社会评议活动, 问责. */
const GOVERNMENT_TOPICS: [string, RegExp][] = [
  ['工作考核', /考核/],
  ['社会评议', /评议/],
  ['责任追究', /追究|问责/],
];

export const R17 = defineRule({
  id: 'R17',
  severity: 'E',
  group: 'D',
  title: '六个部分齐全且顺序正确',
  check: ({ report }) => {
    const overviewText = Object.values(report.overview ?? {}).some(present);
    const has: Record<string, boolean> = {
      overview: overviewText,
      proactive: report.proactive != null,
      requests: report.requests != null,
      reviewLitigation: report.reviewLitigation != null,
      problems: present(report.problems),
      otherMatters: present(otherMattersText(report)) || report.otherMatters?.feeCollectedAmountYuan != null,
    };
    const missing = SECTIONS.filter((s) => !has[s.key]);
    if (!missing.length) return [];
    return [
      {
        rule: 'R17',
        cells: missing.map((s) => s.key),
        message: `缺少第${missing.map((s) => `${s.numeral}部分“${s.heading}”`).join('、第')}`,
      },
    ];
  },
});

export const R18 = defineRule({
  id: 'R18',
  severity: 'W',
  group: 'D',
  title: '总体情况涵盖五个方面',
  check: (ctx) => {
    const { report } = ctx;
    const overview = overviewPlain(ctx);
    const missing = OVERVIEW_BLOCKS.filter((b) => !present(report.overview?.[b.key]) && !TOPIC_HEADINGS[b.key].test(overview));
    const out = missing.length
      ? [
          {
            rule: 'R18',
            cells: missing.map((b) => `overview.${b.key}`),
            message: `${sectionTitle('overview')} 未写：${missing.map((b) => `${b.numeral}${b.label}`).join('、')}`,
          },
        ]
      : [];
    if (isGovernment(report.agencyType)) {
      const topics = GOVERNMENT_TOPICS.filter(([, words]) => !words.test(overview)).map(([topic]) => topic);
      if (topics.length) {
        out.push({
          rule: 'R18',
          cells: ['overview.oversight'],
          message: `政府年报的监督保障应写工作考核、社会评议和责任追究结果情况，未提到：${topics.join('、')}`,
        });
      }
    }
    return out;
  },
});

/** How reports name a shortcoming: 「存在的问题」, 「形式单一」, 「仍需加强」, 「尚未实现」, 「不够及时」. */
const PROBLEM_WORDS = /问题|不足|差距|短板|薄弱|有待|不够|欠缺|滞后|单一|仍需|仍有|还需|尚需|尚未|不高|不强|不到位|不及时|不平衡|不充分|不规范|不完善/;
const MEASURE_WORDS = /改进|下一步|措施|加强|整改|推进|提升|完善|将/;

export const R19 = defineRule({
  id: 'R19',
  severity: 'W',
  group: 'D',
  title: '第五部分既写问题也写改进措施',
  check: (ctx) => {
    const text = plainPart(ctx, 'problems');
    if (!text) return [{ rule: 'R19', cells: ['problems'], message: `${sectionTitle('problems')} 为空` }];
    const lacks = [!PROBLEM_WORDS.test(text) && '存在的问题', !MEASURE_WORDS.test(text) && '改进措施'].filter(Boolean);
    if (!lacks.length) return [];
    return [{ rule: 'R19', cells: ['problems'], message: `${sectionTitle('problems')} 未见${lacks.join('和')}` }];
  },
});

/** A statement of the fee, in the words reports use: 信息处理费, 收费通知, 「未收取任何费用」. */
const FEE_STATEMENT = /信息处理费|收费通知|未(?:收取|产生|发生).{0,10}费/;

export const R20 = defineRule({
  id: 'R20',
  severity: 'W',
  group: 'D',
  title: '第六部分说明信息处理费收取情况',
  check: (ctx) => {
    const { report } = ctx;
    // The 信息处理费 rules are in force from 2021 (国办函〔2020〕109号): reports on 2020 and earlier have none to state.
    if (report.year != null && report.year <= 2020) return [];
    const om = report.otherMatters ?? {};
    if (om.feeCollectedAmountYuan != null || FEE_STATEMENT.test(plainPart(ctx, 'otherMatters'))) return [];
    return [
      {
        rule: 'R20',
        cells: ['otherMatters.feeStatement'],
        message: `${sectionTitle('otherMatters')} 应说明信息处理费的收取情况（未收取也要写明）`,
      },
    ];
  },
});

export const R21 = defineRule({
  id: 'R21',
  severity: 'I',
  group: 'D',
  title: '政府年报第六部分涵盖工作要点、建议提案、创新情况',
  check: (ctx) => {
    const { report } = ctx;
    if (!report.agencyType) {
      return [{ rule: 'R21', cells: ['otherMatters'], notAssessable: true, message: '机关类型未知，无法判断是否为政府年报（第六部分的三项内容）' }];
    }
    if (!isGovernment(report.agencyType)) return [];
    const om = report.otherMatters ?? {};
    const text = plainPart(ctx, 'otherMatters');
    const items = [
      ['workPointsImplementation', '落实上级年度政务公开工作要点情况', /工作要点/],
      ['proposalsDisclosure', '人大代表建议和政协提案办理结果公开情况', /建议|提案/],
      ['innovation', '年度政务公开工作创新情况', /创新/],
    ] as const;
    const missing = items.filter(([key, , word]) => !present(om[key]) && !word.test(text));
    if (!missing.length) return [];
    return [
      {
        rule: 'R21',
        cells: missing.map(([key]) => `otherMatters.${key}`),
        message: `政府年报第六部分通常还报告：${missing.map(([, label]) => label).join('、')}`,
      },
    ];
  },
});

/** Labels as published, compared with the official ones after numbering, spacing and punctuation are folded. */
const OFFICIAL_ROWS = new Map(TABLE3_ROWS.map((r) => [`t3.${r.key}`, { label: r.label, normalized: labelKey(r.label) }]));

export const R22 = defineRule({
  id: 'R22',
  severity: 'W',
  group: 'D',
  title: '表格标签与国家模板一致',
  check: ({ report }) => {
    const labels = report.sourceLabels;
    if (!labels) return [];
    return Object.entries(labels).flatMap(([address, given]) => {
      const row = OFFICIAL_ROWS.get(address);
      if (!row || row.normalized === labelKey(given)) return [];
      return [
        {
          rule: 'R22',
          cells: [address],
          expected: row.label,
          actual: given,
          message: `表三 行标签“${given}”与模板“${row.label}”不一致`,
        },
      ];
    });
  },
});

const SPLIT_OTHER_HANDLING = TABLE3_ROWS.filter((r) => r.group === 'results.otherHandling').map((r) => r.label);

export const R23 = defineRule({
  id: 'R23',
  severity: 'E',
  group: 'D',
  title: '2021年格式的（六）其他处理分三项',
  check: ({ report, tables }) => {
    if (report.formatVersion !== 'v2021' || !tables.requests || !table3LayoutOf('v2021', tables.requests).collapsed) return [];
    return [
      {
        rule: 'R23',
        cells: [`t3.${TABLE3_UNSPLIT_KEY}`],
        message: `表三 ${table3Label('results.otherHandling')} 应分为${SPLIT_OTHER_HANDLING.map((l) => `“${l}”`).join('')}三项（2021年格式）`,
      },
    ];
  },
});

/**
 * How a year's period is stated: 「自2023年1月1日起至2023年12月31日止」, 「从2023年1月1日至12月31止」,
 * 「2023年1月1日—12月31日」. Built once per year.
 */
const PERIODS = new Map<number, RegExp>();
function statedPeriod(y: number): RegExp {
  let period = PERIODS.get(y);
  if (!period) {
    period = new RegExp(`${y}年1月1日?(?:起)?(?:至|到|—|－|-|~|～)(?:${y}年)?12月31日?`);
    PERIODS.set(y, period);
  }
  return period;
}

export const R24 = defineRule({
  id: 'R24',
  severity: 'W',
  group: 'D',
  title: '说明统计期间为本年1月1日至12月31日',
  check: (ctx) => {
    const { report } = ctx;
    const y = report.year;
    if (y == null) return [];
    if (report.periodStart || report.periodEnd) {
      if (report.periodStart === `${y}-01-01` && report.periodEnd === `${y}-12-31`) return [];
      return [
        {
          rule: 'R24',
          cells: ['periodStart', 'periodEnd'],
          expected: `${y}-01-01 至 ${y}-12-31`,
          actual: `${report.periodStart ?? '？'} 至 ${report.periodEnd ?? '？'}`,
          message: `统计期间应为${y}年1月1日至12月31日，当前为${report.periodStart ?? '未填'}至${report.periodEnd ?? '未填'}`,
        },
      ];
    }
    const period = statedPeriod(y);
    const stated = period.test(plainPart(ctx, 'preamble')) || period.test(plainPart(ctx, 'intro'));
    if (stated) return [];
    return [{ rule: 'R24', cells: ['periodStart', 'periodEnd'], message: `未说明统计期间（应为${y}年1月1日至12月31日）` }];
  },
});
