/**
 * The national annual-report format (国办公开办函〔2021〕30号 and the 2019 trial format) as data.
 *
 * This is the only module that holds the official labels. Everything else — zod schemas, rules,
 * renderers, the importer, the grid editor, admin labels — derives from it. It must not import
 * anything from Strapi so that it runs in Node, in tests and in the browser alike.
 */

export const FORMAT_VERSIONS = ['pre2019', 'v2019', 'v2021'] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];
export type TabularVersion = Exclude<FormatVersion, 'pre2019'>;

export const FORMAT_VERSION_LABELS: Record<FormatVersion, string> = {
  pre2019: '2019年以前（2008年条例，无统一表格）',
  v2019: '2019年试行格式（国办公开办函〔2019〕60号）',
  v2021: '2021年格式（国办公开办函〔2021〕30号）',
};

/** The version a report year should use (FORMAT.md §1). */
export function expectedFormatVersion(year: number): FormatVersion {
  if (year <= 2018) return 'pre2019';
  if (year <= 2020) return 'v2019';
  return 'v2021';
}

/**
 * The format version a report is read in: the one it records, else the one its year should use.
 * The engine, the grid, the view and the importer all ask this, so an unsaved 2020 report is drawn
 * and checked alike.
 */
export function formatVersionOf(report: { formatVersion?: FormatVersion | null; year?: number | null }): FormatVersion {
  if (report.formatVersion) return report.formatVersion;
  return typeof report.year === 'number' ? expectedFormatVersion(report.year) : 'v2021';
}

export const REPORT_TITLE_SUFFIX = '年政府信息公开工作年度报告';

/** The title line under the agency's name in the standard view: 2023年政府信息公开工作年度报告. */
export function yearTitle(year: number): string {
  return `${year}${REPORT_TITLE_SUFFIX}`;
}

/** The full title a report is stored and listed under. */
export function reportTitle(agencyName: string, year: number): string {
  return `${agencyName}${yearTitle(year)}`;
}

// ---------------------------------------------------------------------------------------------
// Sections (FORMAT.md §3)

