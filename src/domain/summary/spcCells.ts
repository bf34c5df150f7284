/**
 * The summary sheet's two SPC cells per measure (variation and assurance) and their one-line legend. A
 * sheet cannot hold the programme's icons, so each cell says it in words, with a symbol for the side
 * (▲ high, ▼ low) or the verdict (√ met, × missed, ± hit and miss) and a fill that differs in lightness as
 * well as hue (orange for concern is the darkest, blue for improvement lighter, ordinary variation none),
 * so it reads in black and white and for colour-blind readers. Only characters every Office font has are used.
 */
import type { MeasureFigures, SpcFigures, SpcVariation } from '../calc/types';
import type { Polarity } from '../framework/types';
import { latestSide, latestSignals, signalShortText, SPC_MIN_POINTS } from '../calc/spc';
import type { ColumnCell } from './columns';
import type { CellStyle } from './types';

const CONCERN: CellStyle = { fill: '#ED7D31', fontColor: '#000000', bold: true };
const IMPROVEMENT: CellStyle = { fill: '#BDD7EE', fontColor: '#0B2A4A', bold: true };
const NEUTRAL: CellStyle = { fill: '#D9D2E9', fontColor: '#2E1A47' };
const ORDINARY: CellStyle = { fontColor: '#404040' };
const SHORT: CellStyle = { italic: true, fontColor: '#595959' };

const VARIATION_STYLE: Readonly<Record<SpcVariation, CellStyle>> = {
  commonCause: ORDINARY,
  improvement: IMPROVEMENT,
  concern: CONCERN,
  neutralHigh: NEUTRAL,
  neutralLow: NEUTRAL,
};

const VARIATION_WORD: Readonly<Record<SpcVariation, string>> = {
  commonCause: 'Common cause',
  improvement: 'Improvement',
  concern: 'Concern',
  neutralHigh: 'Unusually high',
  neutralLow: 'Unusually low',
};

/** ▲ when the latest point is above the mean (or on it, rising), ▼ below; ○ for common cause. */
function symbolOf(spc: SpcFigures): string {
  if (spc.variation === 'commonCause') return '○';
  return latestSide(spc) < 0 ? '▼' : '▲';
}

/**
 * The variation cell: '▲ Concern: 7 months above usual', '○ Common cause', with '*' when provisional (12 to 19
 * points); 'Too few points: 9 of 12' when there is not enough history; null when the measure has no
 * figures over time at all. Short, so a printed row stays one or two lines high.
 */
export function variationCell(f: MeasureFigures): ColumnCell | null {
  const spc = f.spc;
  if (!spc) {
    const n = f.spcPoints ?? 0;
    if (n < 2) return null;
    return { value: `Too few points: ${n} of ${SPC_MIN_POINTS}`, style: { key: 'spc:short', style: SHORT } };
  }
  const first = spc.variation === 'commonCause' ? undefined : latestSignals(spc)[0];
  const reason = first ? `: ${signalShortText(first)}` : '';
  const text = `${symbolOf(spc)} ${VARIATION_WORD[spc.variation]}${reason}${spc.provisional ? ' *' : ''}`;
  return { value: text, style: { key: `spc:${spc.variation}`, style: VARIATION_STYLE[spc.variation] } };
}

/** The assurance cell: '√ Reliably met', '× Reliably missed', '± Hit and miss', 'No target'; null when none applies. */
export function assuranceCell(f: MeasureFigures, polarity: Polarity): ColumnCell | null {
  const spc = f.spc;
  if (!spc) return null;
  switch (spc.assurance) {
    case 'pass':
      return { value: '√ Reliably met', style: { key: 'assure:pass', style: IMPROVEMENT } };
    case 'fail':
      return { value: '× Reliably missed', style: { key: 'assure:fail', style: CONCERN } };
    case 'hitAndMiss':
      return { value: '± Hit and miss', style: { key: 'assure:hitAndMiss', style: ORDINARY } };
    default:
      return polarity === 'contextual'
        ? null
        : { value: 'No target', style: { key: 'spc:short', style: SHORT } };
  }
}

/** The legend's line for the two columns. */
export const SPC_LEGEND =
  'Variation (statistical process control, from 12 periods; * provisional, under 20): ▲ high or ▼ low Improvement / Concern = the latest figure is a change beyond the usual ups and downs (Unusually high / low for context-only measures); ○ Common cause = only the usual ups and downs, whatever the direction says. ' +
  'Assurance: √ Reliably met / × Reliably missed = the target lies outside the range the figure usually moves in; ± Hit and miss = inside it.';
