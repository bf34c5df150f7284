/**
 * The tag table: tags <-> rows of cells on the hidden 'PMF Tags' sheet. One row per tag under a header:
 *
 *   A id | B kind | C measure | D role | E sheet | F row | G column | H first row | I last row |
 *   J header row | K label | L created | M details | (header only:) N 'schema' | O 2
 *
 * Row tags fill F (and J when known; I with the last row of a block of peers); column tags fill G (a column
 * letter; a number is accepted too), H and I. Table tags (a child-level table: see src/domain/tables/) leave
 * C empty (a table gives several measures), hold the table's kind in D and its header row in F, and keep the
 * rest in M (`table`). A column tag's role is 'records' (child-level records; an empty
 * role reads as 'records') or value / numerator / denominator (a series with periods down the rows, or the
 * values of a long table). Either kind may have a comparator role: england, statNeighbours, region,
 * comparator (named in the details) or peers (roles are read ignoring case). Text is written as text, so
 * labels round-trip exactly.
 * M holds the tag's {@link TagDetails} as a JSON object, '' when it has none (schema 2; schema 1 sheets have
 * no M and read the same).
 *
 * A row that cannot be read becomes a BrokenTagRow with a message naming it; its cells are kept exactly,
 * and {@link tagSheetRows} writes it back unchanged in its place. Unknown measure ids are not the codec's
 * business (a measure may be custom): the checks report them.
 */
import { columnLetter, columnNumber } from '../grid';
import { COMPARATOR_ROLES, ROW_ROLES, TAG_ROLES } from './types';
import type {
  BrokenTagRow,
  ColumnRef,
  ColumnTag,
  ComparatorRole,
  RowFilter,
  RowRole,
  RowTag,
  Tag,
  TagDetails,
  TableTag,
  TagRole,
} from './types';
import { validateTableDetails } from '../tables/details';

export const TAG_SHEET_NAME = 'PMF Tags';
export const TAG_SCHEMA_VERSION = 2;
export const TAG_COLUMNS = [
  'id',
  'kind',
  'measure',
  'role',
  'sheet',
  'row',
  'column',
  'first row',
  'last row',
  'header row',
  'label',
  'created',
  'details',
] as const;
export const TAG_HEADER: readonly (string | number)[] = [...TAG_COLUMNS, 'schema', TAG_SCHEMA_VERSION];

/** Excel's limits. */
export const MAX_SHEET_ROW = 1048576;
export const MAX_SHEET_COLUMN = 16384;

export type TagCell = string | number | boolean;

export interface TagReadResult {
  readonly tags: Tag[];
  readonly broken: BrokenTagRow[];
  /** Schema version in the header; undefined when the header has none. */
  readonly schema?: number;
  /**
   * The sheet was written by a newer add-in: every row is returned as broken (kept verbatim) and the
   * caller must not write the sheet back.
   */
  readonly newerSchema: boolean;
  /** A problem with the header itself (missing, no schema version, newer schema). */
  readonly headerProblem?: string;
}

/** Every role by its lower-case spelling (roles are read ignoring case: 'statneighbours' is statNeighbours). */
const ROLE_BY_LOWER = new Map<string, TagRole>(
  [...TAG_ROLES, ...COMPARATOR_ROLES].map((r) => [r.toLowerCase(), r]),
);
const ROW_TAG_ROLES: readonly string[] = [...ROW_ROLES, ...COMPARATOR_ROLES];
const COLUMN_TAG_ROLES: readonly string[] = [...TAG_ROLES, ...COMPARATOR_ROLES];

/** The cells of one tag, in TAG_COLUMNS order. */
export function tagToRow(tag: Tag): (string | number)[] {
  if (tag.kind === 'row') {
    return [
      tag.id,
      'row',
      tag.measureId,
      tag.role,
      tag.sheet,
      tag.row,
      '',
      '',
      tag.lastRow ?? '',
      tag.headerRow ?? '',
      tag.label,
      tag.created,
      detailsText(tag.details),
    ];
  }
  if (tag.kind === 'table') {
    return [
      tag.id,
      'table',
      '',
      tag.details.table.source,
      tag.sheet,
      tag.details.table.headerRow,
      '',
      '',
      '',
      '',
      tag.label,
      tag.created,
      detailsText(tag.details),
    ];
  }
  return [
    tag.id,
    'column',
    tag.measureId,
    tag.role,
    tag.sheet,
    '',
    columnLetter(tag.column),
    tag.firstRow,
    tag.lastRow,
    '',
    tag.label,
    tag.created,
    detailsText(tag.details),
  ];
}

/** The details column's text: a JSON object, '' when there are none. */
function detailsText(details: TagDetails | undefined): string {
  return details && Object.keys(details).length > 0 ? JSON.stringify(details) : '';
}

