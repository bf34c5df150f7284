import { spcConcernNoCommentary } from './spc-concern-no-commentary';
import { computeFigures } from '../../calc/figures';
import type { MeasureSettings } from '../../framework/types';
import { checkContext, framework, measure, rowSeries } from '../../../../test/domain/builders';

const M01 = measure({ id: 'M01', name: 'Children missing from care', unit: 'count', polarity: 'lower' });
const H01 = measure({ id: 'H01', name: 'Health assessments on time', unit: 'percent', polarity: 'higher' });

/** Monthly values from April 2023 (asAt after the last). */
function monthly(values: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  values.forEach((v, i) => {
    const d = new Date(Date.UTC(2023, 3 + i, 1));
    out[`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`] = v;
  });
  return out;
}

/** Fourteen ordinary months, then seven a little above the usual level. */
const DRIFT_UP = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 12, 12, 12, 12, 12, 12, 12];

function run(measureId: string, values: readonly number[], settings: Record<string, MeasureSettings> = {}) {
  const fw = framework({ measures: [M01, H01], settings });
  const series = [rowSeries({ measureId, values: monthly(values) })];
  const figures = computeFigures({ framework: fw, series, asAt: '2025-01-15' });
  return spcConcernNoCommentary.run(checkContext({ framework: fw, series, figures }));
}

describe('spc-concern-no-commentary', () => {
  it('warns when the latest point is a special cause of concern and there is no commentary', () => {
    const out = run('M01', DRIFT_UP);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      ruleId: 'spc-concern-no-commentary',
      severity: 'warning',
      measureId: 'M01',
    });
    expect(out[0].message).toBe(
      'M01 Children missing from care: Dec-24 (12) is a special cause of concern (seven months above the usual level), beyond the usual ups and downs, and there is no commentary: the Panel will ask what happened and what is being done. Add commentary in the Summary view.',
    );
    // On the Panel's summary sheet, without the instruction meant for the officer.
    expect(out[0].panelMessage).toBe(
      'M01 Children missing from care: Dec-24 (12) is a special cause of concern (seven months above the usual level), beyond the usual ups and downs, and no commentary explains it yet.',
    );
    expect(out[0].cell).toMatchObject({ sheet: 'Monthly PMF' });
  });

  it('is quiet once the officer has written commentary', () => {
    expect(
      run('M01', DRIFT_UP, {
        M01: { comment: 'Two siblings went missing repeatedly; a strategy meeting is set.' },
      }),
    ).toEqual([]);
  });

  it('still warns when the commentary is only spaces', () => {
    expect(run('M01', DRIFT_UP, { M01: { comment: '   ' } })).toHaveLength(1);
  });

  it('is quiet for a special cause of improvement', () => {
    // The same rise is an improvement where higher is better.
    expect(run('H01', DRIFT_UP)).toEqual([]);
  });

  it('is quiet for ordinary variation and for a measure with too few points for SPC', () => {
    expect(run('M01', DRIFT_UP.slice(0, 14))).toEqual([]);
    expect(run('M01', DRIFT_UP.slice(-11))).toEqual([]);
  });
});
