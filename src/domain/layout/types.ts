import type { CellRef, SheetGrid } from '../grid';
import type { Period, PeriodKind } from '../periods/types';
import type { SeriesNote } from '../series/types';

/** A column whose header is a period. */
export interface PeriodColumn {
  readonly col: number;
  readonly period: Period;
  /** The header text as found ('Apr-24' for a date cell, '2024/25 Q1' for a two-row header). */
  readonly header: string;
  /** The header cell (the lower row of a two-row header). */
  readonly cell: CellRef;
}

/** A comparator, target, YTD, rolling-12 or polarity column. */
export interface ComparatorColumn {
  readonly col: number;
  readonly header: string;
  readonly period?: Period;
  readonly cell: CellRef;
}

export type ComparatorKind =
  'ytd' | 'rolling12' | 'target' | 'england' | 'statNeighbours' | 'region' | 'polarity';

export const COMPARATOR_KINDS: readonly ComparatorKind[] = [
  'ytd',
  'rolling12',
  'target',
  'england',
  'statNeighbours',
  'region',
  'polarity',
];

/** The layout of a block: everything below one header row, until the next. */
export interface BlockLayout {
  readonly sheet: string;
  /** The row holding the period headers (the lower row of a two-row header). */
  readonly headerRow: number;
  /** The upper row of a two-row header (year bands), when there is one. */
  readonly bandRow?: number;
  /** The column holding the row labels, when one was found. */
  readonly labelColumn?: number;
  /** The kind of period the block is read as (the kind most period columns have). */
  readonly kind: PeriodKind;
  /** Period columns of `kind`, one per period, oldest first. */
  readonly periodColumns: readonly PeriodColumn[];
  /** Whether the sheet lists the periods oldest first, newest first, or neither. */
  readonly order: 'ascending' | 'descending' | 'unordered' | 'single';
  readonly comparators: Readonly<Partial<Record<ComparatorKind, ComparatorColumn>>>;
  /** Layout problems: unreadablePeriod, duplicatePeriod, periodsOutOfOrder, mixedPeriodKinds. */
  readonly notes: readonly SeriesNote[];
}

/** Per-sheet memoised layout analysis. Create one per grid and reuse it for every tag on that sheet. */
export interface SheetReader {
  readonly grid: SheetGrid;
  /** True when the row reads as a period header row (alone, or as the lower row of a two-row header). */
  isHeaderRow(row: number): boolean;
  /** The nearest header row above `row` (not `row` itself), or undefined. */
  headerRowFor(row: number): number | undefined;
  /** The layout below a header row; undefined when the row is not a header row. */
  layoutAt(headerRow: number): BlockLayout | undefined;
  /** The layout a data row is read against (its nearest header row above). */
  layoutForRow(row: number): BlockLayout | undefined;
  /** The row's label: the text in the label column, or the first text left of the period columns. */
  labelOf(row: number, layout?: BlockLayout): string;
}