/** The details column read back: the details (undefined when the cell is empty), or why they cannot be read. */
export function readDetails(v: TagCell | undefined): TagDetails | undefined | string {
  const t = text(v).trim();
  if (t === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch {
    return `details (column M) ${showCell(v)} are not readable`;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return `details (column M) ${showCell(v)} are not a set of named values`;
  }
  const d = parsed as Record<string, unknown>;
  const where = `details (column M)`;
  if (d.name !== undefined && (typeof d.name !== 'string' || d.name.trim() === '')) {
    return `${where}: the comparator name is empty`;
  }
  for (const key of ['periodColumn', 'by'] as const) {
    if (d[key] === undefined) continue;
    const why = columnRefProblem(d[key]);
    if (why) return `${where}: ${key === 'by' ? "'by'" : 'the period column'} ${why}`;
  }
  if (d.where !== undefined) {
    if (!Array.isArray(d.where) || d.where.length === 0) return `${where}: 'where' is not a list of filters`;
    for (const [i, f] of (d.where as unknown[]).entries()) {
      const why = filterProblem(f);
      if (why) return `${where}: filter ${i + 1} ${why}`;
    }
  }
  if ((d.where !== undefined || d.by !== undefined) && d.periodColumn === undefined) {
    return `${where}: filters and 'by' need a period column (a long table)`;
  }
  if (d.table !== undefined) {
    const table = validateTableDetails(d.table);
    if (typeof table === 'string') return `details (column M): ${table}`;
  }
  return d as TagDetails;
}

/** Why a value is not a {@link ColumnRef} ({ column: 'B', header: 'time_period' }); undefined when it is. */
function columnRefProblem(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'is not a column';
  const r = v as Partial<Record<keyof ColumnRef, unknown>>;
  if (typeof r.column !== 'string' || !/^[A-Za-z]{1,3}$/.test(r.column.trim())) {
    return `has no column letter ('${String(r.column)}')`;
  }
  if (columnNumber(r.column) > MAX_SHEET_COLUMN) return `column ${r.column} is beyond the last column XFD`;
  if (r.header !== undefined && typeof r.header !== 'string') return 'has a header that is not text';
  return undefined;
}

function filterProblem(v: unknown): string | undefined {
  const why = columnRefProblem(v);
  if (why) return why;
  const values = (v as Partial<Record<keyof RowFilter, unknown>>).values;
  if (!Array.isArray(values) || values.length === 0) return 'has no values to keep';
  if (values.some((x) => typeof x !== 'string')) return 'has a value that is not text';
  return undefined;
}

/** Header row then one row per tag. */
export function tagsToRows(tags: readonly Tag[]): (string | number)[][] {
  return [[...TAG_HEADER], ...tags.map(tagToRow)];
}

function text(v: TagCell | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function showCell(v: TagCell | undefined): string {
  const t = text(v);
  return `'${t.length > 30 ? `${t.slice(0, 27)}...` : t}'`;
}

/** A whole positive sheet row from a number or numeric text; an error message otherwise. */
function readRowNumber(v: TagCell | undefined, what: string, max: number): number | string {
  const t = text(v).trim();
  if (t === '') return `${what} is empty`;
  const n = typeof v === 'number' ? v : /^[+]?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n)) return `${what} is ${showCell(v)}, not a row number`;
  if (!Number.isInteger(n)) return `${what} is ${n}, not a whole row number`;
  if (n < 1 || n > max) return `${what} is ${n}; it must be between 1 and ${max}`;
  return n;
}

function readColumn(v: TagCell | undefined): number | string {
  const t = text(v).trim();
  if (t === '') return 'column is empty';
  if (/^[A-Za-z]{1,3}$/.test(t)) {
    const n = columnNumber(t);
    return n >= 1 && n <= MAX_SHEET_COLUMN ? n : `column ${showCell(v)} is beyond the last column XFD`;
  }
  const n = readRowNumber(v, 'column', MAX_SHEET_COLUMN);
  return typeof n === 'number' ? n : `column is ${showCell(v)}, not a column letter or number`;
}

function headerSchema(row: readonly TagCell[]): number | undefined {
  for (let i = 0; i < row.length - 1; i++) {
    if (text(row[i]).trim().toLowerCase() === 'schema') {
      const t = text(row[i + 1]).trim();
      const n = Number(t);
      return t !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
    }
  }
  return undefined;
}

const isBlank = (row: readonly TagCell[]) => row.every((c) => text(c).trim() === '');

