/**
 * Cross-check rules per deployment. Start from the defaults and change what local rules require:
 * switch a rule off or change its severity (narrative wording varies), set the deadlines that
 * 条例 第四十九条 leaves to local rules (乡镇、街道, other bodies), the timezone, the R35 threshold.
 *
 *   rules: { R25: { severity: 'I' }, R35: { enabled: false } },
 *   deadlines: { ...DEFAULT_CHECK_CONFIG.deadlines, township: '02-28' },
 */
import { DEFAULT_CHECK_CONFIG } from '#format';

export default () => ({
  ...DEFAULT_CHECK_CONFIG,
  rules: {},
});
