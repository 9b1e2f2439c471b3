/** R17–R24 broken and nearly broken (see rules.test.ts). */
import type { RuleCases } from './engine';

export const reject: RuleCases = {
  R17: (r) => (r.problems = ''),
  R18: (r) => (r.overview.platform = ''),
  R19: (r) => (r.problems = '全年工作取得一定成效。'),
  R20: (r) => (r.otherMatters = { otherText: '无其他事项。' }),
  R21: (r) => (r.agencyType = 'countyGovernment'),
  R22: (r) => (r.sourceLabels = { 't3.results.granted': '（一）公开' }),
  R23: (r) => {
    for (const k of ['noCorrection', 'feeUnpaid', 'other']) delete r.requests[`results.otherHandling.${k}`];
    r.requests['results.otherHandling.unsplit'] = { ...r.requests['results.granted'], naturalPerson: 0, commercial: 0, total: 0 };
  },
  R24: (r) => (r.periodEnd = '2023-11-30'),
};

export const accept: RuleCases = {
  R19: (r) => (r.problems = '一是公开内容不够全面。下一步将加强培训。'),
  R20: (r) => (r.otherMatters = { otherText: '本年度未收取信息处理费。' }),
  R21: (r) => {
    r.agencyType = 'countyGovernment';
    r.otherMatters = { ...r.otherMatters, workPointsImplementation: '逐项落实。', proposalsDisclosure: '全部公开。', innovation: '开设专栏。' };
  },
  R22: (r) => (r.sourceLabels = { 't3.results.granted': '（一）予以公开' }),
};
