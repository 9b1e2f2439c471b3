/** R37–R39 broken and nearly broken (see rules.test.ts): a 政府工作部门's deadline is 1月31日, Beijing time. */
import type { RuleCases } from './engine';

export const reject: RuleCases = {
  R37: [
    (r) => (r.publishedAt = '2024-03-01T02:00:00.000Z'),
    (r) => (r.publishedAt = '2024-01-31T16:00:00.000Z'),
    // The day it first went public decides, even when this publication is on time.
    (r) => (r.issuedOn = '2024-02-01'),
    (r) => Object.assign(r, { imported: true, issuedOn: '2024-02-05' }),
  ],
  R38: (r) => (r.publicationUrl = null),
  R39: (r) => (r.publishedAt = '2024-03-01T02:00:00.000Z'),
};

export const accept: RuleCases = {
  R37: [
    (r) => (r.publishedAt = '2024-01-31T15:59:59.000Z'),
    (r) => {
      r.agencyType = 'countyGovernment';
      r.publishedAt = '2024-03-31T15:59:59.000Z';
    },
    // A correction published late keeps the day of the first publication.
    (r) => Object.assign(r, { issuedOn: '2024-01-31', publishedAt: '2024-06-01T02:00:00.000Z' }),
  ],
};
