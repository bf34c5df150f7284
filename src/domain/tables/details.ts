/**
 * A table tag's details as kept in the tag sheet's details column (key `table`): checked when read back, so a
 * hand-edited cell that cannot be right is reported (and the row kept as it is) rather than read wrongly.
 */
import { columnNumber } from '../grid';
import { SOURCES } from './sources';
import type { Field, TableDetails, TableSource } from './types';
import { TABLE_SOURCES } from './types';

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export interface A1Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 'A1:M4210' -> its rows and columns (1-based); null when it is not a range of two cells of a sheet. */
export function parseA1Range(text: string): A1Range | null {
  const m = RANGE.exec(text.trim());
  if (!m) return null;
  const left = columnNumber(m[1]);
  const right = columnNumber(m[3]);
  const top = Number(m[2]);
  const bottom = Number(m[4]);
  if (!(left >= 1 && right <= 16384 && top >= 1 && bottom <= 1048576 && left <= right && top <= bottom)) {
    return null;
  }
  return { top, left, bottom, right };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The `table` details read back: the details, or why they cannot be used. */
export function validateTableDetails(value: unknown): TableDetails | string {
  if (!isRecord(value)) return 'the table details are not a set of named values';
  const source = value.source;
  if (typeof source !== 'string' || !(TABLE_SOURCES as readonly string[]).includes(source)) {
    return `the table kind '${String(source)}' is not one of ${TABLE_SOURCES.join(', ')}`;
  }
  const fields = new Set<Field>(SOURCES[source as TableSource].fields);
  if (value.range !== undefined && (typeof value.range !== 'string' || !parseA1Range(value.range))) {
    return `the table range '${String(value.range)}' is not a range such as A1:M4210`;
  }
  const headerRow = value.headerRow;
  if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1048576) {
    return `the table's header row '${String(headerRow)}' is not a row number`;
  }
  if (!isRecord(value.columns)) return "the table's columns are not a set of named values";
  for (const [field, letter] of Object.entries(value.columns)) {
    if (!fields.has(field)) return `column ${field} is not a column of the ${source} table`;
    if (typeof letter !== 'string' || !(columnNumber(letter) >= 1)) {
      return `the column of ${field} ('${String(letter)}') is not a column letter`;
    }
  }
  if (value.map !== undefined) {
    if (!isRecord(value.map)) return "the table's column map is not a set of named values";
    for (const [field, header] of Object.entries(value.map)) {
      if (!fields.has(field))
        return `the column map names ${field}, which is not a column of the ${source} table`;
      if (typeof header !== 'string' || header.trim() === '')
        return `the column map gives ${field} no header`;
    }
  }
  if (value.values !== undefined) {
    if (!isRecord(value.values)) return "the table's value maps are not a set of named values";
    for (const [field, map] of Object.entries(value.values)) {
      if (!fields.has(field))
        return `a value map names ${field}, which is not a column of the ${source} table`;
      if (!isRecord(map) || Object.values(map).some((v) => typeof v !== 'string' || v.trim() === '')) {
        return `the value map of ${field} is not a set of texts and codes`;
      }
    }
  }
  return value as unknown as TableDetails;
}
