/** Reading a 定时发布 time as editors enter it (Asia/Shanghai) and warning about the legal deadline. */
import { daysBetweenDates, deadlineFor, localDate, type CheckableReport, type DeadlineConfig } from '#format';

/** 「2025-01-20 09:30」 is Beijing time; an ISO string with an offset is taken as it is. */
export function parseScheduleTime(input: string, timezoneOffset = '+08:00'): Date | null {
  const t = input.trim();
  const local = t.match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/);
  const date = local ? new Date(`${local[1]}-${local[2]}-${local[3]}T${local[4]}:${local[5]}:00${timezoneOffset}`) : new Date(t);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function deadlineWarning(report: CheckableReport, at: Date, config: DeadlineConfig): string | null {
  const deadline = deadlineFor(report, config);
  if (!deadline) return null;
  const late = daysBetweenDates(deadline.date, localDate(at, config.timezone));
  return late > 0 ? `定时发布时间晚于法定期限${deadline.date}（${deadline.basis}）${late}天` : null;
}
