/**
 * Cross-check rules per deployment: switch a rule off or change its severity, set the deadlines
 * that 条例 第四十九条 leaves to local rules, and the R35 similarity threshold.
 */
export default () => ({
  // e.g. R25: { severity: 'I' }, R35: { enabled: false }
  rules: {},
  deadlines: {
    department: '01-31',
    government: '03-31',
    township: '03-31',
    other: {},
    pre2019: '03-31',
    timezone: 'Asia/Shanghai',
  },
  similarityThreshold: 0.5,
});
