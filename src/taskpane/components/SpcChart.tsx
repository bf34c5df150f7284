import { makeStyles, tokens } from '@fluentui/react-components';
import type { SpcChartFigures, SpcVariation } from '../../domain/calc/types';
import { VARIATION_HEADING } from '../../domain/calc/spc';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  data: { fill: 'none', stroke: tokens.colorNeutralStroke1, strokeWidth: '1px' },
  mean: { stroke: tokens.colorNeutralForeground2, strokeWidth: '1px' },
  limit: { stroke: tokens.colorNeutralForeground3, strokeWidth: '1px', strokeDasharray: '4 3' },
  target: { stroke: tokens.colorPaletteRedForeground1, strokeWidth: '1.5px', strokeDasharray: '1 2' },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: '9px' },
  commonCause: { fill: tokens.colorNeutralForeground3 },
  improvement: { fill: tokens.colorPaletteBlueForeground2 },
  concern: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  neutral: { fill: tokens.colorPalettePurpleForeground2 },
  key: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { padding: '0 6px 0 0', textAlign: 'left' },
  },
});

export interface SpcChartProps {
  readonly spc: SpcChartFigures;
  /** The measure's target, drawn as a dotted line. */
  readonly target?: number | null;
  /** How values are written (in the measure's unit). */
  readonly format?: (value: number) => string;
  /** Names the chart for assistive technology: 'S01 Children with three or more placements'. */
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
}

export interface XmrGeometry {
  /** y of a value. */
  readonly y: (value: number) => number;
  /** x of the i-th point. */
  readonly x: (i: number) => number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Scales that fit every point, the limits and the target in the plot area. Exported for tests. */
export function xmrGeometry(
  spc: SpcChartFigures,
  target: number | null | undefined,
  width: number,
  height: number,
): XmrGeometry {
  const values = [spc.lowerLimit, spc.upperLimit, ...spc.chartPoints().map((p) => p.value)];
  if (target !== null && target !== undefined && Number.isFinite(target)) values.push(target);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (max - min < 1e-9) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.05;
  min -= pad;
  max += pad;
  const left = 4;
  const right = width - 4;
  const top = 4;
  const bottom = height - 14;
  const n = spc.chartPoints().length;
  const step = n > 1 ? (right - left) / (n - 1) : 0;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    x: (i) => round(n > 1 ? left + i * step : (left + right) / 2),
    y: (v) => round(top + (bottom - top) * (1 - (v - min) / (max - min))),
    top,
    bottom,
    left,
    right,
  };
}

type Kind = 'commonCause' | 'improvement' | 'concern' | 'neutral';
const kindOf = (v: SpcVariation): Kind => (v === 'neutralHigh' || v === 'neutralLow' ? 'neutral' : v);

/** Runs of special-cause points with the same meaning, in words: 'Sep-24 to Mar-25 (concern)'. */
export function specialCauseRuns(spc: SpcChartFigures): string[] {
  const out: string[] = [];
  const pts = spc.chartPoints();
  for (let i = 0; i < pts.length;) {
    const v = pts[i].variation;
    let j = i + 1;
    while (j < pts.length && pts[j].variation === v) j++;
    if (v !== 'commonCause') {
      const span = j - i === 1 ? pts[i].label : `${pts[i].label} to ${pts[j - 1].label}`;
      out.push(`${span} (${VARIATION_HEADING[v].replace('Special cause: ', '')})`);
    }
    i = j;
  }
  return out;
}

/** The chart in words, for screen readers and as its caption's long form. */
export function xmrDescription(
  spc: SpcChartFigures,
  target: number | null | undefined,
  format: (v: number) => string,
): string {
  const pts = spc.chartPoints();
  const first = pts[0];
  const last = pts[pts.length - 1];
  const parts = [
    `XmR chart of ${pts.length} points, ${first.label} to ${last.label}`,
    `mean ${format(spc.mean)}`,
    `process limits ${format(spc.lowerLimit)} to ${format(spc.upperLimit)}`,
  ];
  if (target !== null && target !== undefined) parts.push(`target ${format(target)}`);
  parts.push(`latest ${format(last.value)} in ${last.label}`);
  const runs = specialCauseRuns(spc);
  parts.push(runs.length ? `special causes: ${runs.join('; ')}` : 'no special causes');
  return `${parts.join(', ')}.`;
}

/**
 * An XmR chart (statistical process control): every point, oldest first, with the mean, the process
 * limits and the target; special-cause points coloured and shaped by what they mean (blue circle
 * improvement, orange square concern, purple diamond neither). Described in words, with the data as a table.
 */
export function SpcChart({ spc, target, format = String, title, width = 280, height = 110 }: SpcChartProps) {
  const s = useStyles();
  const g = xmrGeometry(spc, target, width, height);
  const pts = spc.chartPoints();
  const description = xmrDescription(spc, target, format);
  const hasTarget = target !== null && target !== undefined && Number.isFinite(target);
  const line = (v: number, className: string, key: string) => (
    <line key={key} className={className} x1={g.left} x2={g.right} y1={g.y(v)} y2={g.y(v)} data-line={key} />
  );
  return (
    <figure className={s.figure}>
      <svg
        className={s.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title ? `${title}: ${description}` : description}
        data-chart="xmr"
      >
        {line(spc.upperLimit, s.limit, 'upper')}
        {line(spc.lowerLimit, s.limit, 'lower')}
        {line(spc.mean, s.mean, 'mean')}
        {hasTarget ? line(target, s.target, 'target') : null}
        <polyline className={s.data} points={pts.map((p, i) => `${g.x(i)},${g.y(p.value)}`).join(' ')} />
        {pts.map((p, i) => {
          const kind = kindOf(p.variation);
          const cx = g.x(i);
          const cy = g.y(p.value);
          const common = { className: s[kind], 'data-variation': p.variation };
          if (kind === 'concern')
            return <rect key={p.period} {...common} x={cx - 3.5} y={cy - 3.5} width={7} height={7} />;
          if (kind === 'neutral')
            return (
              <polygon
                key={p.period}
                {...common}
                points={`${cx},${cy - 4} ${cx + 4},${cy} ${cx},${cy + 4} ${cx - 4},${cy}`}
              />
            );
          return <circle key={p.period} {...common} cx={cx} cy={cy} r={kind === 'improvement' ? 3.5 : 2} />;
        })}
        <text className={s.axis} x={g.left} y={height - 2} textAnchor="start">
          {pts[0].label}
        </text>
        <text className={s.axis} x={g.right} y={height - 2} textAnchor="end">
          {pts[pts.length - 1].label}
        </text>
      </svg>
      <div className={s.key} aria-hidden="true">
        — mean {format(spc.mean)} · - - limits {format(spc.lowerLimit)} to {format(spc.upperLimit)}
        {hasTarget ? ` · ··· target ${format(target)}` : ''}
      </div>
      <details>
        <summary className={s.key}>The chart as a table</summary>
        <table className={s.table}>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Value</th>
              <th scope="col">Reading</th>
            </tr>
          </thead>
          <tbody>
            {pts.map((p) => (
              <tr key={p.period}>
                <td>{p.label}</td>
                <td>{format(p.value)}</td>
                <td>{p.variation === 'commonCause' ? 'Common cause' : VARIATION_HEADING[p.variation]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