export const SECTION_KEYS = [
  'overview',
  'proactive',
  'requests',
  'reviewLitigation',
  'problems',
  'otherMatters',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionDef {
  key: SectionKey;
  numeral: string;
  heading: string;
  /** Headings seen in published reports that mean the same section. */
  alternativeHeadings: readonly string[];
}

export const SECTIONS: readonly SectionDef[] = [
  { key: 'overview', numeral: '一', heading: '总体情况', alternativeHeadings: [] },
  { key: 'proactive', numeral: '二', heading: '主动公开政府信息情况', alternativeHeadings: [] },
  {
    key: 'requests',
    numeral: '三',
    heading: '收到和处理政府信息公开申请情况',
    alternativeHeadings: [],
  },
  {
    key: 'reviewLitigation',
    numeral: '四',
    heading: '政府信息公开行政复议、行政诉讼情况',
    alternativeHeadings: [
      '因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
      '政府信息公开行政复议和行政诉讼情况',
    ],
  },
  { key: 'problems', numeral: '五', heading: '存在的主要问题及改进情况', alternativeHeadings: [] },
  { key: 'otherMatters', numeral: '六', heading: '其他需要报告的事项', alternativeHeadings: [] },
];

/** 「三、收到和处理政府信息公开申请情况」. */
export function sectionTitle(key: SectionKey): string {
  const s = SECTIONS.find((x) => x.key === key)!;
  return `${s.numeral}、${s.heading}`;
}

export const OVERVIEW_BLOCK_KEYS = [
  'proactiveDisclosure',
  'requestDisclosure',
  'infoManagement',
  'platform',
  'oversight',
] as const;
export type OverviewBlockKey = (typeof OVERVIEW_BLOCK_KEYS)[number];

export const OVERVIEW_BLOCKS: readonly { key: OverviewBlockKey; numeral: string; label: string }[] = [
  { key: 'proactiveDisclosure', numeral: '（一）', label: '主动公开' },
  { key: 'requestDisclosure', numeral: '（二）', label: '依申请公开' },
  { key: 'infoManagement', numeral: '（三）', label: '政府信息管理' },
  { key: 'platform', numeral: '（四）', label: '政府信息公开平台建设' },
  { key: 'oversight', numeral: '（五）', label: '监督保障' },
];

/** Section 六's structured parts (FORMAT.md §8). */
export const OTHER_MATTERS_FIELDS = {
  feeStatement: '信息处理费收取情况',
  feeNoticesIssuedCount: '发出收费通知的件数',
  feeNoticesIssuedAmountYuan: '发出收费通知的总金额（元）',
  feeCollectedAmountYuan: '实际收取的总金额（元）',
  workPointsImplementation: '落实上级年度政务公开工作要点情况',
  proposalsDisclosure: '人大代表建议和政协提案办理结果公开情况',
  innovation: '年度政务公开工作创新情况',
  otherText: '其他事项',
} as const;

// ---------------------------------------------------------------------------------------------
// Tables: common

export type TableKey = 'proactive' | 'requests' | 'reviewLitigation';

export const TABLES: Record<TableKey, { prefix: 't2' | 't3' | 't4'; name: string; caption: string }> = {
  proactive: { prefix: 't2', name: '表二', caption: '主动公开政府信息情况' },
  requests: { prefix: 't3', name: '表三', caption: '收到和处理政府信息公开申请情况' },
  reviewLitigation: { prefix: 't4', name: '表四', caption: '政府信息公开行政复议、行政诉讼情况' },
};

/**
 * How a cell's value is read:
 * - count: non-negative integer, blank (null) or '/'
 * - signedCount: v2019 本年增/减, an integer that may be negative
 * - amountWan: decimal 万元, kept as an exact decimal string
 * - amountText: v2019 采购总金额, raw text with an optional parsed amount
 */
export type CellKind = 'count' | 'signedCount' | 'amountWan' | 'amountText';

export interface ColumnDef {
  key: string;
  label: string;
  kind: CellKind;
}

export interface RowDef {
  key: string;
  label: string;
}

// ---------------------------------------------------------------------------------------------
// Table 二 (FORMAT.md §4)

export interface Table2Block {
  /** 第二十条 item, e.g. '（一）'. */
  item: string;
  heading: string;
  rows: readonly RowDef[];
  columns: readonly ColumnDef[];
}

export const TABLE2_FIRST_HEADER = '信息内容';

const article20 = (item: string) => `第二十条第${item}项`;

const v2019ItemColumns: readonly ColumnDef[] = [
  { key: 'prevItems', label: '上一年项目数量', kind: 'count' },
  { key: 'itemsDelta', label: '本年增/减', kind: 'signedCount' },
  { key: 'decisions', label: '处理决定数量', kind: 'count' },
];

export const TABLE2: Record<TabularVersion, readonly Table2Block[]> = {
  v2021: [
    {
      item: '（一）',
      heading: article20('（一）'),
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normativeDocs', label: '行政规范性文件' },
      ],
      columns: [
        { key: 'issued', label: '本年制发件数', kind: 'count' },
        { key: 'repealed', label: '本年废止件数', kind: 'count' },
        { key: 'inForce', label: '现行有效件数', kind: 'count' },
      ],
    },
    {
      item: '（五）',
      heading: article20('（五）'),
      rows: [{ key: 'licensing', label: '行政许可' }],
      columns: [{ key: 'decisions', label: '本年处理决定数量', kind: 'count' }],
    },
    {
      item: '（六）',
      heading: article20('（六）'),
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
      columns: [{ key: 'decisions', label: '本年处理决定数量', kind: 'count' }],
    },
    {
      item: '（八）',
      heading: article20('（八）'),
      rows: [{ key: 'adminFees', label: '行政事业性收费' }],
      columns: [{ key: 'amountWan', label: '本年收费金额（单位：万元）', kind: 'amountWan' }],
    },
  ],
  v2019: [
    {
      item: '（一）',
      heading: article20('（一）'),
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normativeDocs', label: '规范性文件' },
      ],
      columns: [
        { key: 'produced', label: '本年新制作数量', kind: 'count' },
        { key: 'published', label: '本年新公开数量', kind: 'count' },
        { key: 'publishedTotal', label: '对外公开总数量', kind: 'count' },
      ],
    },
    {
      item: '（五）',
      heading: article20('（五）'),
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'otherServices', label: '其他对外管理服务事项' },
      ],
      columns: v2019ItemColumns,
    },
    {
      item: '（六）',
      heading: article20('（六）'),
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
      columns: v2019ItemColumns,
    },
    {
      item: '（八）',
      heading: article20('（八）'),
      rows: [{ key: 'adminFees', label: '行政事业性收费' }],
      columns: v2019ItemColumns.slice(0, 2),
    },
    {
      item: '（九）',
      heading: article20('（九）'),
      rows: [{ key: 'procurement', label: '政府集中采购' }],
      columns: [
        { key: 'projects', label: '采购项目数量', kind: 'count' },
        { key: 'amountText', label: '采购总金额', kind: 'amountText' },
      ],
    },
  ],
};

