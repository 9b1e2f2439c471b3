/** R01–R08, each broken and each nearly broken, on a copy of the consistent report (see rules.test.ts). */
import type { RuleCases } from './engine';

const t3 = (r: any, row: string, cells: Record<string, unknown>) => Object.assign(r.requests[row], cells);

export const reject: RuleCases = {
  R01: (r) => t3(r, 'carriedOver', { research: 1, total: 2 }),
  R02: (r) => t3(r, 'newReceived', { commercial: 3 }),
  // Fewer results than （七） and more: both are R03's (R04 adds the double counting).
  R03: [(r) => t3(r, 'results.granted', { naturalPerson: 4 }), (r) => t3(r, 'results.granted', { naturalPerson: 6 })],
  R04: (r) => t3(r, 'results.granted', { naturalPerson: 6 }),
  R05: (r) => t3(r, 'newReceived', { research: null }),
  R06: (r) => t3(r, 'carriedForward', { naturalPerson: 12 }),
  R07: (r) => {
    t3(r, 'results.otherHandling.feeUnpaid', { naturalPerson: 1, total: 1 });
    r.otherMatters.feeNoticesIssuedCount = null;
  },
  R08: (r) => (r.sourceSubtotals = { 'results.withheld': { total: 5 } }),
};

export const accept: RuleCases = {
  // One more carried over and one more carried forward: 一+二 = 三（七）+四 still holds.
  R01: (r) => {
    t3(r, 'carriedOver', { naturalPerson: 2, total: 2 });
    t3(r, 'carriedForward', { naturalPerson: 3, total: 3 });
  },
  // The row adds up although the column no longer does (that is R01's).
  R02: (r) => t3(r, 'newReceived', { commercial: 3, total: 13 }),
  R07: (r) => {
    t3(r, 'results.otherHandling.feeUnpaid', { naturalPerson: 1, total: 1 });
    r.otherMatters.feeNoticesIssuedCount = 1;
  },
  R08: (r) => (r.sourceSubtotals = { 'results.withheld': { total: 1 } }),
};
