import type { TableDetails } from '../tables/types';

export type RowRole = 'value' | 'numerator' | 'denominator';
export type TagRole = RowRole | 'records';
export const TAG_ROLES: readonly TagRole[] = ['value', 'numerator', 'denominator', 'records'];

/**
 * What a tag needs beyond its cells' place, kept with it in the tag sheet's 'details' column as a JSON object
 * (see codec). Every key is optional; a tag without details has none.
 */
export interface TagDetails {
  /** A named comparator's name, as the officer gave it ('All children in the county'). */
  readonly name?: string;
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
  readonly role: RowRole;
  /** 1-based sheet row at tagging time. */
  readonly row: number;
  /** The row's label text at tagging time: how the tag finds its row again. */
  readonly label: string;
  /** 1-based header row detected (or chosen by the officer) at tagging time. */
  readonly headerRow?: number;
}

/**
 * A column range of a sheet. With role 'records': child-level (or worker-level) records, one number per
 * row. With a {@link RowRole}: a series laid out periods down the rows (the period of each row read from
 * the nearest column of periods to its left), see {@link isColumnSeriesTag}.
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
  return tag.kind === 'column' && tag.role !== 'records';
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
