import { Link } from '@fluentui/react-components';
import type { MeasureFigures } from '../../domain/calc/types';
import type { Unit } from '../../domain/framework/types';
import { quoteSheetName, type CellRef } from '../../domain/grid';
import { formatValue } from '../format';

/** "'Monthly PMF'!Q11" */
export function cellText(cell: Pick<CellRef, 'sheet' | 'address'>): string {
  return `${quoteSheetName(cell.sheet)}!${cell.address}`;
}

function CellLink({ cell, onGoTo }: { cell: CellRef; onGoTo?: (cell: CellRef) => void }) {
  if (!onGoTo) return <>{cellText(cell)}</>;
  return (
    <Link as="button" inline onClick={() => onGoTo(cell)} aria-label={`Go to ${cellText(cell)}`}>
      {cellText(cell)}
    </Link>
  );
}

/**
 * Where a measure's target comes from, in words: "9.0% from 'Monthly PMF'!Q11", "10.0% from the Framework
 * settings", and when the sheet's own target is not the one used, that too. The rule is one: the officer's
 * Framework setting wins when set; otherwise the sheet's Target column.
 */
export function TargetSourceText({
  figures,
  unit,
  onGoTo,
}: {
  readonly figures: Pick<MeasureFigures, 'target' | 'targetSource'>;
  readonly unit: Unit;
  readonly onGoTo?: (cell: CellRef) => void;
}) {
  const { target, targetSource: source } = figures;
  if (target === null) return <>none set</>;
  const value = formatValue(target, unit);
  if (!source) return <>{value}</>;
  if (source.from === 'sheet') {
    return (
      <>
        {value} from {source.sheet ? <CellLink cell={source.sheet.cell} onGoTo={onGoTo} /> : 'the sheet'}
      </>
    );
  }
  const other = source.sheet && Math.abs(source.sheet.value - target) > 1e-9 ? source.sheet : null;
  return (
    <>
      {value} from the Framework settings
      {other ? (
        <>
          {` (the sheet's ${formatValue(other.value, unit)} at `}
          <CellLink cell={other.cell} onGoTo={onGoTo} />
          {' is not used: the Framework setting wins)'}
        </>
      ) : null}
    </>
  );
}
