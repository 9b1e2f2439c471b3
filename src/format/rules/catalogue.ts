/** The rule catalogue R01–R39 (FORMAT.md §9): stable ids, default severities, Chinese titles. */
import type { Severity } from './types';

export interface RuleInfo {
  id: string;
  severity: Severity;
  group: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
  title: string;
}

const rule = (id: string, severity: Severity, group: RuleInfo['group'], title: string): RuleInfo => ({
  id,
  severity,
  group,
  title,
});

export const RULE_CATALOGUE: readonly RuleInfo[] = [
  rule('R01', 'E', 'A', '表三每列：一+二 = 三（七）总计+四'),
  rule('R02', 'E', 'A', '表三每行：总计 = 各类申请人之和'),
  rule('R03', 'E', 'A', '表三每列：（七）总计 = （一）至（六）各项之和（各项之和偏少）'),
  rule('R04', 'E', 'A', '表三每列：同一申请只计入一种办理结果（各项之和偏多）'),
  rule('R05', 'E', 'A', '表三全部单元格为非负整数'),
  rule('R06', 'E', 'A', '表三：办理结果与结转均不超过一+二'),
  rule('R07', 'W', 'A', '逾期未缴费的申请需在第六部分报告收费通知'),
  rule('R08', 'E', 'A', '表三分组小计等于其各子项之和'),
  rule('R09', 'E', 'B', '表四行政复议：各结果之和 = 总计'),
  rule('R10', 'E', 'B', '表四未经复议直接起诉：各结果之和 = 总计'),
  rule('R11', 'E', 'B', '表四复议后起诉：各结果之和 = 总计'),
  rule('R12', 'E', 'B', '表四恰有15个非负整数'),
  rule('R13', 'E', 'C', '格式版本与报告年度相符'),
  rule('R14', 'W', 'C', '表二现行有效件数 = 上年现行有效 + 本年制发 − 本年废止'),
  rule('R15', 'W', 'C', '只有国务院部门和省、设区的市级政府制定规章'),
  rule('R16', 'E', 'C', '表二单元格类型正确（件数为整数，金额为万元）'),
  rule('R17', 'E', 'D', '六个部分齐全且顺序正确'),
  rule('R18', 'W', 'D', '总体情况涵盖五个方面'),
  rule('R19', 'W', 'D', '第五部分既写问题也写改进措施'),
  rule('R20', 'W', 'D', '第六部分说明信息处理费收取情况'),
  rule('R21', 'I', 'D', '政府年报第六部分涵盖工作要点、建议提案、创新情况'),
  rule('R22', 'W', 'D', '表格标签与国家模板一致'),
  rule('R23', 'E', 'D', '2021年格式的（六）其他处理分三项'),
  rule('R24', 'W', 'D', '说明统计期间为本年1月1日至12月31日'),
  rule('R25', 'W', 'E', '叙述中的收到申请数与表三一致'),
  rule('R26', 'W', 'E', '叙述中的办结数、结转数与表三一致'),
  rule('R27', 'W', 'E', '叙述中的办理结果分项与表三一致'),
  rule('R28', 'W', 'E', '叙述中的复议、诉讼数与表四一致'),
  rule('R29', 'W', 'E', '叙述中的规范性文件数与表二一致'),
  rule('R30', 'W', 'E', '叙述中的百分比计算正确'),
  rule('R31', 'W', 'E', '“均获维持”“均已结案”与表四一致'),
  rule('R32', 'W', 'E', '叙述中的年份与报告年度一致'),
  rule('R33', 'W', 'E', '叙述中的分项之和等于所述合计'),
  rule('R34', 'E', 'F', '表三上年结转 = 上年报告的结转下年度'),
  rule('R35', 'W', 'F', '与上年报告文字雷同不超过50%'),
  rule('R36', 'W', 'F', '与已存上年报告对照：表二现行有效件数衔接'),
  rule('R37', 'E', 'G', '在法定期限内发布'),
  rule('R38', 'W', 'G', '在政府信息公开专栏公开、可查找'),
  rule('R39', 'I', 'G', '可能触发问责的情形'),
];

export const RULES_BY_ID: Record<string, RuleInfo> = Object.fromEntries(RULE_CATALOGUE.map((r) => [r.id, r]));

/**
 * Errors that editing cannot remove: blocking them would only keep a late report unpublished.
 * They need an acknowledged reason, like warnings, instead.
 */
export const ACKNOWLEDGEABLE_ERRORS = new Set(['R37']);
