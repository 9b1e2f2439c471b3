/**
 * Chinese labels of the content types' fields and enumerations for the admin. Section and table
 * labels come from the format definition; this module only adds the non-format fields.
 */
import {
  AGENCY_TYPE_LABELS,
  FORMAT_VERSION_LABELS,
  OTHER_MATTERS_FIELDS,
  OVERVIEW_BLOCKS,
  sectionTitle,
  TABLES,
  type SectionKey,
  type TableKey,
} from '#format';
import { AGENCY_UID, CATALOG_UID, OPEN_DAY_UID, REPORT_SERVER_FIELDS, REPORT_UID } from '../../../shared/constants';

const section = (key: SectionKey) => `${sectionTitle(key)}${key in TABLES ? `（${TABLES[key as TableKey].name}）` : ''}`;

export const ENUM_LABELS = {
  agencyType: AGENCY_TYPE_LABELS,
  formatVersion: FORMAT_VERSION_LABELS,
  genre: {
    rule: '规章',
    normativeDocument: '行政规范性文件',
    otherOfficialDocument: '其他公文',
    planning: '规划计划',
    statistics: '统计信息',
    report: '工作报告',
    other: '其他',
  },
  disclosureMethod: { proactive: '主动公开', onRequest: '依申请公开' },
  validity: { valid: '有效', expired: '失效', repealed: '废止' },
  timeLimit: { permanent: '长期公开', limited: '限时公开' },
} as const;

/** An enumeration's stored keys with their Chinese meaning, for the admin's help text. */
const enumHint = (labels: Record<string, string>) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join('；');

const TABLE_HINT = '按行键、列键填写的表格数据；空白填 null（不是 0），不适用填 "/"';

export interface FieldLabel {
  label: string;
  description?: string;
}