/** Help texts: what each 第二十条 item covers (FORMAT.md §4, [R]). */
export const ARTICLE20_SCOPE: Record<string, string> = {
  '（一）': '行政法规、规章和规范性文件',
  '（五）': '行政许可',
  '（六）': '行政处罚、行政强制',
  '（八）': '行政事业性收费',
  '（九）': '政府集中采购',
};

// ---------------------------------------------------------------------------------------------
// Table 三 (FORMAT.md §5)

export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const TABLE3_APPLICANT_HEADER = '申请人情况';
export const TABLE3_LEGAL_ENTITY_HEADER = '法人或其他组织';

export const TABLE3_COLUMNS: readonly ColumnDef[] = [
  { key: 'naturalPerson', label: '自然人', kind: 'count' },
  { key: 'commercial', label: '商业企业', kind: 'count' },
  { key: 'research', label: '科研机构', kind: 'count' },
  { key: 'publicInterest', label: '社会公益组织', kind: 'count' },
  { key: 'legalService', label: '法律服务机构', kind: 'count' },
  { key: 'other', label: '其他', kind: 'count' },
  { key: 'total', label: '总计', kind: 'count' },
];
export type Table3ColumnKey =
  | 'naturalPerson'
  | 'commercial'
  | 'research'
  | 'publicInterest'
  | 'legalService'
  | 'other'
  | 'total';
export const TABLE3_COLUMN_KEYS = TABLE3_COLUMNS.map((c) => c.key as Table3ColumnKey);
/** The six applicant columns whose sum is 总计. */
export const TABLE3_APPLICANT_COLUMN_KEYS = TABLE3_COLUMN_KEYS.filter((k) => k !== 'total');

/** A heading row of table 三 that has no cells of its own; its subtotal is computed (R08). */
export interface Table3Group {
  key: string;
  label: string;
  parent?: string;
}

export const TABLE3_GROUPS: readonly Table3Group[] = [
  { key: 'results', label: '三、本年度办理结果' },
  { key: 'results.withheld', label: '（三）不予公开', parent: 'results' },
  { key: 'results.unavailable', label: '（四）无法提供', parent: 'results' },
  { key: 'results.notProcessed', label: '（五）不予处理', parent: 'results' },
  { key: 'results.otherHandling', label: '（六）其他处理', parent: 'results' },
];

export interface Table3Row extends RowDef {
  /** The group heading the row sits under, if any. */
  group?: string;
  /** 条例 article(s) behind the row, for help texts. */
  article?: string;
  /** A leaf of 三、本年度办理结果 — summed into （七）总计 (R03). */
  resultLeaf?: boolean;
  /** Which tabular versions have this row. */
  versions: readonly TabularVersion[];
}

const both: readonly TabularVersion[] = ['v2019', 'v2021'];

