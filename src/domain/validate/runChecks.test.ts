import { runChecks } from './runChecks';
import { allRules } from './rules';
import type { Rule } from './types';
import { computeFigures } from '../calc/figures';
import { checkContext, framework, kloe, measure, rowSeries } from '../../../test/domain/builders';

const fw = framework({
  kloes: [kloe('K03'), kloe('K04')],
  measures: [
    measure({ id: 'H01', name: 'Annual health assessment', kloes: ['K03'], polarity: 'higher' }),
    measure({ id: 'S01', name: 'Three or more placements', kloes: ['K04'], polarity: 'lower' }),
  ],
});

const info: Rule = {
  id: 'test-info',
  severity: 'info',
  description: 'an info finding',
  run: () => [{ ruleId: 'test-info', severity: 'info', message: 'i', measureId: 'H01' }],
};
const boom: Rule = {
  id: 'test-boom',
  severity: 'warning',
  description: 'a rule that throws',
  run: () => {
    throw new Error('kaboom');
  },
};
const warnS01: Rule = {
  id: 'test-warn',
  severity: 'warning',
  description: 'warnings for two measures',
  run: () => [
    { ruleId: 'test-warn', severity: 'warning', message: 'w-S01', measureId: 'S01' },
    { ruleId: 'test-warn', severity: 'warning', message: 'w-none' },
    { ruleId: 'test-warn', severity: 'warning', message: 'w-H01', measureId: 'H01' },
  ],
};

describe('runChecks', () => {
  it('reports a rule that throws as rule-failed and still runs the others', () => {
    const out = runChecks(checkContext({ framework: fw }), [boom, info]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ ruleId: 'rule-failed', severity: 'error' });
    expect(out[0].message).toContain("'test-boom'");
    expect(out[0].message).toContain('kaboom');
    expect(out[1].ruleId).toBe('test-info');
  });

  it('sorts by severity, then by measure in framework order, workbook-wide last', () => {
    const out = runChecks(checkContext({ framework: fw }), [info, warnS01]);
    expect(out.map((f) => f.message)).toEqual(['w-H01', 'w-S01', 'w-none', 'i']);
  });

  it('runs the whole registry on a realistic row without failing a rule', () => {
    const series = [
      rowSeries({
        measureId: 'S01',
        row: 12,
        values: { '2024-12': 9, '2025-01': 10, '2025-02': 'TBC', '2025-03': 11, '2025-04': null },
        polarityText: 'High',
      }),
    ];
    const asAt = '2025-05-10';
    const figures = computeFigures({ framework: fw, series, asAt });
    const out = runChecks(checkContext({ framework: fw, series, figures, asAt }), allRules);
    expect(out.filter((f) => f.ruleId === 'rule-failed')).toEqual([]);
    const ids = out.map((f) => f.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'text-not-number',
        'latest-period-blank',
        'polarity-disagrees',
        'kloe-no-coverage',
        'no-target',
      ]),
    );
    expect(ids[0]).toBe('text-not-number');
    expect(out.find((f) => f.ruleId === 'text-not-number')?.message).toBe(
      "S01 Three or more placements: 'Monthly PMF'!E12 holds the text 'TBC' where a number belongs (Feb-25).",
    );
  });
});
