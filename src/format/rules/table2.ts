/** Group C: format version and table 二, R13–R15 (R16, the cell types of every table, is in cell-types.ts). */
import { AGENCY_CLASSES, FORMAT_VERSION_LABELS, TABLE2, expectedFormatVersion } from '../definition';
import { cellAddress, numericValue } from '../cells';
import { defineRule, type FindingDraft, type RuleContext, type RuleFn } from './types';

export const R13 = defineRule({
  id: 'R13',
  severity: 'E',
  group: 'C',
  title: '格式版本与报告年度相符',
  check: ({ report }) => {
    if (report.year == null || !report.formatVersion) return [];
    const expected = expectedFormatVersion(report.year);
    const out = [];
    if (report.formatVersion !== expected) {
      out.push({
        rule: 'R13',
        cells: ['formatVersion'],
        expected,
        actual: report.formatVersion,
        message: `${report.year}年度的报告应使用${FORMAT_VERSION_LABELS[expected]}，当前为${FORMAT_VERSION_LABELS[report.formatVersion]}`,
      });
    }
    if (report.detectedFormatVersion && report.detectedFormatVersion !== report.formatVersion) {
      out.push({
        rule: 'R13',
        cells: ['formatVersion'],
        expected: report.formatVersion,
        actual: report.detectedFormatVersion,
        message: `原文表格为${FORMAT_VERSION_LABELS[report.detectedFormatVersion]}，与记录的格式版本不符`,
      });
    }
    return out;
  },
});

/** 第二十条第（一）项: 规章 and 行政规范性文件. */
const DOC_ROWS = TABLE2.v2021[0].rows.map((r) => [r.key, r.label] as const);

/** inForce(Y) = inForce(Y−1) + issued(Y) − repealed(Y); R14 against a supplied report, R36 against a stored one. */
export function inForceContinuity(rule: 'R14' | 'R36', source: 'input' | 'database'): RuleFn {
  return (ctx: RuleContext) => {
    if (ctx.report.formatVersion !== 'v2021') return [];
    if (!ctx.previous) {
      return source === 'database'
        ? [{ rule, cells: ['t2.rules.inForce', 't2.normativeDocs.inForce'], notAssessable: true, message: '没有该机关上一年度的年报，无法核对现行有效件数的衔接' }]
        : [];
    }
    if (ctx.previous.source !== source) return [];
    const now = ctx.tables.proactive;
    const before = ctx.previousTables?.proactive;
    if (!now || !before || ctx.previous.report.formatVersion !== 'v2021') {
      return [{ rule, cells: ['t2.rules.inForce'], notAssessable: true, message: '上一年度报告没有2021年格式的表二，无法核对现行有效件数的衔接' }];
    }
    return DOC_ROWS.flatMap(([row, label]): FindingDraft[] => {
      const prev = numericValue(before[row]?.inForce);
      const issued = numericValue(now[row]?.issued);
      const repealed = numericValue(now[row]?.repealed);
      const inForce = numericValue(now[row]?.inForce);
      const blank = ([[prev, '上年现行有效件数'], [issued, '本年制发件数'], [repealed, '本年废止件数'], [inForce, '现行有效件数']] as const).filter(([v]) => v === null);
      if (blank.length) {
        return [
          {
            rule,
            cells: ['issued', 'repealed', 'inForce'].map((c) => cellAddress('proactive', row, c)),
            notAssessable: true,
            message: `表二 ${label}：${blank.map(([, what]) => what).join('、')}空白或不适用，无法核对现行有效件数的衔接`,
          },
        ];
      }
      const expected = prev! + issued! - repealed!;
      if (expected === inForce) return [];
      return [
        {
          rule,
          cells: ['issued', 'repealed', 'inForce'].map((c) => cellAddress('proactive', row, c)),
          expected: String(expected),
          actual: String(inForce),
          message: `表二 ${label}：上年现行有效${prev}+本年制发${issued}−本年废止${repealed}=${expected}，本年现行有效为${inForce}${
            rule === 'R36' ? `（上年报告：${ctx.previous!.label ?? '已存储'}）` : ''
          }；如有集中清理，请说明原因`,
        },
      ];
    });
  };
}

export const R14 = defineRule({
  id: 'R14',
  severity: 'W',
  group: 'C',
  title: '表二现行有效件数 = 上年现行有效 + 本年制发 − 本年废止',
  check: inForceContinuity('R14', 'input'),
});

export const R15 = defineRule({
  id: 'R15',
  severity: 'W',
  group: 'C',
  title: '只有国务院部门和省、设区的市级政府制定规章',
  check: ({ tables, report }) => {
    const issued = numericValue(tables.proactive?.rules?.issued);
    const inForce = numericValue(tables.proactive?.rules?.inForce);
    if (report.formatVersion !== 'v2021' || (!issued && !inForce)) return [];
    if (!report.agencyType) {
      if (!issued) return [];
      return [{ rule: 'R15', cells: ['t2.rules.issued'], notAssessable: true, message: `表二 规章本年制发${issued}件：机关类型未知，无法判断是否有规章制定权` }];
    }
    const type = AGENCY_CLASSES[report.agencyType];
    if (type.makesRules) return [];
    const out = [];
    if (issued) {
      out.push({
        rule: 'R15',
        cells: ['t2.rules.issued'],
        actual: String(issued),
        expected: '0',
        message: `表二 规章本年制发${issued}件：按立法法只有国务院部门和省、设区的市级人民政府制定规章，请核实（现行有效件数可包含上级规章）`,
      });
    }
    // A department's 现行有效 may count the rules it applies; a 乡镇 or 街道 has none of its own to count.
    if (inForce && type.grassroots) {
      out.push({
        rule: 'R15',
        cells: ['t2.rules.inForce'],
        actual: String(inForce),
        expected: '0',
        message: `表二 规章现行有效${inForce}件：乡镇人民政府、街道办事处没有规章制定权，现行有效件数应为0，请核实`,
      });
    }
    return out;
  },
});
