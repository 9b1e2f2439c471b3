/** A small v2021 report whose tables and narrative satisfy every rule, and its previous year. */
import { blankTables, type CheckableReport } from '../../src/format';

function requestsTable() {
  const t = JSON.parse(JSON.stringify(blankTables('v2021').requests, (_k, v) => (v === null ? 0 : v)));
  const set = (row: string, cells: Record<string, number>) => Object.assign(t[row], cells);
  set('newReceived', { naturalPerson: 10, commercial: 2, total: 12 });
  set('carriedOver', { naturalPerson: 1, total: 1 });
  set('results.granted', { naturalPerson: 5, commercial: 1, total: 6 });
  set('results.partiallyGranted', { naturalPerson: 2, total: 2 });
  set('results.withheld.stateSecret', { naturalPerson: 1, total: 1 });
  set('results.unavailable.notHeld', { naturalPerson: 1, commercial: 1, total: 2 });
  set('results.total', { naturalPerson: 9, commercial: 2, total: 11 });
  set('carriedForward', { naturalPerson: 2, total: 2 });
  return t;
}

const zero = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };

export function consistentReport(year = 2023): CheckableReport {
  return {
    year,
    formatVersion: 'v2021',
    agencyName: '某某市某某局',
    agencyType: 'governmentDepartment',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    preamble: `本报告统计数据从${year}年1月1日至12月31日。`,
    overview: {
      intro: `${year}年，本局认真贯彻《中华人民共和国政府信息公开条例》。`,
      proactiveDisclosure: `${year}年主动公开政府信息120条。其中：政策文件20条；工作动态100条。制发行政规范性文件3件，废止规范性文件1件。`,
      requestDisclosure:
        `${year}年共收到政府信息公开申请12件，同比增长20%。答复11件，其中予以公开6件、部分公开2件、不予公开1件、无法提供2件；结转下年度2件。行政复议2件，均已结案；行政诉讼1件。`,
      infoManagement: '严格执行信息发布审核制度。',
      platform: '加强政府网站和政务新媒体建设。',
      oversight: '开展培训和考核。',
    },
    proactive: {
      rules: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocs: { issued: 3, repealed: 1, inForce: 12 },
      licensing: { decisions: 100 },
      penalty: { decisions: 5 },
      coercion: { decisions: 1 },
      adminFees: { amountWan: '12.5' },
    },
    requests: requestsTable(),
    reviewLitigation: {
      review: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 },
      suitDirect: { ...zero, upheld: 1, total: 1 },
      suitAfterReview: { ...zero },
    },
    problems: '存在的问题：公开内容还不够全面。下一步将加强培训，改进工作。',
    otherMatters: {
      feeStatement: '本年度未收取信息处理费。',
      feeNoticesIssuedCount: 0,
      feeNoticesIssuedAmountYuan: 0,
      feeCollectedAmountYuan: 0,
    },
    publishedAt: `${year + 1}-01-15T02:00:00.000Z`,
    publicationUrl: `https://www.example.gov.cn/zfxxgk/ndbg/${year}.html`,
  };
}

export function previousYear(year = 2022): CheckableReport {
  const prev = consistentReport(year);
  const requests = prev.requests as Record<string, Record<string, number>>;
  requests.newReceived = { ...requests.newReceived, naturalPerson: 8, total: 10 };
  requests.carriedForward = { ...requests.carriedForward, naturalPerson: 1, total: 1 };
  (prev.proactive as Record<string, Record<string, number>>).normativeDocs = { issued: 2, repealed: 0, inForce: 10 };
  return {
    ...prev,
    overview: {
      intro: '上一年度，我们围绕依法行政开展多项工作。',
      proactiveDisclosure: '全年在门户网站发布通知公告与政策解读若干。',
      requestDisclosure: '依申请公开办理规范，按时答复。',
      infoManagement: '完善保密审查机制。',
      platform: '优化网站栏目设置。',
      oversight: '组织业务学习。',
    },
    problems: '队伍建设有差距，明年将补齐短板。',
  };
}

/**
 * A write body for `agency`: the consistent report of `year` (default: this year, whose deadline
 * lies ahead, so it passes every rule) without the metadata the server owns.
 */
export function passingBody(agency: string, extra: Record<string, unknown> = {}): Record<string, any> {
  const year = (extra.year as number | undefined) ?? new Date().getFullYear();
  const { agencyName, agencyType, publishedAt, publicationUrl, ...body } = consistentReport(year) as Record<string, unknown>;
  return { ...body, agency, ...extra };
}

/** The same with an R01 error (and the R02/R25 that follow from it) in 表三's first row. */
export function failingBody(agency: string, extra: Record<string, unknown> = {}): Record<string, any> {
  const body = passingBody(agency, extra);
  body.requests.newReceived = { ...body.requests.newReceived, naturalPerson: 11, total: 13 };
  return body;
}
