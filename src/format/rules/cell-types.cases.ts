/** R16 broken (see rules.test.ts); every well-typed table passes it. */
import type { RuleCases } from './engine';

export const reject: RuleCases = {
  R16: (r) => (r.reviewLitigation.review.upheld = -1),
};

export const accept: RuleCases = {
  // A blank and a not-applicable cell are well typed (R05 and R12 judge them).
  R16: (r) => {
    r.requests.newReceived.research = null;
    r.reviewLitigation.review.other = '/';
  },
};