/** Parses one data row of the tag sheet: a tag, or why not. */
export function tagFromRow(cells: readonly TagCell[]): Tag | string {
  if (cells.length === 0 || isBlank(cells)) return 'the row is empty';
  const id = text(cells[0]).trim();
  const kind = text(cells[1]).trim().toLowerCase();
  const measureId = text(cells[2]).trim();
  const role = text(cells[3]).trim().toLowerCase();
  const canonicalRole = ROLE_BY_LOWER.get(role);
  const sheet = text(cells[4]);
  const label = text(cells[10]);
  const created = text(cells[11]).trim();
  const problems: string[] = [];
  const details = readDetails(cells[12]);
  if (typeof details === 'string') problems.push(details);
  const withDetails = typeof details === 'object' ? { details } : {};
  if (id === '') problems.push('the tag id (column A) is empty');
  if (measureId === '' && kind !== 'table') problems.push('the measure (column C) is empty');
  if (sheet.trim() === '') problems.push('the sheet (column E) is empty');

  if (kind === 'row') {
    if (role === '') problems.push(`the role (column D) is empty; expected ${ROW_TAG_ROLES.join(', ')}`);
    else if (!ROW_TAG_ROLES.includes(canonicalRole ?? '')) {
      problems.push(`role ${showCell(cells[3])} is not one of ${ROW_TAG_ROLES.join(', ')} for a row tag`);
    }
    const row = readRowNumber(cells[5], 'row', MAX_SHEET_ROW);
    if (typeof row === 'string') problems.push(row);
    let lastRow: number | undefined;
    if (text(cells[8]).trim() !== '') {
      const l = readRowNumber(cells[8], 'last row', MAX_SHEET_ROW);
      if (typeof l === 'string') problems.push(l);
      else if (typeof row === 'number' && l < row) problems.push(`last row ${l} is above row ${row}`);
      else lastRow = l;
    }
    let headerRow: number | undefined;
    if (text(cells[9]).trim() !== '') {
      const h = readRowNumber(cells[9], 'header row', MAX_SHEET_ROW);
      if (typeof h === 'string') problems.push(h);
      else headerRow = h;
    }
    if (problems.length > 0 || typeof row !== 'number') return problems.join('; ');
    const tag: RowTag = {
      id,
      kind: 'row',
      measureId,
      role: canonicalRole as RowRole | ComparatorRole,
      sheet,
      row,
      ...(lastRow !== undefined && lastRow > row ? { lastRow } : {}),
      label,
      created,
      ...(headerRow !== undefined ? { headerRow } : {}),
      ...withDetails,
    };
    return tag;
  }
  if (kind === 'column') {
    if (role !== '' && !COLUMN_TAG_ROLES.includes(canonicalRole ?? '')) {
      problems.push(
        `role ${showCell(cells[3])} is not one of ${COLUMN_TAG_ROLES.join(', ')} for a column tag`,
      );
    }
    const column = readColumn(cells[6]);
    if (typeof column === 'string') problems.push(column);
    const firstRow = readRowNumber(cells[7], 'first row', MAX_SHEET_ROW);
    if (typeof firstRow === 'string') problems.push(firstRow);
    const lastRow = readRowNumber(cells[8], 'last row', MAX_SHEET_ROW);
    if (typeof lastRow === 'string') problems.push(lastRow);
    if (typeof firstRow === 'number' && typeof lastRow === 'number' && firstRow > lastRow) {
      problems.push(`first row ${firstRow} is below last row ${lastRow}`);
    }
    if (problems.length > 0 || typeof column !== 'number' || typeof firstRow !== 'number') {
      return problems.join('; ');
    }
    const tag: ColumnTag = {
      id,
      kind: 'column',
      measureId,
      role: role === '' ? 'records' : (canonicalRole as TagRole),
      sheet,
      column,
      firstRow,
      lastRow: lastRow as number,
      label,
      created,
      ...withDetails,
    };
    return tag;
  }
  if (kind === 'table') {
    const table = typeof details === 'object' ? details.table : undefined;
    if (!table && typeof details !== 'string') problems.push('the table (details, column M) is missing');
    if (table && role !== '' && role !== table.source) {
      problems.push(
        `the table kind in column D ('${role}') is not the one in its details ('${table.source}')`,
      );
    }
    if (problems.length > 0 || !table || typeof details !== 'object') return problems.join('; ');
    const tag: TableTag = {
      id,
      kind: 'table',
      measureId: '',
      sheet,
      label,
      created,
      details: { ...details, table },
    };
    return tag;
  }
  const why =
    kind === ''
      ? 'the kind (column B) is empty'
      : `kind ${showCell(cells[1])} is not 'row', 'column' or 'table'`;
  return [why, ...problems].join('; ');
}

