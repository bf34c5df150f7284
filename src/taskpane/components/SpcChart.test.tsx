/** @jest-environment jsdom */
import '../testing/setupDom';

jest.setTimeout(20000);
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { measureSpc } from '../../domain/calc/spc';
import { addMonths, periodFromKey } from '../../domain/calc/periodKeys';
import type { MeasureFigures } from '../../domain/calc/types';
import type { Period } from '../../domain/periods/types';
import { formatValue } from '../format';
import { sampleFigures } from '../testing/fakeService';
import { SpcChart, specialCauseRuns, xmrDescription, xmrGeometry } from './SpcChart';
import { SpcReading } from './SpcReading';

const pct = (n: number) => formatValue(n, 'percent');

function spcOf(values: readonly number[], polarity: 'higher' | 'lower' = 'lower', target: number | null = 9) {
  const points = values.map((value, i) => ({
    period: periodFromKey(addMonths('2023-08', i) as string) as Period,
    value,
  }));
  const spc = measureSpc({ points, polarity, target, tolerance: 5 }).spc;
  if (!spc) throw new Error('expected SPC');
  return spc;
}

/** Thirteen ordinary months, then seven a little worse (above the usual level; lower is better). */
const DRIFT = [
  9.2, 9.8, 9.1, 9.7, 9.3, 9.6, 9.0, 9.6, 9.4, 9.7, 9.1, 9.5, 9.2, 9.9, 9.8, 10, 10.1, 10.2, 10.2, 10.3,
];

function renderIn(ui: React.ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

describe('SpcChart', () => {
  const spc = spcOf(DRIFT);

  it('fits every point, the limits and the target inside the plot', () => {
    const g = xmrGeometry(spc, 20, 280, 110);
    for (const v of [...spc.chartPoints().map((p) => p.value), spc.lowerLimit, spc.upperLimit, 20]) {
      expect(g.y(v)).toBeGreaterThanOrEqual(g.top);
      expect(g.y(v)).toBeLessThanOrEqual(g.bottom);
    }
    expect(g.y(20)).toBeLessThan(g.y(spc.upperLimit));
    expect(g.x(0)).toBe(g.left);
    expect(g.x(spc.chartPoints().length - 1)).toBe(g.right);
  });

  it('draws the mean, both limits and the target, and marks special causes by colour and shape', () => {
    renderIn(<SpcChart spc={spc} target={9} format={pct} />);
    const svg = document.querySelector('svg[data-chart="xmr"]') as SVGElement;
    expect([...svg.querySelectorAll('line')].map((l) => l.getAttribute('data-line'))).toEqual([
      'upper',
      'lower',
      'mean',
      'target',
    ]);
    // Concerns are squares; ordinary points small circles.
    expect(svg.querySelectorAll('rect[data-variation="concern"]')).toHaveLength(7);
    expect(svg.querySelectorAll('circle[data-variation="commonCause"]')).toHaveLength(13);
  });

  it('describes itself in words and gives its data as a table', () => {
    renderIn(<SpcChart spc={spc} target={9} format={pct} title="S01 Three or more placements" />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      `S01 Three or more placements: XmR chart of 20 points, Aug-23 to Mar-25, mean ${pct(spc.mean)}, process limits ${pct(spc.lowerLimit)} to ${pct(spc.upperLimit)}, target 9.0%, latest 10.3% in Mar-25, special causes: Sep-24 to Mar-25 (concern).`,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(21);
    expect(rows[20].textContent).toBe('Mar-2510.3%Special cause: concern');
    expect(rows[1].textContent).toBe('Aug-239.2%Common cause');
  });

  it('names runs of special causes, or says there are none', () => {
    expect(specialCauseRuns(spc)).toEqual(['Sep-24 to Mar-25 (concern)']);
    const calm = spcOf([10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11], 'higher', null);
    expect(xmrDescription(calm, null, String)).toMatch(/, no special causes\.$/);
  });
});

describe('SpcReading', () => {
  const base = sampleFigures().find((f) => f.measureId === 'S01') as MeasureFigures;

  it('shows the two icons with their words, then the chart', () => {
    const f: MeasureFigures = { ...base, spc: spcOf(DRIFT, 'lower', 12), target: 12 };
    renderIn(<SpcReading figures={f} title="S01" format={pct} />);
    expect(screen.getByText('Special cause: concern, seven months above the usual level')).toBeTruthy();
    expect(screen.getByText('Target reliably met')).toBeTruthy();
    expect(document.querySelector('[data-icon="variation-concern"]')?.textContent).toBe('H');
    expect(document.querySelector('[data-icon="assurance-pass"]')?.textContent).toBe('P');
    expect(screen.queryByText(/Provisional/)).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^S01: XmR chart of 20 points/);
  });

  it('says when a reading is provisional and where the baseline is', () => {
    const spc = { ...spcOf(DRIFT.slice(-14)), baseline: '2024-02' };
    renderIn(<SpcReading figures={{ ...base, spc }} title="S01" format={pct} />);
    expect(
      screen.getByText(
        'Provisional: 14 points; the reading firms up at 20. From Feb-24, the baseline set in the Framework view.',
      ),
    ).toBeTruthy();
  });

  it('says how far short a history is, and nothing for a measure with one figure', () => {
    const { container, rerender } = renderIn(
      <SpcReading figures={{ ...base, spc: null, spcPoints: 9 }} title="S01" format={pct} />,
    );
    expect(container.textContent).toBe('Control chart: too few points: 9 of the 12 needed.');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <SpcReading figures={{ ...base, spc: null, spcPoints: 1 }} title="S01" format={pct} />
      </FluentProvider>,
    );
    expect(container.textContent).toBe('');
  });

  it('leaves out the assurance icon without a target', () => {
    const f: MeasureFigures = { ...base, spc: spcOf(DRIFT, 'lower', null), target: null };
    renderIn(<SpcReading figures={f} title="S01" format={pct} />);
    expect(document.querySelector('[data-icon^="assurance"]')).toBeNull();
    expect(screen.getByText('Special cause: concern, seven months above the usual level')).toBeTruthy();
  });
});
