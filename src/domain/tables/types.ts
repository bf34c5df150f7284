/**
 * Child-level tables at source: the SSDA903 return's tables (episodes, header, missing, OC2, OC3, reviews,
 * UASC) and authorities' own logs read through a column map. The facts and definitions are those of
 * shared/domain/ssda903.md; see sources.ts for the columns of each table.
 */
import type { CellRef } from '../grid';
import type { Period } from '../periods/types';

export type TableSource = 'episodes' | 'header' | 'missing' | 'oc2' | 'oc3' | 'reviews' | 'uasc';

export const TABLE_SOURCES: readonly TableSource[] = [
  'episodes',
  'header',
  'missing',
  'oc2',
  'oc3',
  'reviews',
  'uasc',
];

/** A 903 field name: 'CHILD', 'DECOM', 'MIS_START', ... */
export type Field = string;

/** What a table tag keeps with it (the tag sheet's details column, key `table`). */
export interface TableDetails {
  readonly source: TableSource;
  /** The range the officer gave, A1 style ('A1:M4210'); absent: the sheet's used range is the table. */
  readonly range?: string;
  /** 1-based sheet row of the header at tagging time. */
  readonly headerRow: number;
  /** Each field read, and its column letter at tagging time. */
  readonly columns: Readonly<Record<Field, string>>;
  /** The officer's column map: field -> the authority's own header ('CHILD' -> 'Young person ID'). */
  readonly map?: Readonly<Record<Field, string>>;
  /** The officer's value maps: field -> { the authority's text -> the 903 code } ('MISSING': {'Absconded': 'M'}). */
  readonly values?: Readonly<Record<Field, Readonly<Record<string, string>>>>;
}

/** Why a row of a table is left out, or what is wrong with it while it is kept. */
export type TableIssueKind =
  /** Error: a date that cannot be read (the row is left out of every figure). */
  | 'unreadableDate'
  /** Error: DEC before DECOM. */
  | 'decBeforeDecom'
  /** Error: a code outside the lists of ssda903.md (a required code left blank included). */
  | 'codeOutsideList'
  /** Error: a row with no CHILD: it cannot be counted as a child. */
  | 'blankChild'
  /** Reported: an exact copy of an earlier row, counted once. */
  | 'duplicateRow'
  /** Warning: an SDQ score that is not a number from 0 to 40, left out of H06 and H07 only. */
  | 'sdqOutOfRange';

export interface TableIssue {
  readonly kind: TableIssueKind;
  /** 1-based sheet row and column of the cell at fault (for a whole-row issue, the CHILD cell). */
  readonly row: number;
  readonly col: number;
  readonly field?: Field;
  /** The cell's content as found, for the message. */
  readonly raw?: string;
  /** duplicateRow: the sheet row it copies; decBeforeDecom: DECOM's text. */
  readonly other?: string | number;
}

/** Row status codes in ParsedTable.status. */
export const ROW_OK = 0;
export const ROW_ERROR = 1;
export const ROW_DUPLICATE = 2;

/**
 * A table read into columns: one entry per non-blank row of the table, in sheet order. Dates are day numbers
 * (days since 1 January 1970; NaN when blank), codes upper-cased 903 codes ('' when blank), scores numbers
 * (NaN when blank or unreadable). Rows whose status is not ROW_OK are left out of every figure.
 */
export interface ParsedTable {
  readonly source: TableSource;
  readonly sheet: string;
  readonly headerRow: number;
  /** 1-based sheet rows and columns the table spans, header included. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** Field -> 1-based sheet column. */
  readonly columns: ReadonlyMap<Field, number>;
  readonly length: number;
  /** Sheet row of each record. */
  readonly rows: Int32Array;
  readonly status: Uint8Array;
  readonly child: readonly string[];
  readonly dates: ReadonlyMap<Field, Float64Array>;
  readonly codes: ReadonlyMap<Field, readonly string[]>;
  /** SDQ_SCORE only; NaN when blank or not a score 0-40. */
  readonly scores: ReadonlyMap<Field, Float64Array>;
  readonly issues: readonly TableIssue[];
  /** Earliest date of the table's event column (DEC for episodes, MIS_START, REVIEW) among kept rows; NaN when none. */
  readonly firstEvent: number;
  /** Latest date of any date column but DOB among kept rows (how far the extract reaches); NaN when none. */
  readonly lastDate: number;
}

/** One year of a derived measure. */
export interface DerivedPoint {
  readonly period: Period;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Incidents per child who went missing in the year (M04, M05), for the distribution. */
  readonly perChild?: readonly number[];
  /** M01-M05: away (A) incidents in the year, counted apart. */
  readonly away?: number;
}

/** A measure worked out from a table, year by year (oldest first). */
export interface DerivedMeasure {
  readonly measureId: string;
  readonly points: readonly DerivedPoint[];
}

/** The table a figure was derived from, as the Figures view and the summary name it. */
export interface DerivedSource {
  readonly source: TableSource;
  readonly sheet: string;
  /** 'A1:M4210' */
  readonly range: string;
  /** "the 903 episodes table ('Episodes'!A1:M4210)" */
  readonly text: string;
  readonly cell: CellRef;
}
