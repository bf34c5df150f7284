import { allRules, ruleById } from './index';

const REQUIRED = [
  'tag-sheet-missing',
  'tag-row-missing',
  'tag-row-moved',
  'tag-label-changed',
  'tag-ambiguous',
  'tag-unknown-measure',
  'tag-duplicate-value',
  'tag-row-broken',
  'no-period-header',
  'unreadable-period',
  'duplicate-period',
  'periods-out-of-order',
  'text-not-number',
  'error-cell',
  'suppressed-value',
  'missing-value',
  'latest-period-blank',
  'percent-out-of-range',
  'negative-count',
  'fractional-count',
  'score-out-of-range',
  'numerator-above-denominator',
  'implausible-rate',
  'small-denominator',
  'sudden-change',
  'spc-concern-no-commentary',
  'stale-data',
  'polarity-disagrees',
  'fractions-read-as-percent',
  'kloe-no-coverage',
  'no-target',
  'target-disagrees',
  'table-not-found',
  'table-moved',
  'table-stale',
  'table-unreadable-date',
  'table-dec-before-decom',
  'table-code-outside-list',
  'table-blank-child',
  'table-duplicate-row',
  'table-overlapping-episodes',
  'table-child-without-header',
  'table-oc2-outside-cohort',
  'table-sdq-out-of-range',
  'table-same-year',
  'table-reconciliation',
];

describe('rule registry', () => {
  it('lists every required rule once, with kebab-case ids, a severity and a description', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const r of allRules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.description.length).toBeGreaterThan(10);
    }
    expect(ruleById('stale-data')?.severity).toBe('warning');
    expect(ruleById('nope')).toBeUndefined();
  });
});
