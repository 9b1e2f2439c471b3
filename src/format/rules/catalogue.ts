/**
 * The rule catalogue R01–R39 (FORMAT.md §9), derived from the rule files: each rule describes
 * itself (id, severity, group, title, check) beside its code; this module only collects them.
 */
import * as table3 from './table3';
import * as table4 from './table4';
import * as table2 from './table2';
import * as cellTypes from './cell-types';
import * as structure from './structure';
import * as narrative from './narrative';
import * as crossYear from './cross-year';
import * as publication from './publication';
import type { CheckConfig, Rule, RuleInfo } from './types';

const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && typeof (value as Rule).check === 'function' && /^R\d\d$/.test((value as Rule).id);

/** Every rule, in id order — the order they run and are listed in. */
export const RULES: readonly Rule[] = [table3, table4, table2, cellTypes, structure, narrative, crossYear, publication]
  .flatMap((module) => Object.values(module).filter(isRule))
  .sort((a, b) => a.id.localeCompare(b.id));

export const RULE_CATALOGUE: readonly RuleInfo[] = RULES.map(({ id, severity, group, title }) => ({ id, severity, group, title }));

export const RULES_BY_ID: Record<string, RuleInfo> = Object.fromEntries(RULE_CATALOGUE.map((r) => [r.id, r]));

/**
 * Errors that editing cannot remove: blocking them would only keep a late report unpublished.
 * They need an acknowledged reason, like warnings, instead.
 */
export const ACKNOWLEDGEABLE_ERRORS = new Set(RULES.filter((r) => r.acknowledgeable).map((r) => r.id));

/** The rules that read the tables alone (groups A–C, R01–R16): all a roll-up, which has no narrative, can be checked with. */
export const TABLE_RULE_IDS: readonly string[] = RULE_CATALOGUE.filter((r) => 'ABC'.includes(r.group)).map((r) => r.id);

/** `base` (a deployment's settings) narrowed to the listed rules: the others are off, a rule it turned off stays off. */
export const onlyRules = (ids: readonly string[], base: Partial<CheckConfig> = {}): Partial<CheckConfig> => ({
  ...base,
  rules: Object.fromEntries(RULE_CATALOGUE.map((r) => [r.id, { ...base.rules?.[r.id], enabled: ids.includes(r.id) && base.rules?.[r.id]?.enabled !== false }])),
});
