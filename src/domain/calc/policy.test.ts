import { directionOf, isDue, ragOf, staleAllowanceDays, staleByDays, versusOf, withinBand } from './policy';

describe('stable band', () => {
  it('is points for percentages and per cent of the base for other units', () => {
    expect(withinBand('percent', 1, 50, 1)).toBe(true);
    expect(withinBand('percent', -1.01, 50, 1)).toBe(false);
    expect(withinBand('count', 2, 200, 1)).toBe(true);
    expect(withinBand('count', 2.5, 200, 1)).toBe(false);
    expect(withinBand('currency', -10, 1000, 1)).toBe(true);
  });

  it('with a base of 0 only no change is stable', () => {
    expect(withinBand('count', 0, 0, 1)).toBe(true);
    expect(withinBand('count', 1, 0, 1)).toBe(false);
  });
});

describe('direction and verdicts', () => {
  it('follows polarity', () => {
    expect(directionOf('percent', 'higher', 85, 80, 1, null)).toBe('improving');
    expect(directionOf('percent', 'lower', 85, 80, 1, null)).toBe('worsening');
    expect(directionOf('percent', 'lower', 75, 80, 1, null)).toBe('improving');
    expect(directionOf('percent', 'contextual', 75, 80, 1, null)).toBeNull();
    expect(directionOf('percent', 'target', 75, 80, 1, null)).toBeNull();
    expect(directionOf('percent', 'target', 52, 60, 1, 50)).toBe('improving');
  });

  it('compares with a comparator polarity-aware', () => {
    expect(versusOf('percent', 'lower', 8, 10, 1)).toBe('better');
    expect(versusOf('percent', 'higher', 8, 10, 1)).toBe('worse');
    expect(versusOf('percent', 'higher', 9.5, 10, 1)).toBe('similar');
    expect(versusOf('percent', 'contextual', 8, 10, 1)).toBeNull();
  });
});

describe('RAG', () => {
  it('uses a tolerance as a percentage of the target', () => {
    expect(ragOf('higher', 95, 100, 5)).toBe('amber');
    expect(ragOf('higher', 94.9, 100, 5)).toBe('red');
    expect(ragOf('lower', 10.5, 10, 5)).toBe('amber');
    expect(ragOf('target', 110, 100, 5)).toBe('amber');
    expect(ragOf('target', 110.1, 100, 5)).toBe('red');
  });

  it('a target of 0 leaves no amber band', () => {
    expect(ragOf('lower', 0, 0, 5)).toBe('green');
    expect(ragOf('lower', 1, 0, 5)).toBe('red');
  });
});

describe('staleness', () => {
  it('uses the larger allowance of frequency and period kind', () => {
    expect(staleAllowanceDays('monthly', 'month')).toBe(62);
    expect(staleAllowanceDays('monthly', 'quarter')).toBe(123);
    expect(staleAllowanceDays('quarterly', 'financialYear')).toBe(548);
    expect(staleByDays('monthly', 'month', '2025-01-31', '2025-04-03')).toBe(0);
    expect(staleByDays('monthly', 'month', '2025-01-31', '2025-04-04')).toBe(1);
  });

  it('a period is due once it has ended', () => {
    expect(isDue({ end: '2025-04-30' }, '2025-04-30')).toBe(true);
    expect(isDue({ end: '2025-04-30' }, '2025-04-29T23:00:00Z')).toBe(false);
  });
});
