import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  svg: { display: 'block', maxWidth: '100%', overflow: 'visible' },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: '1.5px' },
  dot: { fill: tokens.colorBrandForeground1 },
  target: { stroke: tokens.colorNeutralStroke1, strokeDasharray: '3 2', strokeWidth: '1px' },
});

export interface TrendChartProps {
  /** Values oldest first; null leaves a gap. */
  readonly values: readonly (number | null)[];
  /** Labels for the accessible description, same length as values (optional). */
  readonly labels?: readonly string[];
  readonly target?: number | null;
  readonly width?: number;
  readonly height?: number;
  /** How values are spoken in the description. */
  readonly format?: (value: number) => string;
}

/** Points of a sparkline: one polyline segment per run of non-null values. Exported for tests. */
export function sparklineSegments(
  values: readonly (number | null)[],
  width: number,
  height: number,
  extra: readonly number[] = [],
): { x: number; y: number }[][] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return [];
  const all = [...present, ...extra];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const pad = 2;
  const step = values.length > 1 ? (width - pad * 2) / (values.length - 1) : 0;
  const segments: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current.length) segments.push(current);
      current = [];
      return;
    }
    const x = values.length > 1 ? pad + i * step : width / 2;
    const y = pad + (height - pad * 2) * (1 - (v - min) / span);
    current.push({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  });
  if (current.length) segments.push(current);
  return segments;
}

/** A small inline-SVG sparkline with a text description for screen readers. */
export function TrendChart({
  values,
  labels,
  target,
  width = 120,
  height = 32,
  format = String,
}: TrendChartProps) {
  const styles = useStyles();
  const present = values.map((v, i) => ({ v, i })).filter((p): p is { v: number; i: number } => p.v !== null);
  if (present.length < 2) return null;
  const segments = sparklineSegments(values, width, height, target != null ? [target] : []);
  const first = present[0];
  const last = present[present.length - 1];
  const name = (i: number) => labels?.[i] ?? `period ${i + 1}`;
  const description = `Trend over ${values.length} periods: ${format(first.v)} in ${name(first.i)} to ${format(last.v)} in ${name(last.i)}`;
  const all = [...present.map((p) => p.v), ...(target != null ? [target] : [])];
  const min = Math.min(...all);
  const span = Math.max(...all) - min || 1;
  const targetY = target != null ? 2 + (height - 4) * (1 - (target - min) / span) : null;
  const lastPoint = segments[segments.length - 1][segments[segments.length - 1].length - 1];
  return (
    <svg
      className={styles.svg}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={description}
    >
      <title>{description}</title>
      {targetY !== null ? (
        <line className={styles.target} x1={0} x2={width} y1={targetY} y2={targetY} />
      ) : null}
      {segments.map((seg, i) => (
        <polyline key={i} className={styles.line} points={seg.map((p) => `${p.x},${p.y}`).join(' ')} />
      ))}
      <circle className={styles.dot} cx={lastPoint.x} cy={lastPoint.y} r={2.5} />
    </svg>
  );
}