/**
 * Reads the tag sheet. Never throws: unreadable rows come back in `broken` with their cells verbatim.
 * Blank rows are skipped. A repeated tag id makes the later row broken.
 */
export function tagsFromRows(rows: readonly (readonly TagCell[])[]): TagReadResult {
  const tags: Tag[] = [];
  const broken: BrokenTagRow[] = [];
  const name = (r: number) => `${TAG_SHEET_NAME} row ${r}`;
  const list = Array.isArray(rows) ? rows : [];
  if (list.length === 0 || list.every((r) => !Array.isArray(r) || isBlank(r))) {
    return { tags, broken, newerSchema: false };
  }
  const header = Array.isArray(list[0]) ? list[0] : [];
  const schema = headerSchema(header);
  let first = 1;
  let headerProblem: string | undefined;
  if (schema === undefined) {
    const looksLikeTag = ['row', 'column', 'table'].includes(text(header[1]).trim().toLowerCase());
    if (looksLikeTag) {
      first = 0;
      headerProblem = `${name(1)}: there is no header row; tags read as schema ${TAG_SCHEMA_VERSION}`;
    } else if (!isBlank(header)) {
      headerProblem = `${name(1)}: the header has no schema version; tags read as schema ${TAG_SCHEMA_VERSION}`;
    }
  } else if (schema > TAG_SCHEMA_VERSION) {
    headerProblem =
      `${name(1)}: the tags were saved by a newer version of the add-in (schema ${schema}; this version ` +
      `reads schema ${TAG_SCHEMA_VERSION}). Update the add-in; the tags are left as they are.`;
    for (let i = 1; i < list.length; i++) {
      const cells = Array.isArray(list[i]) ? list[i] : [];
      if (isBlank(cells)) continue;
      broken.push({
        sheetRow: i + 1,
        cells: [...cells],
        message: `${name(i + 1)}: written by a newer schema (${schema})`,
      });
    }
    return { tags, broken, schema, newerSchema: true, headerProblem };
  }

  const firstRowOfId = new Map<string, number>();
  for (let i = first; i < list.length; i++) {
    const raw = list[i];
    const cells: readonly TagCell[] = Array.isArray(raw) ? raw : [];
    if (isBlank(cells)) continue;
    const sheetRow = i + 1;
    const parsed = tagFromRow(cells);
    if (typeof parsed === 'string') {
      broken.push({ sheetRow, cells: [...cells], message: `${name(sheetRow)}: ${parsed}` });
      continue;
    }
    const prev = firstRowOfId.get(parsed.id);
    if (prev !== undefined) {
      broken.push({
        sheetRow,
        cells: [...cells],
        message: `${name(sheetRow)}: tag id '${parsed.id}' is already used on row ${prev}`,
      });
      continue;
    }
    firstRowOfId.set(parsed.id, sheetRow);
    tags.push(parsed);
  }
  return {
    tags,
    broken,
    ...(schema !== undefined ? { schema } : {}),
    newerSchema: false,
    ...(headerProblem ? { headerProblem } : {}),
  };
}

/**
 * The whole tag sheet to write: the header, broken rows exactly as found at their original sheet rows,
 * and the good tags (in order) in the other rows from row 2. Rows are padded to one width with ''.
 * When `previousRowCount` (the sheet's old last row) is given, blank rows are added up to it so the
 * write covers every old row (a removed tag's row is cleared, never left behind).
 */
export function tagSheetRows(
  tags: readonly Tag[],
  broken: readonly BrokenTagRow[],
  options: { previousRowCount?: number } = {},
): TagCell[][] {
  const byRow = new Map<number, readonly TagCell[]>();
  // A broken row found on row 1 (a sheet with no header) cannot keep its place under the header: it
  // goes in the first free row instead, still verbatim.
  const fill: (() => TagCell[])[] = [];
  for (const b of broken) {
    if (b.sheetRow >= 2 && !byRow.has(b.sheetRow)) byRow.set(b.sheetRow, b.cells);
    else fill.push(() => [...b.cells]);
  }
  for (const t of tags) fill.push(() => tagToRow(t));
  const out: TagCell[][] = [[...TAG_HEADER]];
  let next = 0;
  let sheetRow = 2;
  const lastBroken = Math.max(1, ...byRow.keys());
  while (next < fill.length || sheetRow <= lastBroken) {
    const kept = byRow.get(sheetRow);
    if (kept) out.push([...kept]);
    else if (next < fill.length) out.push(fill[next++]());
    else out.push([]);
    sheetRow++;
  }
  while (out.length < (options.previousRowCount ?? 0)) out.push([]);
  const width = out.reduce((w, r) => Math.max(w, r.length), 0);
  return out.map((r) => [...r, ...new Array<TagCell>(width - r.length).fill('')]);
}