export const FIELD_LABELS: Record<string, Record<string, FieldLabel>> = {
  [AGENCY_UID]: {
    name: { label: '机关名称', description: '全称，如“原州区科学技术局”' },
    shortName: { label: '简称' },
    aliases: { label: '其他名称', description: '曾用名、带或不带上级地区的写法等，每行一个；导入往年报告时据此对应到本机关' },
    creditCode: { label: '统一社会信用代码', description: '18位，末位为校验位' },
    type: {
      label: '机关类型',
      description: enumHint(ENUM_LABELS.agencyType),
    },
    parent: { label: '上级机关' },
    children: { label: '下级机关' },
    region: { label: '行政区划' },
    website: { label: '门户网站' },
    annualReports: { label: '年度报告' },
    catalogEntries: { label: '信息公开目录条目' },
    openDayEvents: { label: '政府开放日活动' },
  },
  [REPORT_UID]: {
    title: { label: '标题', description: '由机关和年度自动生成' },
    agency: { label: '机关' },
    year: { label: '年度', description: '报告所统计的年份' },
    formatVersion: {
      label: '格式版本',
      description: `${enumHint(ENUM_LABELS.formatVersion)}；不填则按年度确定`,
    },
    periodStart: { label: '统计期间起' },
    periodEnd: { label: '统计期间止' },
    issuedOn: { label: '首次发布日期', description: '首次发布之日，核对是否按期发布（R37）：导入的报告取原文落款或“发布日期”，在本系统发布的取首次发布当天；更正后再次发布不变' },
    imported: { label: '导入的往年报告', description: '从已发布的原文导入；原文未写明发布日期的，无法核对是否按期发布' },
    sourceLabels: { label: '原文行标签', description: '导入时原文表三的行标签，核对与模板是否一致（R22）' },
    sourceSubtotals: { label: '原文小计', description: '导入时原文表三各组的小计，核对是否等于各子项之和（R08）' },
    preamble: { label: '前言', description: '报告开头的编制依据和统计期间说明' },
    overview: { label: section('overview') },
    proactive: { label: section('proactive'), description: TABLE_HINT },
    requests: { label: section('requests'), description: TABLE_HINT },
    reviewLitigation: { label: section('reviewLitigation'), description: TABLE_HINT },
    problems: { label: section('problems'), description: '既写存在的问题，也写改进措施' },
    otherMatters: { label: section('otherMatters') },
    checkStatus: { label: '校验状态' },
    checkSummary: { label: '校验结果' },
    checkFindings: { label: '校验发现' },
    checkedAt: { label: '校验时间' },
    acknowledgements: { label: '警告说明' },
    correctionNote: { label: '更正说明', description: '已发布的年报再次发布时必填：说明更正了什么、为什么' },
    withdrawalNote: { label: '撤回说明', description: '撤回已发布的年报前填写并保存：公众访问已撤回的年报时看到撤回日期和这段说明' },
    reviewStage: { label: '审核状态' },
    workflowHistory: { label: '审核记录' },
  },
  'report.overview': {
    intro: { label: '概述' },
    ...Object.fromEntries(OVERVIEW_BLOCKS.map((b) => [b.key, { label: `${b.numeral}${b.label}` }])),
  },
  'report.other-matters': Object.fromEntries(
    Object.entries(OTHER_MATTERS_FIELDS).map(([k, label]) => [k, { label }]),
  ),
  [CATALOG_UID]: {
    indexNumber: { label: '索引号' },
    name: { label: '名称' },
    agency: { label: '发布机构' },
    documentNumber: { label: '文号' },
    writtenDate: { label: '成文日期' },
    publishDate: { label: '发布日期' },
    topic: { label: '主题分类' },
    genre: { label: '体裁', description: enumHint(ENUM_LABELS.genre) },
    disclosureMethod: { label: '公开方式', description: enumHint(ENUM_LABELS.disclosureMethod) },
    scope: { label: '公开范围' },
    validity: { label: '有效性', description: enumHint(ENUM_LABELS.validity) },
    validityChangedOn: { label: '失效或废止日期' },
    timeLimit: { label: '公开时限', description: enumHint(ENUM_LABELS.timeLimit) },
    timeLimitEnd: { label: '公开截止日期' },
    keywords: { label: '关键词' },
    summary: { label: '内容概述' },
    body: { label: '正文' },
    attachments: { label: '附件' },
  },
  [OPEN_DAY_UID]: {
    title: { label: '活动名称' },
    agency: { label: '举办机关' },
    date: { label: '活动日期' },
    place: { label: '地点' },
    participants: { label: '参加人数' },
    suggestionsCollected: { label: '征集意见建议（条）' },
    suggestionsAnswered: { label: '已答复意见建议（条）' },
    feedbackPublished: { label: '已公开反馈' },
    feedbackLink: { label: '反馈链接' },
    description: { label: '活动情况' },
  },
};

/** Fields the server keeps: shown read-only, or not at all where a side panel shows them better. */
export const SERVER_FIELDS: Record<string, { readOnly: string[]; hidden: string[] }> = {
  // The title and the check summary stay in the form; the side panels show the rest.
  [REPORT_UID]: { readOnly: [...REPORT_SERVER_FIELDS], hidden: REPORT_SERVER_FIELDS.filter((f) => f !== 'title' && f !== 'checkSummary' && f !== 'issuedOn') },
  // A report's agency changes only through the report (the write guard refuses the other side).
  [AGENCY_UID]: { readOnly: ['annualReports', 'catalogEntries', 'openDayEvents'], hidden: [] },
};

/** The columns of each list view. */
export const LIST_COLUMNS: Record<string, string[]> = {
  [REPORT_UID]: ['title', 'agency', 'year', 'checkSummary'],
  [AGENCY_UID]: ['name', 'type', 'region'],
  [CATALOG_UID]: ['indexNumber', 'name', 'publishDate', 'disclosureMethod'],
  [OPEN_DAY_UID]: ['title', 'agency', 'date', 'suggestionsCollected'],
};

/** The field shown as each entry's name in lists and relation pickers. */
export const MAIN_FIELDS: Record<string, string> = {
  [AGENCY_UID]: 'name',
  [REPORT_UID]: 'title',
  [CATALOG_UID]: 'name',
  [OPEN_DAY_UID]: 'title',
};
