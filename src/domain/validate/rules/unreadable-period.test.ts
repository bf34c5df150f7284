import { unreadablePeriod } from './unreadable-period';
import { cellRef } from '../../grid';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01' })] });

describe('unreadable-period', () => {
  it('points at the header cell that could not be read', () => {
    const s = rowSeries({
      measureId: 'S01',
      values: { '2025-03': 1 },
      notes: [
        {
          code: 'unreadablePeriod',
          message: "'Marhc 25' is not a period",
          cell: cellRef('Monthly PMF', 4, 6),
        },
      ],
    });
    const out = unreadablePeriod.run(checkContext({ framework: fw, series: [s] }));
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe('warning');
    expect(out[0].cell?.address).toBe('F4');
    expect(out[0].message).toContain("'Monthly PMF'!F4");
  });
});

describe('unreadable-period, one header under several tagged rows', () => {
  it('reports the header once and names the other measures', () => {
    const fw2 = framework({ measures: [measure({ id: 'S01' }), measure({ id: 'S03' })] });
    const note = {
      code: 'unreadablePeriod' as const,
      message: "'Marhc 25'",
      cell: cellRef('Monthly PMF', 4, 6),
    };
    const a = rowSeries({ measureId: 'S01', row: 10, values: { '2025-03': 1 }, notes: [note] });
    const b = rowSeries({ measureId: 'S03', row: 11, values: { '2025-03': 1 }, notes: [note] });
    const out = unreadablePeriod.run(checkContext({ framework: fw2, series: [a, b] }));
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('The same header affects 1 other tagged row (S03).');
  });
});
