/**
 * A table of a sheet read into columns (see ParsedTable), with what is wrong with its rows. Only three things
 * make a row an error, left out of every figure (ssda903.md): a date that cannot be read, DEC before DECOM, a
 * code outside the lists; and a row with no CHILD, which cannot be counted as anyone. An exact copy of an
 * earlier row counts once (the copy is reported). An SDQ score outside 0-40 is a warning that leaves only
 * that score out. Blank rows are skipped. One pass over the rows.
 */
import type { CellValue, SheetGrid } from '../grid';
import { CODE_RULES, readCode, showRaw, valueMapFor } from './codes';
import { readDate } from './dates';
import { SOURCES, fieldKind } from './sources';
import type { Field, ParsedTable, TableIssue, TableSource } from './types';
import { ROW_DUPLICATE, ROW_ERROR, ROW_OK } from './types';

export interface TablePlace {
  readonly source: TableSource;
  readonly headerRow: number;
  /** Last sheet row of the table (rows below are not read). */
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: ReadonlyMap<Field, number>;
  /** The officer's value maps. */
  readonly values?: Readonly<Record<Field, Readonly<Record<string, string>>>>;
}

/** Dates a row must have (blank is unreadable): DEC, MIS_END and the others may be blank. */
const DATE_REQUIRED: Readonly<Record<TableSource, readonly Field[]>> = {
  episodes: ['DECOM'],
  missing: ['MIS_START'],
  reviews: ['REVIEW'],
  oc2: ['DOB'],
  oc3: ['DOB'],
  header: [],
  uasc: [],
};

function rawText(v: CellValue): string {
  return typeof v === 'string' ? v : String(v);
}

