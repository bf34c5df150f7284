import type { CellRef } from '../grid';
import type { Period } from '../periods/types';
import type { ReadValue } from '../values/types';
import type { ComparatorRole, MeasureTag, TableTag, TagState } from '../tags/types';
import type { DerivedMeasure, DerivedSource, ParsedTable } from '../tables/types';
import type { ObservationList, RecordList } from './readings';

/** One observation of a row series (ObservationList.at gives one). */
export interface Observation {
  readonly period: Period;
  /** The header text as found in the sheet. */
  readonly header: string;
  readonly cell: CellRef;
  readonly read: ReadValue;
  /** Convenience: the number, or null when missing. */
  readonly value: number | null;
}

export interface ComparatorCell {
  readonly cell: CellRef;
  readonly read: ReadValue;
  readonly value: number | null;
  /** The header text, e.g. 'England 2023-24'. */
  readonly header: string;
}

/** A tagged row read against its sheet. */
export interface RowSeries {
  readonly kind: 'row';
  readonly tag: MeasureTag;
  readonly state: TagState;
  /** The 1-based sheet row actually read (after relocation), when found. */
  readonly row?: number;
  readonly label: string;
  readonly headerRow?: number;
  readonly labelColumn?: number;
  /** In period order, oldest first. */
  readonly observations: ObservationList;
  readonly ytd?: ComparatorCell;
  readonly rolling12?: ComparatorCell;
  readonly target?: ComparatorCell;
  readonly england?: ComparatorCell;
  readonly statNeighbours?: ComparatorCell;
  readonly region?: ComparatorCell;
  /** Polarity as written in the workbook ('High', 'Low is good', ...), when the sheet has such a column. */
  readonly polarityText?: { readonly cell: CellRef; readonly text: string };
  /** Notes about how the row was read (fraction read as percent, duplicate periods, ...). */
  readonly notes: readonly SeriesNote[];
}

export interface RecordValue {
  readonly cell: CellRef;
  readonly read: ReadValue;
  readonly value: number | null;
}

/** A tagged column of child-level records. */
export interface RecordSeries {
  readonly kind: 'records';
  readonly tag: MeasureTag;
  readonly state: TagState;
  readonly label: string;
  /** In sheet order; blank cells are left out. */
  readonly records: RecordList;
  readonly notes: readonly SeriesNote[];
}

/** One area of a benchmark: England, a region, an authority. */
export interface ComparatorArea {
  /** The area's name as the sheet gives it ('England', 'Barnsley'). */
  readonly name: string;
  /** The sheet row of an area table's row; absent for an area of a long table. */
  readonly row?: number;
  /** In period order, oldest first. */
  readonly observations: ObservationList;
}

/**
 * A tagged benchmark read against its sheet, as a series like ours: one area (England, the statistical
 * neighbours' average, the region, a named comparator) or, for peers, one per authority. Kept apart from
 * the measure's own rows: the checks of our figures do not run on it, and figures set it beside ours.
 */
export interface ComparatorSeries {
  readonly kind: 'comparator';
  readonly tag: MeasureTag;
  readonly state: TagState;
  readonly role: ComparatorRole;
  /** The officer's name for a named comparator; otherwise the label. */
  readonly name: string;
  readonly label: string;
  readonly areas: readonly ComparatorArea[];
  /** Problems reading it (a long table's duplicate or unreadable periods, a column not found). */
  readonly notes: readonly SeriesNote[];
}

/**
 * A tagged child-level table (an SSDA903 table or an authority's own log) read and worked out: the measures it
 * gives, year by year (see src/domain/tables/).
 */
export interface TableSeries {
  readonly kind: 'table';
  readonly tag: TableTag;
  readonly state: TagState;
  readonly label: string;
  /** The table as read; null when it could not be (its sheet or header is gone). */
  readonly table: ParsedTable | null;
  /** The table, for "derived from ..." wording and links; null when it could not be read. */
  readonly from: DerivedSource | null;
  readonly derived: readonly DerivedMeasure[];
  /** The table holds nothing dated in the as-at year (a previous year's extract?), in words; else null. */
  readonly stale: string | null;
  /** The as-at year's figures count only part of the year, in words; else null. */
  readonly partial: string | null;
  readonly notes: readonly SeriesNote[];
}

export type Series = RowSeries | RecordSeries | ComparatorSeries | TableSeries;

export type SeriesNoteCode =
  | 'noHeader'
  | 'unreadablePeriod'
  | 'duplicatePeriod'
  | 'periodsOutOfOrder'
  | 'fractionsAsPercent'
  | 'mixedPeriodKinds';

export interface SeriesNote {
  readonly code: SeriesNoteCode;
  readonly message: string;
  readonly cell?: CellRef;
}
