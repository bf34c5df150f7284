import type { TableDetails } from '../tables/types';

export type RowRole = 'value' | 'numerator' | 'denominator';
/**
 * A benchmark set beside the measure's own figures, read as a series like ours: England, the statistical
 * neighbours' average, the region, a comparator the officer names ('comparator', with `details.name`), or
 * peers (other authorities, one area each: our rank is among them, and their mean stands in for the
 * neighbours' average when no average row is tagged).
 */
export type ComparatorRole = 'england' | 'statNeighbours' | 'region' | 'comparator' | 'peers';
export type TagRole = RowRole | 'records' | ComparatorRole;
/** The roles of the measure's own figures. */
export const TAG_ROLES: readonly TagRole[] = ['value', 'numerator', 'denominator', 'records'];
export const ROW_ROLES: readonly RowRole[] = ['value', 'numerator', 'denominator'];
export const COMPARATOR_ROLES: readonly ComparatorRole[] = [
  'england',
  'statNeighbours',
  'region',
  'comparator',
  'peers',
];

export function isComparatorRole(role: string): role is ComparatorRole {
  return (COMPARATOR_ROLES as readonly string[]).includes(role);
}

export function isRowRole(role: string): role is RowRole {
  return (ROW_ROLES as readonly string[]).includes(role);
}

/** A column of a long table, by its letter when tagged and its header (how it is found again if it moves). */
export interface ColumnRef {
  /** Column letter at tagging time, e.g. 'A'. */
  readonly column: string;
  /** The column's header text at tagging time ('' when it had none). */
  readonly header: string;
}

/** Rows of a long table kept by a tag: those whose cell in the column is one of `values` ('' = blank). */
export interface RowFilter extends ColumnRef {
  /** Compared as text, trimmed, ignoring case. At least one. */
  readonly values: readonly string[];
}

/**
 * What a tag needs beyond its cells' place, kept with it in the tag sheet's 'details' column as a JSON object
 * (see codec). Every key is optional; a tag without details has none.
 */
export interface TagDetails {
  /** A named comparator's name, as the officer gave it ('All children in the county'). Role 'comparator'. */
  readonly name?: string;
  /**
   * Long (tidy) tables, one row per area x period: the column of periods. The tag's own column holds the
   * values; its rows are the table's rows (first row to last row), kept by `where`.
   */
  readonly periodColumn?: ColumnRef;
  /** Long tables: the rows read are those where every filter holds. */
  readonly where?: readonly RowFilter[];
  /** Long tables, role 'peers': each distinct value of this column (an area) is one peer. */
  readonly by?: ColumnRef;
  /** A table tag's table: its kind, range, columns and the officer's column and value maps. */
  readonly table?: TableDetails;
}

interface TagBase {
  /** Stable id, unique in the workbook, e.g. 't-5f3a9c'. */
  readonly id: string;
  readonly measureId: string;
  readonly sheet: string;
  /** ISO timestamp of tagging. */
  readonly created: string;
  readonly details?: TagDetails;
}

/** A row of a sheet: a series over the period columns. */
export interface RowTag extends TagBase {
  readonly kind: 'row';
  readonly role: RowRole | ComparatorRole;
  /** 1-based sheet row at tagging time (the first row of a block of peers). */
  readonly row: number;
  /** A block of rows (role 'peers', one area each): its last row at tagging time; absent for one row. */
  readonly lastRow?: number;
  /** The row's label text at tagging time: how the tag finds its row again. */
  readonly label: string;
  /** 1-based header row detected (or chosen by the officer) at tagging time. */
  readonly headerRow?: number;
}

/**
 * A column range of a sheet. With role 'records': child-level (or worker-level) records, one number per
 * row. With a {@link RowRole} (or a {@link ComparatorRole}): a series laid out periods down the rows (the
 * period of each row read from the nearest column of periods to its left), see {@link isColumnSeriesTag};
 * or, with `details.periodColumn`, the value column of a long (tidy) table, see {@link isLongTableTag}.
 */
export interface ColumnTag extends TagBase {
  readonly kind: 'column';
  readonly role: TagRole;
  /** 1-based sheet column. */
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** The column's header text at tagging time. */
  readonly label: string;
}

/**
 * A child-level table (an SSDA903 table or an authority's own log): a header row and the rows below it,
 * from which the table's measures are worked out year by year (see src/domain/tables/). It gives several
 * measures, so it names none: its measureId is ''.
 */
export interface TableTag extends TagBase {
  readonly kind: 'table';
  readonly measureId: '';
  /** 'the 903 episodes table', as the officer sees it in lists. */
  readonly label: string;
  readonly details: TagDetails & { readonly table: TableDetails };
}

export type Tag = RowTag | ColumnTag | TableTag;

/** The tags that name one measure each (rows and columns). */
export type MeasureTag = RowTag | ColumnTag;

export function isTableTag(tag: Tag): tag is TableTag {
  return tag.kind === 'table';
}

/** A column tag read as a series over periods down the rows (its role is a {@link RowRole}). */
export type ColumnSeriesTag = ColumnTag & { readonly role: RowRole };

export function isColumnSeriesTag(tag: Tag): tag is ColumnSeriesTag {
  return tag.kind === 'column' && isRowRole(tag.role) && !isLongTableTag(tag);
}

/** A column tag of a long table: its values, read against the column of periods its details name. */
export type LongTableTag = ColumnTag & {
  readonly details: TagDetails & { readonly periodColumn: ColumnRef };
};

export function isLongTableTag(tag: Tag): tag is LongTableTag {
  return tag.kind === 'column' && tag.details?.periodColumn !== undefined;
}

/** Where a tag stands against the sheet as it is now. */
export type TagState =
  | { readonly status: 'ok'; readonly row: number }
  | {
      readonly status: 'moved';
      readonly row: number;
      readonly from: number;
      /** Column tags only, when the column itself moved: its new and old 1-based column. */
      readonly column?: number;
      readonly fromColumn?: number;
    }
  | { readonly status: 'labelChanged'; readonly row: number; readonly label: string }
  | { readonly status: 'rowGone'; readonly message: string }
  | { readonly status: 'ambiguous'; readonly rows: readonly number[] }
  | { readonly status: 'sheetGone' };

/** A row of the tag sheet that could not be read. It is kept exactly as found. */
export interface BrokenTagRow {
  /** 1-based row on the tag sheet. */
  readonly sheetRow: number;
  readonly cells: readonly (string | number | boolean)[];
  readonly message: string;
}
