import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeasureFigures, SpcAssurance, SpcVariation } from '../../domain/calc/types';
import {
  ASSURANCE_MEANING,
  VARIATION_MEANING,
  assuranceText,
  latestSide,
  provisionalText,
  tooFewText,
  variationText,
  withChart,
} from '../../domain/calc/spc';
import { periodFromKey } from '../../domain/calc/periodKeys';
import { SpcChart } from './SpcChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  icons: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  icon: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, marginTop: '1px' },
  muted: { color: tokens.colorNeutralForeground2 },
  improvement: { fill: tokens.colorPaletteBlueForeground2 },
  concern: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  neutral: { fill: tokens.colorPalettePurpleForeground2 },
  commonCause: { fill: tokens.colorNeutralForeground3 },
  glyph: { fill: '#FFFFFF', fontSize: '10px', fontWeight: 700 },
});

type Tone = 'improvement' | 'concern' | 'neutral' | 'commonCause';

/** A round icon with a letter, as Making Data Count draws them; decorative (the words beside say it). */
function Badge({ tone, letter, name }: { tone: Tone; letter: string; name: string }) {
  const s = useStyles();
  return (
    <svg className={s.badge} width={18} height={18} viewBox="0 0 18 18" aria-hidden="true" data-icon={name}>
      <circle className={s[tone]} cx={9} cy={9} r={9} />
      <text className={s.glyph} x={9} y={12.5} textAnchor="middle">
        {letter}
      </text>
    </svg>
  );
}

const VARIATION_TONE: Record<SpcVariation, Tone> = {
  commonCause: 'commonCause',
  improvement: 'improvement',
  concern: 'concern',
  neutralHigh: 'neutral',
  neutralLow: 'neutral',
};
const ASSURANCE_TONE: Record<SpcAssurance, Tone> = {
  pass: 'improvement',
  fail: 'concern',
  hitAndMiss: 'commonCause',
};
const ASSURANCE_LETTER: Record<SpcAssurance, string> = { pass: 'P', fail: 'F', hitAndMiss: '~' };

export interface SpcReadingProps {
  readonly figures: MeasureFigures;
  /** 'S01 Children with three or more placements', naming the chart. */
  readonly title: string;
  readonly format: (value: number) => string;
}

/**
 * A measure's statistical process control: the variation and assurance icons, each with its words
 * ('Special cause: concern, seven months above the usual level'; 'Target reliably met'), then the XmR chart;
 * or, with too short a history, how many points there are of the 12 needed.
 */
export function SpcReading({ figures: f, title, format }: SpcReadingProps) {
  const s = useStyles();
  const spc = f.spc;
  if (!spc) {
    const n = f.spcPoints ?? 0;
    if (n < 2) return null;
    return (
      <Text size={200} className={s.muted} data-spc="short">
        Control chart: {tooFewText(n).replace(/^Too/, 'too')}.
      </Text>
    );
  }
  const assurance = assuranceText(spc);
  const chart = withChart(spc);
  const baseline = spc.baseline ? (periodFromKey(spc.baseline)?.label ?? spc.baseline) : null;
  return (
    <div className={s.root} data-spc={spc.variation}>
      <div className={s.icons}>
        <div className={s.icon} title={VARIATION_MEANING[spc.variation]}>
          <Badge
            tone={VARIATION_TONE[spc.variation]}
            letter={spc.variation === 'commonCause' ? '~' : latestSide(spc) < 0 ? 'L' : 'H'}
            name={`variation-${spc.variation}`}
          />
          <Text size={200}>{variationText(spc)}</Text>
        </div>
        {spc.assurance && assurance ? (
          <div className={s.icon} title={ASSURANCE_MEANING[spc.assurance]}>
            <Badge
              tone={ASSURANCE_TONE[spc.assurance]}
              letter={ASSURANCE_LETTER[spc.assurance]}
              name={`assurance-${spc.assurance}`}
            />
            <Text size={200}>{assurance}</Text>
          </div>
        ) : null}
      </div>
      {chart ? <SpcChart spc={chart} target={f.target} format={format} title={title} /> : null}
      {spc.provisional || baseline ? (
        <Text size={200} className={s.muted}>
          {spc.provisional ? `${provisionalText(spc.points)}.` : ''}
          {spc.provisional && baseline ? ' ' : ''}
          {baseline ? `From ${baseline}, the baseline set in the Framework view.` : ''}
        </Text>
      ) : null}
    </div>
  );
}