export const TABLE3_ROWS: readonly Table3Row[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', versions: both },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', versions: both },
  { key: 'results.granted', label: '（一）予以公开', group: 'results', resultLeaf: true, versions: both },
  {
    key: 'results.partiallyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    group: 'results',
    resultLeaf: true,
    versions: both,
  },
  ...(
    [
      ['stateSecret', '1.属于国家秘密', '第十四条'],
      ['lawProhibited', '2.其他法律行政法规禁止公开', '第十四条'],
      ['securityStability', '3.危及“三安全一稳定”', '第十四条'],
      ['thirdPartyRights', '4.保护第三方合法权益', '第十五条'],
      ['internalAffairs', '5.属于三类内部事务信息', '第十六条'],
      ['processInfo', '6.属于四类过程性信息', '第十六条'],
      ['enforcementFile', '7.属于行政执法案卷', '第十六条'],
      ['adminQuery', '8.属于行政查询事项', '第三十六条第（七）项'],
    ] as const
  ).map(([key, label, article]) => leaf('results.withheld', key, label, article, both)),
  ...(
    [
      ['notHeld', '1.本机关不掌握相关政府信息', '第三十六条第（四）项、第（五）项'],
      ['needsCreation', '2.没有现成信息需要另行制作', '第三十八条'],
      ['stillUnclear', '3.补正后申请内容仍不明确', '第三十条'],
    ] as const
  ).map(([key, label, article]) => leaf('results.unavailable', key, label, article, both)),
  ...(
    [
      ['petition', '1.信访举报投诉类申请', '第三十九条'],
      ['duplicate', '2.重复申请', '第三十六条第（六）项'],
      ['publication', '3.要求提供公开出版物', '第三十九条'],
      ['excessive', '4.无正当理由大量反复申请', '第三十五条'],
      ['confirmation', '5.要求行政机关确认或重新出具已获取信息', undefined],
    ] as const
  ).map(([key, label, article]) => leaf('results.notProcessed', key, label, article, both)),
  ...(
    [
      [
        'noCorrection',
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        '第三十条',
      ],
      ['feeUnpaid', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '第四十二条'],
      ['other', '3.其他', undefined],
    ] as const
  ).map(([key, label, article]) => leaf('results.otherHandling', key, label, article, ['v2021'])),
  // v2019 has one （六）其他处理 row with cells; a v2021 report that collapses （六） is stored the same way.
  {
    key: 'results.otherHandling.unsplit',
    label: '（六）其他处理',
    group: 'results',
    resultLeaf: true,
    versions: ['v2019'],
  },
  { key: 'results.total', label: '（七）总计', group: 'results', versions: both },
  { key: 'carriedForward', label: '四、结转下年度继续办理', versions: both },
];

function leaf(
  group: string,
  key: string,
  label: string,
  article: string | undefined,
  versions: readonly TabularVersion[],
): Table3Row {
  return { key: `${group}.${key}`, label, group, article, resultLeaf: true, versions };
}

/** The label of a 表三 row or group heading, by key. */
export function table3Label(key: string): string {
  return TABLE3_ROWS.find((r) => r.key === key)?.label ?? TABLE3_GROUPS.find((g) => g.key === key)?.label ?? key;
}

export const TABLE3_UNSPLIT_KEY = 'results.otherHandling.unsplit';

function buildTable3Layouts(version: TabularVersion): { collapsed: boolean; rows: Table3Row[] }[] {
  const split = TABLE3_ROWS.filter((r) => r.key !== TABLE3_UNSPLIT_KEY && r.versions.includes('v2021'));
  const collapsed = TABLE3_ROWS.filter((r) => r.group !== 'results.otherHandling');
  return version === 'v2021'
    ? [
        { collapsed: false, rows: split },
        { collapsed: true, rows: collapsed },
      ]
    : [{ collapsed: true, rows: collapsed }];
}

/** Built once: every check and every render asks for them. */
const TABLE3_LAYOUTS = { v2019: buildTable3Layouts('v2019'), v2021: buildTable3Layouts('v2021') };

/** The row layouts table 三 may take in a version: v2021 also accepts the collapsed （六）. Shared: do not change them. */
export function table3Layouts(version: TabularVersion): readonly { collapsed: boolean; rows: readonly Table3Row[] }[] {
  return TABLE3_LAYOUTS[version];
}

