/** R37–R39 broken and nearly broken (see rules.test.ts): a 政府工作部门's deadline is 1月31日, Beijing time. */
import type { RuleCases } from './engine';

export const reject: RuleCases = {
  R37: [(r) => (r.publishedAt = '2024-03-01T02:00:00.000Z'), (r) => (r.publishedAt = '2024-01-31T16:00:00.000Z')],
  R38: (r) => (r.publicationUrl = null),
  R39: (r) => (r.publishedAt = '2024-03-01T02:00:00.000Z'),
};

export const accept: RuleCases = {
  R37: [(r) => (r.publishedAt = '2024-01-31T15:59:59.000Z'), (r) => {
    r.agencyType = 'countyGovernment';
    r.publishedAt = '2024-03-31T15:59:59.000Z';
  }],
};