export function parseTable(grid: SheetGrid, place: TablePlace): ParsedTable {
  const { source } = place;
  const info = SOURCES[source];
  const fields = info.read.filter((f) => place.columns.has(f));
  const cols = fields.map((f) => place.columns.get(f) as number);
  const kinds = fields.map(fieldKind);
  const maps = fields.map((f, i) =>
    kinds[i] === 'code' || kinds[i] === 'text' ? valueMapFor(f, place.values?.[f]) : undefined,
  );
  const requiredDate = new Set(DATE_REQUIRED[source]);

  const first = place.headerRow + 1;
  const last = Math.min(place.bottom, grid.top + grid.values.length - 1);
  const capacity = Math.max(0, last - first + 1);
  const rows = new Int32Array(capacity);
  const status = new Uint8Array(capacity);
  const child: string[] = [];
  const dates = new Map<Field, Float64Array>();
  const codes = new Map<Field, string[]>();
  const scores = new Map<Field, Float64Array>();
  fields.forEach((f, i) => {
    if (kinds[i] === 'date') dates.set(f, new Float64Array(capacity));
    else if (kinds[i] === 'score') scores.set(f, new Float64Array(capacity));
    else if (kinds[i] !== 'id') codes.set(f, []);
  });
  const issues: TableIssue[] = [];
  // Columns by field, looked up once: the loop below runs for every cell of tens of thousands of rows.
  const dateColumns = fields.map((f) => dates.get(f));
  const scoreColumns = fields.map((f) => scores.get(f));
  const codeColumns = fields.map((f) => codes.get(f));
  const rules = fields.map((f, i) => (kinds[i] === 'code' ? CODE_RULES[f] : undefined));
  const required = fields.map((f) => requiredDate.has(f));
  // Codes and ids repeat: each distinct cell is read once per column.
  const known = fields.map(() => new Map<CellValue, string>());
  const latestOf = fields.map((f, i) => kinds[i] === 'date' && f !== 'DOB');
  let r = 0;
  const issueAt = (
    kind: TableIssue['kind'],
    col: number,
    field?: Field,
    raw?: string,
    other?: string | number,
  ) => {
    issues.push({
      kind,
      row: r,
      col,
      ...(field !== undefined ? { field } : {}),
      ...(raw !== undefined ? { raw } : {}),
      ...(other !== undefined ? { other } : {}),
    });
  };
  const seen = new Map<string, number>();
  const childCol = place.columns.get('CHILD');
  const eventDates = info.eventField ? dates.get(info.eventField) : undefined;
  let earliest = NaN;
  let latest = NaN;

  let n = 0;
  const keyParts: string[] = new Array<string>(fields.length);
  for (r = first; r <= last; r++) {
    const line = grid.values[r - grid.top];
    if (!line) continue;
    let blank = true;
    for (let i = 0; i < cols.length; i++) {
      const v = line[cols[i] - grid.left];
      if (v !== undefined && v !== '' && !(typeof v === 'string' && v.trim() === '')) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const k = n++;
    rows[k] = r;
    let error = false;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const col = cols[i];
      const v: CellValue = line[col - grid.left] ?? '';
      switch (kinds[i]) {
        case 'id': {
          let id = known[i].get(v);
          if (id === undefined) {
            id = (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '').toUpperCase();
            known[i].set(v, id);
          }
          child[k] = id;
          keyParts[i] = id;
          if (id === '') {
            issueAt('blankChild', col, field, rawText(v));
            error = true;
          }
          break;
        }
        case 'date': {
          const d = readDate(v);
          const column = dateColumns[i] as Float64Array;
          if (d === 'blank') {
            column[k] = NaN;
            keyParts[i] = '';
            if (required[i]) {
              issueAt('unreadableDate', col, field, '');
              error = true;
            }
          } else if (d === null) {
            column[k] = NaN;
            keyParts[i] = rawText(v);
            issueAt('unreadableDate', col, field, showRaw(v));
            error = true;
          } else {
            column[k] = d;
            keyParts[i] = String(d);
          }
          break;
        }
        case 'score': {
          const column = scoreColumns[i] as Float64Array;
          const t = typeof v === 'string' ? v.trim() : v;
          const num =
            typeof t === 'number'
              ? t
              : typeof t === 'string' && /^[+]?\d+(\.\d+)?$/.test(t)
                ? Number(t)
                : NaN;
          keyParts[i] = rawText(v).trim();
          if (t === '') column[k] = NaN;
          else if (Number.isFinite(num) && num >= 0 && num <= 40) column[k] = num;
          else {
            column[k] = NaN;
            issueAt('sdqOutOfRange', col, field, showRaw(v));
          }
          break;
        }
        default: {
          let code = known[i].get(v);
          if (code === undefined) {
            code = readCode(v, maps[i]);
            known[i].set(v, code);
          }
          (codeColumns[i] as string[])[k] = code;
          keyParts[i] = code;
          const rule = rules[i];
          if (rule && (code === '' ? rule.required : !rule.valid(code))) {
            issueAt('codeOutsideList', col, field, code === '' ? '' : showRaw(v));
            error = true;
          }
        }
      }
    }
    if (source === 'episodes') {
      const decom = dates.get('DECOM')?.[k] ?? NaN;
      const dec = dates.get('DEC')?.[k] ?? NaN;
      if (dec < decom) {
        issueAt('decBeforeDecom', place.columns.get('DEC') as number, 'DEC', undefined, decom);
        error = true;
      }
    }
    if (error) {
      status[k] = ROW_ERROR;
      continue;
    }
    const key = keyParts.join('\u0001');
    const copyOf = seen.get(key);
    if (copyOf !== undefined) {
      status[k] = ROW_DUPLICATE;
      issueAt('duplicateRow', childCol ?? cols[0], undefined, undefined, copyOf);
      continue;
    }
    seen.set(key, r);
    status[k] = ROW_OK;
    if (eventDates) {
      const e = eventDates[k];
      if (e === e && !(e >= earliest)) earliest = e;
    }
    for (let i = 0; i < fields.length; i++) {
      if (!latestOf[i]) continue;
      const d = (dateColumns[i] as Float64Array)[k];
      if (d === d && !(d <= latest)) latest = d;
    }
  }

  const trim = <A extends Int32Array | Uint8Array | Float64Array>(a: A): A =>
    a.length === n ? a : (a.slice(0, n) as A);
  for (const [f, a] of dates) dates.set(f, trim(a));
  for (const [f, a] of scores) scores.set(f, trim(a));
  return {
    source,
    sheet: grid.name,
    headerRow: place.headerRow,
    top: place.headerRow,
    bottom: last,
    left: place.left,
    right: place.right,
    columns: place.columns,
    length: n,
    rows: trim(rows),
    status: trim(status),
    child,
    dates,
    codes,
    scores,
    issues,
    firstEvent: earliest,
    lastDate: latest,
  };
}
