/** R17–R24 broken and nearly broken, and the sentence tables of the rules that read text (see rules.test.ts). */
import type { RuleCases, SentenceCases } from './engine';

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

export const sentences: SentenceCases = {
  // The 平台建设 block left empty: its topic must then stand under a numbered heading elsewhere.
  R18: {
    field: 'overview.intro',
    prepare: (r) => (r.overview.platform = ''),
    accept: [
      '（四）政府信息公开平台建设\n加强网站建设。',
      '4.平台建设。优化网站栏目。',
      '四、政府信息公开平台建设情况：完善政务新媒体。',
      '（4）公开平台建设。',
      '4、平台建设方面，整合政务新媒体。',
      '本年度工作如下。（四）平台建设：网站改版。',
      '（四）强化平台支撑，网站运行平稳。',
      '4．优化公开平台，提升服务能力。',
      '(四)平台建设 加强管理。',
      '（四）依托政务服务平台公开信息。',
    ],
    reject: ['加强网站建设。', '优化政府网站和政务新媒体。', '（四）监督保障：开展培训。', '4.加强队伍建设。', '本年度工作取得成效。'],
  },
  R19: {
    field: 'problems',
    accept: [
      '存在的问题：公开内容不够全面。下一步将加强培训。',
      '一是政策解读形式单一。今后将丰富解读形式。',
      '主动公开的深度仍需拓展。我们将持续改进。',
      '部分栏目更新不及时。下一步，加强栏目维护。',
      '基层公开尚不平衡。整改措施：开展专项督查。',
      '工作中还存在一些不足。2024年将进一步完善制度。',
      '队伍专业化水平有待提高。将组织业务培训。',
      '依申请公开答复还不规范。我局将完善答复模板。',
      '与群众期待相比还有差距。下一步推进标准化建设。',
      '网站智能搜索尚未实现。计划年内提升搜索功能。',
    ],
    reject: ['全年工作取得一定成效。', '下一步将加强培训。', '存在的问题是公开内容不够全面。', '本局高度重视政务公开工作。', '无。'],
  },
  R20: {
    field: 'otherMatters.feeStatement',
    prepare: (r) => (r.otherMatters = {}),
    accept: [
      '本年度未收取信息处理费。',
      '本机关未收取政府信息公开信息处理费。',
      '依申请公开未产生信息处理费。',
      '全年收取信息处理费0元。',
      '发出收费通知0件，未收取费用。',
      '本年度未收取任何费用。',
      '未发生收费情况，未收取信息处理费。',
      '按照《政府信息公开信息处理费管理办法》，本年度收取信息处理费270元。',
      '本年度未发出收费通知。',
      '2023年我局未产生政府信息公开相关费用。',
    ],
    reject: ['无。', '本年度无其他需要报告的事项。', '积极落实政务公开工作要点。', '人大代表建议和政协提案办理结果全部公开。', '开展政府开放日活动3次。'],
  },
  // The statistics period as the preamble states it, with no period recorded in the fields.
  R24: {
    field: 'preamble',
    prepare: (r) => {
      r.periodStart = null;
      r.periodEnd = null;
    },
    accept: [
      '本报告统计数据从2023年1月1日至12月31日。',
      '报告所列统计期限自2023年1月1日至2023年12月31日。',
      '报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。',
      '统计期限从2023年1月1日至12月31止。',
      '本报告所列数据的统计期限为2023年1月1日—12月31日。',
      '统计时段为2023年1月1日到2023年12月31日。',
      '时间范围：2023年1月1日至2023年12月31日。',
      '数据统计期间为2023年1月1日-12月31日。',
      '统计期限为2023年1月1日至12月31日止。',
      '本报告统计期为2023年1月1日～12月31日。',
    ],
    reject: [
      '本报告统计数据从2022年1月1日至12月31日。',
      '本报告由本局编制。',
      '统计期限自2023年1月1日至2023年11月30日。',
      '如对本报告有疑问，请与本局联系。',
      '报告所列数据截至2023年12月31日。',
    ],
  },
};