export type Table3Layout = ReturnType<typeof table3Layouts>[number];

/**
 * The layout table 三 data takes: with the single （六） row it is the collapsed one, otherwise the
 * version's own. Schema, rules, grid, view, editor and importer all ask this.
 */
export function table3LayoutOf(version: TabularVersion, data: unknown): Table3Layout {
  const layouts = table3Layouts(version);
  const collapsed = typeof data === 'object' && data !== null && TABLE3_UNSPLIT_KEY in data;
  return layouts.find((l) => l.collapsed === collapsed) ?? layouts[0];
}

// ---------------------------------------------------------------------------------------------
// Table 四 (FORMAT.md §6)

export const TABLE4_LITIGATION_HEADER = '行政诉讼';

export const TABLE4_GROUPS: readonly RowDef[] = [
  { key: 'review', label: '行政复议' },
  { key: 'suitDirect', label: '未经复议直接起诉' },
  { key: 'suitAfterReview', label: '复议后起诉' },
];
export type Table4GroupKey = 'review' | 'suitDirect' | 'suitAfterReview';

export const TABLE4_COLUMNS: readonly ColumnDef[] = [
  { key: 'upheld', label: '结果维持', kind: 'count' },
  { key: 'corrected', label: '结果纠正', kind: 'count' },
  { key: 'other', label: '其他结果', kind: 'count' },
  { key: 'pending', label: '尚未审结', kind: 'count' },
  { key: 'total', label: '总计', kind: 'count' },
];
export type Table4ColumnKey = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

// ---------------------------------------------------------------------------------------------
// Agencies

export const AGENCY_TYPES = [
  'stateCouncilDepartment',
  'provincialGovernment',
  'municipalGovernment',
  'countyGovernment',
  'townshipGovernment',
  'subdistrictOffice',
  'governmentDepartment',
  'other',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  stateCouncilDepartment: '国务院部门',
  provincialGovernment: '省级人民政府',
  municipalGovernment: '设区的市级人民政府',
  countyGovernment: '县级人民政府',
  townshipGovernment: '乡镇人民政府',
  subdistrictOffice: '街道办事处',
  governmentDepartment: '政府工作部门',
  other: '其他',
};

interface AgencyClass {
  /** 本级人民政府: reports for its own level, due 3月31日, and covers its departments' work. */
  government: boolean;
  /** 乡镇人民政府 and 街道办事处: a deadline of local rules (FORMAT.md §8). */
  grassroots: boolean;
  /** 规章制定主体 under 立法法: 表二's 规章 row is theirs to fill. */
  makesRules: boolean;
  /** How the type shows in a name, for the importer's guess (checked in AGENCY_TYPES order). */
  name?: RegExp;
}

/** What each agency type means for the rules and the importer, decided here once. */
export const AGENCY_CLASSES: Record<AgencyType, AgencyClass> = {
  stateCouncilDepartment: { government: false, grassroots: false, makesRules: true },
  provincialGovernment: { government: true, grassroots: false, makesRules: true, name: /(省|自治区)人民政府$|^(北京|天津|上海|重庆)市人民政府$/ },
  municipalGovernment: { government: true, grassroots: false, makesRules: true, name: /(市|自治州)人民政府$/ },
  countyGovernment: { government: true, grassroots: false, makesRules: false, name: /(区|县|旗)人民政府$/ },
  townshipGovernment: { government: true, grassroots: true, makesRules: false, name: /(乡|镇)人民政府$/ },
  subdistrictOffice: { government: false, grassroots: true, makesRules: false, name: /街道办事处$/ },
  governmentDepartment: { government: false, grassroots: false, makesRules: false },
  other: { government: false, grassroots: false, makesRules: false },
};

/** The agency type a name suggests (the editor confirms it); a department when nothing matches. */
export function agencyTypeOfName(name: string): AgencyType {
  return AGENCY_TYPES.find((t) => AGENCY_CLASSES[t].name?.test(name)) ?? 'governmentDepartment';
}
