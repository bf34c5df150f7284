/** The registry: every check rule, in the order they run. One module per rule, each with its own test. */
import type { Rule } from '../types';
import { tagSheetMissing } from './tag-sheet-missing';
import { tagRowMissing } from './tag-row-missing';
import { tagRowMoved } from './tag-row-moved';
import { tagLabelChanged } from './tag-label-changed';
import { tagAmbiguous } from './tag-ambiguous';
import { tagUnknownMeasure } from './tag-unknown-measure';
import { tagDuplicateValue } from './tag-duplicate-value';
import { tagRowBroken } from './tag-row-broken';
import { noPeriodHeader } from './no-period-header';
import { unreadablePeriod } from './unreadable-period';
import { duplicatePeriod } from './duplicate-period';
import { periodsOutOfOrder } from './periods-out-of-order';
import { mixedPeriodKinds } from './mixed-period-kinds';
import { textNotNumber } from './text-not-number';
import { errorCell } from './error-cell';
import { suppressedValue } from './suppressed-value';
import { missingValue } from './missing-value';
import { latestPeriodBlank } from './latest-period-blank';
import { percentOutOfRange } from './percent-out-of-range';
import { negativeCount } from './negative-count';
import { fractionalCount } from './fractional-count';
import { scoreOutOfRange } from './score-out-of-range';
import { numeratorAboveDenominator } from './numerator-above-denominator';
import { implausibleRate } from './implausible-rate';
import { smallDenominator } from './small-denominator';
import { suddenChange } from './sudden-change';
import { spcConcernNoCommentary } from './spc-concern-no-commentary';
import { staleData } from './stale-data';
import { polarityDisagrees } from './polarity-disagrees';
import { labelOpposite } from './label-opposite';
import { fractionsReadAsPercent } from './fractions-read-as-percent';
import { ytdDisagrees } from './ytd-disagrees';
import { comparatorPeriods } from './comparator-periods';
import { kloeNoCoverage } from './kloe-no-coverage';
import { noTarget } from './no-target';
import { targetDisagrees } from './target-disagrees';
import { tableNotFound, tableMoved } from './table-not-found';
import { tableStale } from './table-stale';
import { tableUnreadableDate } from './table-unreadable-date';
import { tableDecBeforeDecom } from './table-dec-before-decom';
import { tableCodeOutsideList } from './table-code-outside-list';
import { tableBlankChild } from './table-blank-child';
import { tableDuplicateRow } from './table-duplicate-row';
import { tableOverlappingEpisodes } from './table-overlapping-episodes';
import { tableChildWithoutHeader } from './table-child-without-header';
import { tableOc2OutsideCohort } from './table-oc2-outside-cohort';
import { tableSdqOutOfRange } from './table-sdq-out-of-range';
import { tableSameYear } from './table-same-year';
import { tableReconciliation } from './table-reconciliation';

export const allRules: readonly Rule[] = [
  // tag integrity
  tagSheetMissing,
  tagRowMissing,
  tagRowMoved,
  tagLabelChanged,
  tagAmbiguous,
  tagUnknownMeasure,
  tagDuplicateValue,
  tagRowBroken,
  // layout
  noPeriodHeader,
  unreadablePeriod,
  duplicatePeriod,
  periodsOutOfOrder,
  mixedPeriodKinds,
  // values
  textNotNumber,
  errorCell,
  suppressedValue,
  missingValue,
  latestPeriodBlank,
  // ranges
  percentOutOfRange,
  negativeCount,
  fractionalCount,
  scoreOutOfRange,
  numeratorAboveDenominator,
  implausibleRate,
  // interpretation
  smallDenominator,
  suddenChange,
  spcConcernNoCommentary,
  staleData,
  polarityDisagrees,
  labelOpposite,
  fractionsReadAsPercent,
  ytdDisagrees,
  comparatorPeriods,
  targetDisagrees,
  // child-level tables at source
  tableNotFound,
  tableMoved,
  tableStale,
  tableUnreadableDate,
  tableDecBeforeDecom,
  tableCodeOutsideList,
  tableBlankChild,
  tableDuplicateRow,
  tableOverlappingEpisodes,
  tableChildWithoutHeader,
  tableOc2OutsideCohort,
  tableSdqOutOfRange,
  tableSameYear,
  tableReconciliation,
  // coverage
  kloeNoCoverage,
  noTarget,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
