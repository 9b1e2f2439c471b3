/** R25–R33 broken and nearly broken, by editing the narrative of the consistent report (see rules.test.ts). */
import type { RuleCases } from './engine';

const text = (r: any, key: string, from: string | RegExp, to: string) => (r.overview[key] = r.overview[key].replace(from, to));

export const reject: RuleCases = {
  R25: (r) => text(r, 'requestDisclosure', '申请12件', '申请15件'),
  R26: (r) => text(r, 'requestDisclosure', '答复11件', '答复10件'),
  R27: (r) => text(r, 'requestDisclosure', '部分公开2件', '部分公开3件'),
  R28: (r) => text(r, 'requestDisclosure', '行政复议2件', '行政复议3件'),
  R29: (r) => text(r, 'proactiveDisclosure', '制发行政规范性文件3件', '制发行政规范性文件4件'),
  R30: (r) => text(r, 'requestDisclosure', '同比增长20%', '同比增长25%'),
  R31: (r) => (r.reviewLitigation.review = { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 }),
  R32: (r) => {
    for (const k of Object.keys(r.overview)) r.overview[k] = r.overview[k].replace(/2023年/g, '2022年');
  },
  R33: (r) => text(r, 'proactiveDisclosure', '工作动态100条', '工作动态90条'),
};

export const accept: RuleCases = {
  // 12 received this year against 10 last year: 20.0 % is the same figure.
  R30: (r) => text(r, 'requestDisclosure', '同比增长20%', '同比增长20.0%'),
  // A comparison with last year names last year; the report's own year is still there.
  R32: (r) => text(r, 'requestDisclosure', '同比增长20%', '比2022年增长20%'),
  R33: (r) => text(r, 'proactiveDisclosure', '其中：政策文件20条；工作动态100条', '其中：政策文件20条、工作动态100条'),
};
