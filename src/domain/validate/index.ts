export * from './types';
export { runChecks, sortFindings, SEVERITY_ORDER } from './runChecks';
export { allRules, ruleById } from './rules';
export { readPolarity } from './rules/polarity-disagrees';
