/** R13–R15 broken and nearly broken (see rules.test.ts). */
import type { RuleCases } from './engine';

export const reject: RuleCases = {
  R13: (r) => (r.detectedFormatVersion = 'v2019'),
  R14: (_r, o) => {
    o.previous!.source = 'input';
    (o.previous!.report.proactive as any).normativeDocs.inForce = 9;
  },
  R15: [
    (r) => {
      r.proactive.rules = { issued: 1, repealed: 0, inForce: 1 };
      r.agencyType = 'countyGovernment';
    },
    // A 镇 has no rules of its own in force.
    (r) => {
      r.proactive.rules = { issued: 0, repealed: 0, inForce: 2 };
      r.agencyType = 'townshipGovernment';
    },
  ],
};

export const accept: RuleCases = {
  R13: (r) => (r.detectedFormatVersion = 'v2021'),
  // 10 in force last year, 3 issued and 1 repealed: 12, whoever supplied last year's figure.
  R14: (_r, o) => (o.previous!.source = 'input'),
  R15: [
    (r) => {
      r.proactive.rules = { issued: 1, repealed: 0, inForce: 1 };
      r.agencyType = 'municipalGovernment';
    },
    // A department's 现行有效 may count the rules it applies.
    (r) => {
      r.proactive.rules = { issued: 0, repealed: 0, inForce: 2 };
      r.agencyType = 'governmentDepartment';
    },
  ],
};
