/** R34–R36 broken and nearly broken, against last year's report (see rules.test.ts). */
import type { RuleCases } from './engine';

export const reject: RuleCases = {
  R34: (_r, o) => ((o.previous!.report.requests as any).carriedForward.naturalPerson = 2),
  R35: (r, o) => (o.previous!.report.overview = { ...r.overview }),
  R36: (_r, o) => ((o.previous!.report.proactive as any).normativeDocs.inForce = 9),
};

export const accept: RuleCases = {
  // One more carried over this year, one more carried forward last year.
  R34: (r, o) => {
    Object.assign(r.requests.carriedOver, { naturalPerson: 2, total: 2 });
    Object.assign((o.previous!.report.requests as any).carriedForward, { naturalPerson: 2, total: 2 });
  },
  // The same opening sentence as last year is not a copied report.
  R35: (r, o) => (o.previous!.report.overview = { ...o.previous!.report.overview, intro: r.overview.intro }),
};
