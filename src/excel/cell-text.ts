/**
 * Excel keeps at most 32,767 characters in a cell ("Excel specifications and limits": total number of
 * characters that a cell can contain) and refuses a longer value. The tag and settings sheets are checked
 * before anything is queued, so an over-long field is refused with its name and nothing is written.
 */
import type { CellValue } from '../domain/grid';
import { MAX_CELL_TEXT } from '../domain/summary/planBuilder';
import { TAG_COLUMNS } from '../domain/tags';
import { SETTINGS_SHEET, TAG_SHEET } from './workbook-names';

/** The first text cell over Excel's limit in rows to write, as [row, column] (0-based), or null. */
function firstTooLong(rows: readonly (readonly CellValue[] | null)[]): [number, number] | null {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.length > MAX_CELL_TEXT) return [r, c];
    }
  }
  return null;
}

const text = (v: CellValue | undefined) => (v === undefined || v === null ? '' : String(v));

/** A tag-sheet cell as the officer knows it: "the label of the D02 tag on 'Monthly PMF' row 14". */
function describeTagCell(row: readonly CellValue[], col: number): string {
  const field = TAG_COLUMNS[col] ?? `column ${col + 1}`;
  const [, kind, measure, , sheet, sheetRow, column] = row.map(text);
  const where = kind === 'column' ? `column ${column}` : `row ${sheetRow}`;
  const name = field === 'details' ? 'details (such as a comparator name)' : field;
  return `the ${name} of the ${measure} tag on '${sheet}' ${where}`;
}

/** A settings-sheet cell as the analyst knows it: "the commentary for S01", "the evidence note for K10". */
function describeSettingsCell(row: readonly CellValue[]): string {
  const [kind, id, field] = row.map(text);
  if (kind === 'measure' && field === 'comment') return `the commentary for ${id}`;
  if (kind === 'measure' && field === 'action') return `the action for ${id}`;
  if (kind === 'evidence') return `the evidence note for ${id}${field ? ` dated ${field}` : ''}`;
  if (kind === 'custom') return `the ${field} of custom measure ${id}`;
  return `the setting '${field}'${id ? ` of ${id}` : ''}`;
}

/**
 * Why rows cannot be written to the tag or settings sheet because a text is longer than a cell holds, in
 * words naming the field; null when every text fits.
 */
export function tooLongTextProblem(
  sheet: typeof TAG_SHEET | typeof SETTINGS_SHEET,
  rows: readonly (readonly CellValue[] | null)[],
): string | null {
  const found = firstTooLong(rows);
  if (!found) return null;
  const [r, c] = found;
  const row = rows[r]!;
  const what = sheet === TAG_SHEET ? describeTagCell(row, c) : describeSettingsCell(row);
  const length = (row[c] as string).length.toLocaleString('en-GB');
  return `${what[0].toUpperCase()}${what.slice(1)} is ${length} characters long, and an Excel cell holds at most ${MAX_CELL_TEXT.toLocaleString('en-GB')}. Shorten it, then try again; nothing was saved.`;
}
