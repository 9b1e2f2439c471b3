/** Group G: publication, R37–R39. */
import { AGENCY_CLASSES, type AgencyType } from '../definition';
import { isGovernment } from './structure';
import { defineRule, type CheckableReport, type DeadlineConfig, type Finding, type FindingDraft, type RuleFn } from './types';

/** The legal deadline (条例 第四十九条) for a report, as a calendar date in the configured timezone. */
export function deadlineFor(report: CheckableReport, config: DeadlineConfig): { date: string; basis: string } | null {
  if (report.year == null) return null;
  const y = report.year + 1;
  if (report.year <= 2018) return { date: `${y}-${config.pre2019}`, basis: '2008年条例第三十一条' };
  const type: AgencyType | null | undefined = report.agencyType;
  if (!type) return null;
  if (config.other[type]) return { date: `${y}-${config.other[type]}`, basis: '本地规定' };
  if (AGENCY_CLASSES[type].grassroots) return { date: `${y}-${config.township}`, basis: '本地规定' };
  if (isGovernment(type)) return { date: `${y}-${config.government}`, basis: '条例第四十九条（本级政府年报）' };
  return { date: `${y}-${config.department}`, basis: '条例第四十九条（政府部门年报）' };
}

/** The calendar date of an instant in a timezone, YYYY-MM-DD. */
export function localDate(at: Date, timezone: string): string {
  // Every zone's offset is a multiple of 15 minutes, so the local date holds for a whole UTC quarter hour.
  const quarter = Math.floor(at.getTime() / 900_000);
  let zone = DATE_FORMATS.get(timezone);
  if (!zone) {
    zone = { format: new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }), quarter: NaN, date: '' };
    DATE_FORMATS.set(timezone, zone);
  }
  if (zone.quarter !== quarter) {
    zone.date = zone.format.format(at);
    zone.quarter = quarter;
  }
  return zone.date;
}

/** Building a DateTimeFormat costs far more than using one, and using one more than remembering its last answer. */
const DATE_FORMATS = new Map<string, { format: Intl.DateTimeFormat; quarter: number; date: string }>();

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export const R37 = defineRule({
  id: 'R37',
  severity: 'E',
  group: 'G',
  title: '在法定期限内发布',
  acknowledgeable: true,
  pre2019: true,
  check: ({ report, config, now }) => {
    const deadline = deadlineFor(report, config.deadlines);
    if (!deadline) {
      return [{ rule: 'R37', cells: ['publishedAt'], notAssessable: true, message: '机关类型未知，无法确定法定发布期限' }];
    }
    const dateLabel = deadline.date.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
    // One reason covers the lateness whatever day it is published, so it can be given before
    // publishing (checked as if published now, or on the planned day): the fingerprint names the
    // deadline, not the date.
    const fingerprintKey = `late:${deadline.date}`;
    const lateness = (published: string, planned: boolean): FindingDraft[] => {
      const late = daysBetween(deadline.date, published);
      if (late <= 0) {
        return planned ? [{ rule: 'R37', cells: ['publishedAt'], severity: 'I', message: `法定期限为${dateLabel}（${deadline.basis}），还有${-late}天` }] : [];
      }
      return [
        {
          rule: 'R37',
          cells: ['publishedAt'],
          expected: `≤${deadline.date}`,
          actual: published,
          fingerprintKey,
          message: planned
            ? `若于${published}发布，晚于法定期限${dateLabel}（${deadline.basis}）${late}天；发布前请说明逾期原因`
            : `发布日期${published}晚于法定期限${dateLabel}（${deadline.basis}），逾期${late}天`,
        },
      ];
    };
    // The day it first went public decides: as an imported report's source states it, or the day of
    // its first publication here (a correction published later keeps it).
    if (report.issuedOn) return lateness(report.issuedOn, false);
    if (report.imported) {
      return [{ rule: 'R37', cells: ['issuedOn'], notAssessable: true, message: `原报告未写明发布日期，无法核对是否在法定期限${dateLabel}前发布` }];
    }
    if (!report.publishedAt) {
      const today = localDate(now, config.deadlines.timezone);
      const left = daysBetween(today, deadline.date);
      return [
        {
          rule: 'R37',
          cells: ['publishedAt'],
          notAssessable: true,
          message: `尚未发布；法定期限为${dateLabel}（${deadline.basis}），${left >= 0 ? `还有${left}天` : `已逾期${-left}天`}`,
        },
      ];
    }
    return lateness(localDate(new Date(report.publishedAt), config.deadlines.timezone), !!report.publicationPlanned);
  },
});

export const R38 = defineRule({
  id: 'R38',
  severity: 'W',
  group: 'G',
  title: '在政府信息公开专栏公开、可查找',
  pre2019: true,
  check: ({ report }) =>
    report.publicationUrl
      ? []
      : [{ rule: 'R38', cells: ['publicationUrl'], notAssessable: true, message: '未记录发布栏目地址，无法核对是否在政府信息公开专栏公开' }],
});

export const R39 = defineRule({
  id: 'R39',
  severity: 'I',
  group: 'G',
  title: '可能触发问责的情形',
  pre2019: true,
  check: ({ findings }) => accountabilityFindings(findings),
});

/** Derived from the other findings: the three failures 工作要求（四）names for accountability. */
export function accountabilityFindings(findings: readonly Pick<Finding, 'rule' | 'severity' | 'notAssessable'>[]): Omit<Finding, 'severity' | 'fingerprint'>[] {
  const failed = (pred: (f: Pick<Finding, 'rule' | 'severity' | 'notAssessable'>) => boolean) => findings.some((f) => !f.notAssessable && pred(f));
  const triggers = [
    failed((f) => f.rule === 'R37') && '不按时发布',
    failed((f) => f.severity === 'E' && f.rule !== 'R37') && '内容不准确不全面',
    failed((f) => f.rule === 'R35') && '内容雷同',
  ].filter(Boolean);
  if (!triggers.length) return [];
  return [{ rule: 'R39', cells: [], message: `可能触发问责（年报格式 工作要求（四））：${triggers.join('、')}` }];
}
