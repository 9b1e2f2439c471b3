/** R09–R12 broken and nearly broken (see rules.test.ts). */
import type { RuleCases } from './engine';

export const reject: RuleCases = {
  R09: (r) => (r.reviewLitigation.review.total = 3),
  R10: (r) => (r.reviewLitigation.suitDirect.total = 2),
  R11: (r) => (r.reviewLitigation.suitAfterReview.upheld = 1),
  R12: (r) => (r.reviewLitigation.review.upheld = '/'),
};

export const accept: RuleCases = {
  R09: (r) => (r.reviewLitigation.review = { upheld: 0, corrected: 1, other: 1, pending: 1, total: 3 }),
  R11: (r) => (r.reviewLitigation.suitAfterReview = { upheld: 0, corrected: 0, other: 0, pending: 4, total: 4 }),
};
