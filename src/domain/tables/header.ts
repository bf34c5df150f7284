/**
 * Finding a table's columns: by their 903 names in any order (case and punctuation ignored: 'MIS_START',
 * 'Mis start'), or through the officer's map for an authority's own headers. Recognising which 903 table a
 * header row belongs to, and proposing a map for a log whose headers are its own (for the officer to confirm).
 */
import type { CellValue, SheetGrid } from '../grid';
import { cellAt, gridBottom } from '../grid';
import { FIELD_ALIASES, SOURCES, headerKey, measuresNeeding, requiredFields } from './sources';
import type { Field, TableSource } from './types';
import { TABLE_SOURCES } from './types';

export interface ColumnResolution {
  /** Field -> 1-based sheet column, for every field of the table that was found. */
  readonly columns: Map<Field, number>;
  /** Columns a measure needs that were not found, in the table's order. */
  readonly missing: Field[];
  /** Mapped fields whose header was not found: field -> the header the map names. */
  readonly mapNotFound: Map<Field, string>;
}

/** The header cells of a row between two columns, by header key (the first cell of a repeated header wins). */
function headerCells(grid: SheetGrid, row: number, left: number, right: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let c = left; c <= right; c++) {
    const v = cellAt(grid, row, c);
    if (typeof v !== 'string' || v.trim() === '') continue;
    const key = headerKey(v);
    if (key !== '' && !out.has(key)) out.set(key, c);
  }
  return out;
}

/** The columns a table of `source` is read by (see SourceInfo.read), its header on `row`, between `left` and `right`. */
export function resolveColumns(
  grid: SheetGrid,
  source: TableSource,
  row: number,
  left: number,
  right: number,
  map: Readonly<Record<Field, string>> = {},
): ColumnResolution {
  const cells = headerCells(grid, row, left, right);
  const columns = new Map<Field, number>();
  const mapNotFound = new Map<Field, string>();
  for (const field of SOURCES[source].read) {
    const mapped = map[field];
    if (mapped !== undefined) {
      const col = cells.get(headerKey(mapped));
      if (col !== undefined) columns.set(field, col);
      else mapNotFound.set(field, mapped);
      continue;
    }
    const col = cells.get(headerKey(field));
    if (col !== undefined) columns.set(field, col);
  }
  const missing = requiredFields(source).filter((f) => !columns.has(f));
  return { columns, missing, mapNotFound };
}

/** "no column PLACE (it blocks P01, P03)" for each missing column, joined. */
export function describeMissing(source: TableSource, resolution: ColumnResolution): string {
  return resolution.missing
    .map((f) => {
      const mapped = resolution.mapNotFound.get(f);
      const blocks = measuresNeeding(source, f);
      const what = mapped !== undefined ? `no column '${mapped}' (mapped to ${f})` : `no column ${f}`;
      return `${what}${blocks.length > 0 ? `, which ${blocks.join(', ')} need${blocks.length === 1 ? 's' : ''}` : ''}`;
    })
    .join('; ');
}

/** Fields that name a table alone (CHILD, DOB and SEX appear in several). */
const SHARED: ReadonlySet<Field> = new Set(['CHILD', 'DOB', 'SEX']);

export interface Recognition {
  readonly source: TableSource;
  /** Fields found under their 903 names. */
  readonly found: readonly Field[];
  /** Every column a measure of the table needs is there. */
  readonly complete: boolean;
}

/**
 * Which 903 table a row of headers is: the table with a column of its own (not CHILD, DOB or SEX) whose
 * columns are most fully there, those with every needed column first. Undefined when no table fits.
 */
export function recogniseHeaders(headers: readonly CellValue[]): Recognition | undefined {
  const keys = new Set(headers.filter((h): h is string => typeof h === 'string').map((h) => headerKey(h)));
  let best: (Recognition & { score: number }) | undefined;
  for (const source of TABLE_SOURCES) {
    const info = SOURCES[source];
    const found = info.fields.filter((f) => keys.has(headerKey(f)));
    if (!found.some((f) => !SHARED.has(f))) continue;
    const complete = requiredFields(source).every((f) => found.includes(f));
    const score = (complete ? 10 : 0) + found.length / info.fields.length;
    if (!best || score > best.score) best = { source, found, complete, score };
  }
  return best ? { source: best.source, found: best.found, complete: best.complete } : undefined;
}

export interface HeaderFound {
  readonly row: number;
  readonly recognition: Recognition;
}

/**
 * The row between `from` and `to` (inclusive) whose headers name a 903 table most fully. A header row holds
 * text only; one that names a table only in part must name at least two of its own columns (a data row
 * holding the word 'Missing' is not a header).
 */
export function findHeaderRow(grid: SheetGrid, from: number, to: number): HeaderFound | undefined {
  let best: (HeaderFound & { score: number }) | undefined;
  for (let r = Math.max(from, grid.top); r <= Math.min(to, gridBottom(grid)); r++) {
    const line = grid.values[r - grid.top] ?? [];
    if (!line.some((v) => typeof v === 'string' && v.trim() !== '')) continue;
    if (line.some((v) => v !== '' && typeof v !== 'string')) continue;
    const rec = recogniseHeaders(line);
    if (!rec) continue;
    if (!rec.complete && rec.found.filter((f) => !SHARED.has(f)).length < 2) continue;
    const score = (rec.complete ? 100 : 0) + rec.found.length;
    if (!best || score > best.score) best = { row: r, recognition: rec, score };
  }
  return best ? { row: best.row, recognition: best.recognition } : undefined;
}

/**
 * A proposed map for an authority's own log: for each field of the table not found under its 903 name, the
 * first header that is one of the words logs use for it. Never applied without the officer.
 */
export function proposeMap(
  source: TableSource,
  headers: readonly { readonly text: string; readonly column: number }[],
): Record<Field, string> {
  const taken = new Set<number>();
  const byKey = new Map<string, { text: string; column: number }>();
  for (const h of headers) {
    const key = headerKey(h.text);
    if (key !== '' && !byKey.has(key)) byKey.set(key, h);
  }
  const out: Record<Field, string> = {};
  // Fields under their own names first, so an alias never takes a 903 column.
  for (const f of SOURCES[source].read) {
    const h = byKey.get(headerKey(f));
    if (h) taken.add(h.column);
  }
  for (const f of SOURCES[source].read) {
    if (byKey.has(headerKey(f))) continue;
    for (const alias of FIELD_ALIASES[f] ?? []) {
      const h = byKey.get(alias);
      if (h && !taken.has(h.column)) {
        out[f] = h.text.trim();
        taken.add(h.column);
        break;
      }
    }
  }
  return out;
}
