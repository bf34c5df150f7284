/**
 * `pmf`: the add-in's engine from the command line, on the headless Excel. Exit codes: 0 success,
 * 1 `check` found error-severity findings, 2 bad usage or unreadable input (one line on stderr; the file untouched).
 */
import { readFile } from 'fs/promises';
import { columnLetter, columnNumber, quoteSheetName } from '../domain/grid';
import type { ComparatorRole, RowRole, TableTag, Tag, TagRole } from '../domain/tags/types';
import { COMPARATOR_ROLES, ROW_ROLES } from '../domain/tags/types';
import { groupProposals } from '../domain/tags/proposals';
import type { RowSuggestion } from '../domain/tags/suggest';
import { TABLE_SOURCES, type TableSource } from '../domain/tables/types';
import { SOURCES, measuresOf } from '../domain/tables/sources';
import type { HeadlessWorkbook } from '../headless';
import {
  addEvidence,
  defaultFramework,
  measureById,
  spcBaselineKey,
  withFrameworkSettings,
  withSettings,
} from '../domain/framework';
import type { Framework } from '../domain/framework/types';
import { summaryJson } from '../domain/summary';
import { buildSummaryModel } from '../domain/summary';
import type { TableTagRequest, TagRequest } from '../excel/operations-types';
import {
  PmfError,
  addTags,
  analyseLoaded,
  loadWorkbook,
  refreshSummary,
  removeTags,
  resolveAsAt,
  saveFramework,
  suggestTagsAndTables,
} from '../excel/operations';
import { Flags, UsageError, isBlankCsvRow, parseArgs, parseCsv } from './args';
import { InputError, headlessHost, openBook, saveBook, unreadNote } from './workbook-io';
import {
  renderFindings,
  renderMeasures,
  renderSuggestions,
  renderTableSuggestions,
  renderTags,
} from './render';

export const USAGE = `pmf: the Corporate Parenting PMF add-in from the command line

  pmf measures [--book FILE] [--json]            the framework (with a workbook's custom measures)
  pmf tag FILE --sheet NAME --row N --measure ID [--role value|numerator|denominator]
              [--header-row H] [--out F]                 H: the row of period headers, when not the nearest
  pmf tag FILE --sheet NAME --row N --measure ID --role england|statNeighbours|region [--out F]
              a benchmark's row of an area table (a LAIT download: one area per row, periods across)
  pmf tag FILE --sheet NAME --row N --measure ID --role comparator --name NAME [--out F]
  pmf tag FILE --sheet NAME --rows A:B --measure ID --role peers [--out F]   other authorities, one per row
  pmf tag FILE --sheet NAME --column C --rows A:B --measure ID [--role R] [--out F]
              R: records (default: child-level records, one row per child) or value|numerator|denominator
              (a column of a sheet with periods down the rows, read against the column of periods left of it)
  pmf tag FILE --sheet NAME --column C --period-column P --measure ID [--role R] [--where COL=VALUE]...
              [--by COL] [--rows A:B] [--name NAME] [--out F]
              a long (tidy) table, one row per area and period: C the values and P the periods (a letter, or
              a header such as percentage, time_period); --where keeps the rows where COL holds VALUE (all
              must hold; VALUE may be a|b); R value|numerator|denominator|england|statNeighbours|region|
              comparator|peers; --by COL (peers only): each value of COL is one peer
  pmf tag FILE --from TAGS.csv [--out F]          bulk: columns sheet,row,measure,role (or sheet,column,rows,
              measure,role), and name for a named comparator
  pmf tag FILE --sheet NAME --table [A1:M4210] --source episodes|header|missing|oc2|oc3|reviews|uasc
              [--map FIELD=Header]... [--map FIELD:Text=CODE]... [--out F]
              a child-level table (an SSDA903 table, or a log of your own): without a range the sheet's used
              range is the table and its first row the header; columns are found by their 903 names, or as
              --map CHILD='Young person ID' says; --map MISSING:Absconded=M reads a word of yours as a code
  pmf suggest FILE [--sheet NAME] [--json]        proposed tags: sheet, row, label, ranked measures
              (without --json, also each sheet holding a 903 table by its headers, with the command to tag it)
  pmf untag FILE --id TAG [--id TAG...] [--out F]
  pmf tags FILE [--json]
  pmf set FILE --measure ID [--target X] [--tolerance P] [--threshold X] [--england X]
              [--stat-neighbours X] [--region X] [--comment TEXT] [--action TEXT]
              [--spc-baseline PERIOD|none] [--out F]    PERIOD: SPC starts there (Apr-23, 2023/24 Q1)
  pmf set FILE [--population N] [--as-at YYYY-MM-DD] [--out F]      framework-wide settings
  pmf evidence FILE --kloe ID --text TEXT [--out F]
  pmf check FILE [--as-at YYYY-MM-DD] [--json]    exit 1 when there are error-severity findings
  pmf summary FILE [--as-at YYYY-MM-DD] --json   figures, sentences and the front page as JSON
  pmf refresh FILE [--as-at YYYY-MM-DD] [--out F] [--stats]   write the PMF Summary and PMF Front page sheets

Commands that change a workbook write it in place atomically, or to --out FILE.`;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether stderr is a terminal: progress is shown only then. */
  readonly isTTY: boolean;
  /** Rewrites the one progress line on the terminal in place ('' clears it); else progress goes to err. */
  readonly progress?: (text: string) => void;
}

const nodeIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stderr.isTTY),
  progress: (t) => process.stderr.write(`\r\x1b[2K${t}`),
};

async function cmdMeasures(flags: Flags, io: Io): Promise<number> {
  const book = flags.string('book');
  const json = flags.switch('json');
  flags.done();
  let framework: Framework = defaultFramework();
  if (book) framework = (await loadWorkbook(headlessHost(await openBook(book)), { grids: 'none' })).framework;
  io.out(json ? JSON.stringify(framework.measures, null, 2) : renderMeasures(framework));
  return 0;
}

function parseRows(text: string): { firstRow: number; lastRow: number } {
  const m = /^\s*(\d+)\s*[:-]\s*(\d+)\s*$/.exec(text);
  if (!m) throw new UsageError(`--rows must be FIRST:LAST, e.g. 5:200, not '${text}'`);
  const firstRow = Number(m[1]);
  const lastRow = Number(m[2]);
  if (firstRow < 1 || lastRow < firstRow)
    throw new UsageError(`--rows ${text}: the first row must be 1 or more and not after the last`);
  return { firstRow, lastRow };
}

function parseColumn(text: string): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : columnNumber(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--column must be a column letter (e.g. C) or number, not '${text}'`);
  return n;
}

/** Roles as typed, ignoring case and dashes ('stat-neighbours', 'statneighbours'). */
const ROLE_WORDS = new Map<string, RowRole | ComparatorRole | 'records'>(
  [...ROW_ROLES, ...COMPARATOR_ROLES, 'records' as const].map((r) => [r.toLowerCase(), r]),
);

function roleOf(text: string): RowRole | ComparatorRole | 'records' | undefined {
  return ROLE_WORDS.get(text.toLowerCase().replace(/[-_\s]/g, ''));
}

const BENCHMARK_ROLES = 'england, statNeighbours, region, comparator, peers';

function parseRole(text: string | undefined): RowRole | ComparatorRole {
  const role = roleOf(text ?? 'value');
  if (role === undefined || role === 'records') {
    throw new UsageError(`--role must be value, numerator, denominator, ${BENCHMARK_ROLES}, not '${text}'`);
  }
  return role;
}

function parseColumnRole(text: string | undefined): TagRole {
  const role = roleOf(text ?? 'records');
  if (role === undefined) {
    throw new UsageError(
      `--role must be value, numerator, denominator or records for a column (or ${BENCHMARK_ROLES}), not '${text}'`,
    );
  }
  return role;
}

/** `--where COL=VALUE`: the column (a header or a letter) and the values kept (VALUE may be a|b). */
function parseWhere(text: string): { column: string; values: string[] } {
  const eq = text.indexOf('=');
  const column = eq > 0 ? text.slice(0, eq).trim() : '';
  if (column === '')
    throw new UsageError(`--where must be COLUMN=VALUE, e.g. la_name=Anyshire, not '${text}'`);
  return {
    column,
    values: text
      .slice(eq + 1)
      .split('|')
      .map((v) => v.trim()),
  };
}

function requestsFromCsv(text: string, csvName: string): (TagRequest & { readonly csvRow: number })[] {
  const all = parseCsv(text).map((cells, i) => ({ cells, line: i + 1 }));
  const rows = all.filter((r) => !isBlankCsvRow(r.cells));
  if (rows.length === 0) throw new InputError(`${csvName} is empty`);
  if (rows.length === 1) throw new InputError(`${csvName} has no tags below its header row`);
  const header = rows[0].cells.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('sheet') < 0 || col('measure') < 0 || (col('row') < 0 && col('column') < 0)) {
    throw new InputError(
      `${csvName} row ${rows[0].line} must name the columns sheet,row,measure,role (or sheet,column,rows,measure,role)`,
    );
  }
  return rows.slice(1).map(({ cells, line }) => {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    try {
      const sheet = get('sheet');
      const measureId = get('measure').toUpperCase();
      // An optional 'name' column names comparators (role comparator).
      const named = get('name') ? { name: get('name') } : {};
      if (!sheet || !measureId) throw new UsageError('sheet and measure are required');
      if (get('column')) {
        return {
          kind: 'column',
          sheet,
          column: parseColumn(get('column')),
          ...parseRows(get('rows')),
          measureId,
          role: parseColumnRole(get('role') || undefined),
          ...named,
          csvRow: line,
        };
      }
      const row = Number(get('row'));
      if (!Number.isInteger(row) || row < 1)
        throw new UsageError(`row must be a whole number of 1 or more, not '${get('row')}'`);
      const role = parseRole(get('role') || undefined);
      return { kind: 'row', sheet, row, measureId, role, ...named, csvRow: line };
    } catch (e) {
      throw new InputError(`${csvName} row ${line}: ${(e as Error).message.replace(/^--/, '')}`);
    }
  });
}

function describeRequest(r: TagRequest): string {
  if (r.kind === 'table') return `'${r.sheet}' as ${SOURCES[r.source].name}`;
  if (r.kind === 'row') return `'${r.sheet}' ${r.lastRow ? `rows ${r.row}-${r.lastRow}` : `row ${r.row}`}`;
  if (r.kind === 'longTable') {
    return `'${r.sheet}' column ${typeof r.column === 'number' ? columnLetter(r.column) : `'${r.column}'`}`;
  }
  return `'${r.sheet}' column ${columnLetter(r.column)} rows ${r.firstRow}-${r.lastRow}`;
}

/**
 * addTags, with a refusal that says which request failed: the sheet and row (when the add-in's message does
 * not already), and for --from the CSV row. addTags changes nothing when it refuses, so on a refusal each
 * request is tried alone to find the first that fails; the workbook is then dropped unsaved.
 */
async function addTagsExplained(
  book: HeadlessWorkbook,
  requests: readonly (TagRequest & { readonly csvRow?: number })[],
  csvName: string | undefined,
): Promise<Tag[]> {
  const host = headlessHost(book);
  try {
    return await addTags(host, requests);
  } catch (e) {
    if (!(e instanceof PmfError)) throw e;
    let failed = requests.length === 1 ? { request: requests[0], error: e } : undefined;
    for (const request of requests) {
      if (failed) break;
      try {
        await addTags(host, [request]);
      } catch (one) {
        if (one instanceof PmfError) failed = { request, error: one };
        else throw one;
      }
    }
    if (!failed) throw e;
    const { request, error } = failed;
    const message = error.message
      .replace(/\.$/, '')
      .replace(
        /Map each to the table's own header$/,
        "Map each to the table's own header with --map FIELD=Header",
      )
      .replace(/ \(see the Framework list\)$/, ' (pmf measures lists them)');
    const named = message.includes(`'${request.sheet}'`) && /\b(row|column)\b/.test(message);
    const text = named
      ? message
      : `cannot tag ${describeRequest(request)}: ${message.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`;
    throw new InputError(csvName && request.csvRow ? `${csvName} row ${request.csvRow}: ${text}` : text);
  }
}

/** One tag from the flags: a row, a block of peers, a column, or a column of a long table. */
function tagRequestFromFlags(flags: Flags): TagRequest {
  const conflict = (names: readonly string[], why: string) => {
    const given = names.find((n) => flags.has(n));
    if (given) throw new UsageError(`--${given} ${why}`);
  };
  const sheet = flags.required('sheet');
  const measureId = flags.required('measure').toUpperCase();
  const column = flags.string('column');
  const name = flags.string('name');
  const named = name !== undefined ? { name } : {};
  const periodColumn = flags.string('period-column');
  if (column !== undefined && periodColumn !== undefined) {
    conflict(['row', 'header-row'], 'cannot be used with --column (use --rows FIRST:LAST)');
    const role = parseRole(flags.string('role'));
    const where = flags.all('where').map(parseWhere);
    const by = flags.string('by');
    if (by !== undefined && role !== 'peers') {
      throw new UsageError(`--by makes each value of ${by} one peer: it goes with --role peers, not ${role}`);
    }
    const rowsText = flags.string('rows');
    flags.done();
    // A long table's value column may be named by its header too (--column percentage).
    const letter = /^(\d+|[A-Za-z]{1,3})$/.test(column.trim());
    return {
      kind: 'longTable',
      sheet,
      column: letter ? parseColumn(column) : column.trim(),
      measureId,
      role,
      periodColumn,
      ...(where.length ? { where } : {}),
      ...(by !== undefined ? { by } : {}),
      ...(rowsText !== undefined ? parseRows(rowsText) : {}),
      ...named,
    };
  }
  conflict(['where', 'by'], 'filters the rows of a long table: it goes with --column C --period-column P');
  if (column !== undefined) {
    conflict(['row'], 'cannot be used with --column (use --rows FIRST:LAST)');
    const role = parseColumnRole(flags.string('role'));
    const rows = parseRows(flags.required('rows'));
    flags.done();
    return { kind: 'column', sheet, column: parseColumn(column), ...rows, measureId, role, ...named };
  }
  const role = parseRole(flags.string('role'));
  const headerRow = flags.wholeNumber('header-row');
  const header = headerRow !== undefined ? { headerRow } : {};
  const rowsText = flags.string('rows');
  if (rowsText !== undefined) {
    if (role !== 'peers') {
      throw new UsageError(
        '--rows goes with --column (a tagged column), or with --role peers (a block of peer rows)',
      );
    }
    conflict(['row'], 'cannot be used with --rows (a block of peers is --rows FIRST:LAST)');
    const { firstRow, lastRow } = parseRows(rowsText);
    flags.done();
    return { kind: 'row', sheet, row: firstRow, lastRow, measureId, role, ...header };
  }
  const row = flags.wholeNumber('row');
  if (row === undefined) throw new UsageError('--row (or --column with --rows) is required');
  flags.done();
  return { kind: 'row', sheet, row, measureId, role, ...header, ...named };
}

async function cmdTag(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const out = flags.string('out');
  const from = flags.string('from');
  let requests: (TagRequest & { readonly csvRow?: number })[];
  const conflict = (names: readonly string[], why: string) => {
    const given = names.find((n) => flags.has(n));
    if (given) throw new UsageError(`--${given} ${why}`);
  };
  if (flags.has('table')) {
    requests = [tableRequest(flags, conflict)];
  } else if (from) {
    conflict(
      ['sheet', 'row', 'column', 'rows', 'measure', 'role', 'name', 'period-column', 'where', 'by'],
      'cannot be used with --from (the CSV gives each tag)',
    );
    flags.done();
    let text: string;
    try {
      text = await readFile(from, 'utf8');
    } catch {
      throw new InputError(`cannot read ${from}`);
    }
    requests = requestsFromCsv(text, from);
  } else {
    conflict(['source', 'map'], 'goes with --table (a child-level table)');
    requests = [tagRequestFromFlags(flags)];
  }
  const book = await openBook(file);
  const made = await addTagsExplained(book, requests, from);
  for (const note of await saveBook(book, file!, out)) io.err(note);
  for (const t of made) {
    if (t.kind === 'table') {
      io.out(tableTaggedText(t));
      continue;
    }
    const where =
      t.kind === 'row'
        ? t.lastRow
          ? `rows ${t.row}-${t.lastRow}`
          : `row ${t.row}`
        : `column ${columnLetter(t.column)} rows ${t.firstRow}-${t.lastRow}`;
    const role = t.details?.name ? `${t.role} '${t.details.name}'` : t.role;
    io.out(`tagged ${t.sheet} ${where} '${t.label}' as ${t.measureId} (${role}), id ${t.id}`);
  }
  return 0;
}

/** `pmf tag FILE --sheet S --table [RANGE] --source KIND [--map FIELD=Header]... [--map FIELD:Text=CODE]...` */
function tableRequest(
  flags: Flags,
  conflict: (names: readonly string[], why: string) => void,
): TableTagRequest {
  conflict(
    ['from', 'row', 'column', 'rows', 'measure', 'role', 'header-row'],
    'cannot be used with --table (a table gives its own measures)',
  );
  const sheet = flags.required('sheet');
  const table = flags.optional('table');
  const sourceText = flags.required('source').toLowerCase();
  if (!(TABLE_SOURCES as readonly string[]).includes(sourceText)) {
    throw new UsageError(`--source must be one of ${TABLE_SOURCES.join(', ')}, not '${sourceText}'`);
  }
  const source = sourceText as TableSource;
  const map: Record<string, string> = {};
  const values: Record<string, Record<string, string>> = {};
  for (const m of flags.all('map')) {
    const eq = m.indexOf('=');
    if (eq <= 0 || eq === m.length - 1) {
      throw new UsageError(`--map must be FIELD=Header or FIELD:Text=CODE, not '${m}'`);
    }
    const left = m.slice(0, eq).trim();
    const right = m.slice(eq + 1).trim();
    const colon = left.indexOf(':');
    const field = (colon > 0 ? left.slice(0, colon) : left).trim().toUpperCase();
    if (!SOURCES[source].fields.includes(field)) {
      throw new UsageError(
        `--map ${m}: ${field} is not a column of ${SOURCES[source].name} (${SOURCES[source].fields.join(', ')})`,
      );
    }
    if (colon > 0) values[field] = { ...(values[field] ?? {}), [left.slice(colon + 1).trim()]: right };
    else if (map[field] !== undefined) throw new UsageError(`--map ${field} is given twice`);
    else map[field] = right;
  }
  flags.done();
  return {
    kind: 'table',
    sheet,
    source,
    ...(typeof table === 'string' ? { range: table } : {}),
    ...(Object.keys(map).length > 0 ? { map } : {}),
    ...(Object.keys(values).length > 0 ? { values } : {}),
  };
}

/** "tagged 'Episodes' A1:M4210 as the 903 episodes table (D02, D03, D04, P01, P03, S01), id t-5f3a9c" */
function tableTaggedText(t: TableTag): string {
  const d = t.details.table;
  const where = d.range ?? `from row ${d.headerRow} (its used range)`;
  const measures = measuresOf(d.source);
  const gives =
    measures.length > 0 ? `gives ${measures.join(', ')}` : 'checked; it gives no measure of its own';
  const mapped = d.map
    ? `; columns mapped: ${Object.entries(d.map)
        .map(([f, h]) => `${f}='${h}'`)
        .join(', ')}`
    : '';
  return `tagged ${quoteSheetName(t.sheet)} ${where} as ${SOURCES[d.source].name} (${gives}${mapped}), id ${t.id}`;
}

async function cmdUntag(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  // Several --id remove several tags in one write (all or none).
  const ids = flags.all('id').filter((id) => id !== '');
  if (ids.length === 0) throw new UsageError('--id is required');
  const out = flags.string('out');
  flags.done();
  const book = await openBook(file);
  const removed = await removeTags(headlessHost(book), ids);
  for (const note of await saveBook(book, file!, out)) io.err(note);
  for (const { tag } of removed) io.out(`removed tag ${tag.id}`);
  return 0;
}

async function cmdTags(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const json = flags.switch('json');
  flags.done();
  const book = await openBook(file);
  unreadNote(book, io.err);
  const loaded = await loadWorkbook(headlessHost(book));
  const analysis = analyseLoaded(loaded, resolveAsAt(loaded.framework));
  const items = loaded.tags.map((tag) => ({ ...tag, state: analysis.states.get(tag.id) ?? null }));
  if (json) io.out(JSON.stringify({ tags: items, broken: loaded.broken }, null, 2));
  else io.out(renderTags(items, loaded.broken));
  return 0;
}

async function cmdSuggest(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const sheet = flags.string('sheet');
  const json = flags.switch('json');
  flags.done();
  const book = await openBook(file);
  unreadNote(book, io.err);
  const { rows, tables } = await suggestTagsAndTables(headlessHost(book), sheet);
  // A measure takes one row per sheet: later rows proposed for the same measure and role are repeats of
  // the first (the block nearest the top), as the pane groups them.
  const repeatOf = new Map<RowSuggestion, number>();
  for (const sheetName of new Set(rows.map((s) => s.sheet))) {
    for (const g of groupProposals(rows.filter((s) => s.sheet === sheetName))) {
      for (const p of g.proposals.slice(1)) repeatOf.set(p, g.proposals[0].row);
    }
  }
  const suggestions = rows.map((s) => {
    const first = repeatOf.get(s);
    return first === undefined ? suggestionJson(s) : { ...suggestionJson(s), repeatOf: first };
  });
  if (json) io.out(JSON.stringify(suggestions, null, 2));
  else {
    // Sheets holding a 903 table are named with the command that tags them.
    const parts = suggestions.length > 0 || tables.length === 0 ? [renderSuggestions(suggestions)] : [];
    if (tables.length > 0) parts.push(renderTableSuggestions(file ?? 'FILE', tables));
    io.out(parts.join('\n'));
  }
  return 0;
}

/**
 * The `pmf suggest --json` contract: { sheet, row, label, role, suggestions: [{ measureId, score }] }, best
 * first. `role` is 'value', or the count or benchmark the row is proposed as (numerator, england, ...); a row
 * that repeats an earlier row's measure and role on its sheet adds `repeatOf` (that row).
 */
export function suggestionJson(s: {
  readonly sheet: string;
  readonly row: number;
  readonly label: string;
  readonly role?: string;
  readonly suggestions: readonly { readonly measureId: string; readonly score: number }[];
}): {
  sheet: string;
  row: number;
  label: string;
  role: string;
  suggestions: { measureId: string; score: number }[];
} {
  return {
    sheet: s.sheet,
    row: s.row,
    label: s.label,
    role: s.role ?? 'value',
    suggestions: [...s.suggestions]
      .sort((a, b) => b.score - a.score)
      .map((x) => ({ measureId: x.measureId, score: x.score })),
  };
}

/** --spc-baseline PERIOD ('Apr-23', '2023-04', 'Q1 2023/24'...) as a canonical key; 'none' clears it (''). */
function spcBaselineFlag(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (/^\s*(none|clear|off)\s*$/i.test(text)) return '';
  const key = spcBaselineKey(text);
  if (key === null) {
    throw new UsageError(
      `--spc-baseline must be a period such as Apr-23, 2023-04 or 'Q1 2023/24' (or none to clear it), not '${text}'`,
    );
  }
  return key;
}

async function cmdSet(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const measureId = flags.string('measure')?.toUpperCase();
  const patch = {
    target: flags.number('target'),
    tolerance: flags.number('tolerance'),
    threshold: flags.number('threshold'),
    england: flags.number('england'),
    statNeighbours: flags.number('stat-neighbours'),
    region: flags.number('region'),
    comment: flags.string('comment'),
    action: flags.string('action'),
    spcBaseline: spcBaselineFlag(flags.string('spc-baseline')),
  };
  const population = flags.number('population');
  const asAt = flags.isoDate('as-at');
  const out = flags.string('out');
  flags.done();
  const measurePatch = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(measurePatch).length > 0 && !measureId)
    throw new UsageError('--measure ID is required with measure settings');
  if (Object.keys(measurePatch).length === 0 && population === undefined && asAt === undefined) {
    throw new UsageError(
      'nothing to set: give --measure ID with --target, --tolerance, ... or --population / --as-at',
    );
  }
  const book = await openBook(file);
  const host = headlessHost(book);
  let framework = (await loadWorkbook(host, { grids: 'none' })).framework;
  if (measureId) {
    if (!measureById(framework, measureId))
      throw new InputError(`'${measureId}' is not a measure of this framework`);
    framework = withSettings(framework, measureId, measurePatch);
  }
  if (population !== undefined || asAt !== undefined) {
    framework = withFrameworkSettings(framework, {
      ...(population !== undefined ? { population } : {}),
      ...(asAt !== undefined ? { asAt } : {}),
    });
  }
  await saveFramework(host, framework);
  for (const note of await saveBook(book, file!, out)) io.err(note);
  io.out(`saved settings${measureId ? ` for ${measureId}` : ''}`);
  return 0;
}

async function cmdEvidence(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const kloeId = flags.required('kloe').toUpperCase();
  const text = flags.required('text');
  const out = flags.string('out');
  flags.done();
  const book = await openBook(file);
  const host = headlessHost(book);
  const framework = (await loadWorkbook(host, { grids: 'none' })).framework;
  if (!framework.kloes.some((k) => k.id === kloeId)) {
    throw new InputError(
      `'${kloeId}' is not a line of enquiry (KLOEs: ${framework.kloes.map((k) => k.id).join(', ')})`,
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  await saveFramework(host, addEvidence(framework, { kloeId, text, date: today }));
  for (const note of await saveBook(book, file!, out)) io.err(note);
  io.out(`recorded evidence for ${kloeId}`);
  return 0;
}

async function analyseFile(file: string | undefined, asAt: string | undefined, io: Io) {
  const book = await openBook(file);
  unreadNote(book, io.err);
  const loaded = await loadWorkbook(headlessHost(book));
  const at = resolveAsAt(loaded.framework, asAt);
  return { book, loaded, asAt: at, analysis: analyseLoaded(loaded, at) };
}

async function cmdCheck(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const asAt = flags.isoDate('as-at');
  const json = flags.switch('json');
  flags.done();
  const { analysis, loaded } = await analyseFile(file, asAt, io);
  const findings = analysis.findings;
  for (const p of loaded.settingsProblems) io.err(p);
  io.out(
    json
      ? JSON.stringify(
          findings.map((f) => ({ ...f, cell: f.cell ?? null })),
          null,
          2,
        )
      : renderFindings(findings),
  );
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function cmdSummary(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const asAt = flags.isoDate('as-at');
  if (!flags.switch('json')) throw new UsageError('pmf summary prints JSON: add --json');
  flags.done();
  const { analysis, loaded, asAt: at } = await analyseFile(file, asAt, io);
  const model = buildSummaryModel({
    framework: loaded.framework,
    figures: analysis.figures,
    findings: analysis.findings,
    asAt: at,
    producedAt: new Date().toISOString(),
    workbookName: loaded.snapshot.workbookName,
  });
  io.out(JSON.stringify(summaryJson(model), null, 2));
  return 0;
}

async function cmdRefresh(file: string | undefined, flags: Flags, io: Io): Promise<number> {
  const asAt = flags.isoDate('as-at');
  const out = flags.string('out');
  const stats = flags.switch('stats');
  flags.done();
  const started = Date.now();
  const book = await openBook(file);
  if ((book.unsupportedParts.length > 0 || book.unread.length > 0) && (!out || out === file)) {
    await saveBook(book, file!, out); // refuses with the message naming the parts
  }
  book.resetStats();
  let lastShown = -1;
  const show = io.progress ?? ((t: string) => t !== '' && io.err(t));
  let result: Awaited<ReturnType<typeof refreshSummary>>;
  try {
    result = await refreshSummary(headlessHost(book), {
      asAt,
      onProgress: (p) => {
        const pct = Math.round(p.fraction * 100);
        if (io.isTTY && pct !== lastShown) {
          lastShown = pct;
          show(`${String(pct).padStart(3)}% ${p.step}`);
        }
      },
    });
  } finally {
    if (lastShown >= 0) show('');
  }
  const { syncs, maxRequestBytes, maxResponseBytes } = book.stats;
  for (const note of await saveBook(book, file!, out)) io.err(note);
  io.out(
    `wrote '${result.sheetName}' and '${result.frontPageSheetName}' in ${out ?? file}: ${result.measures} measures, ${result.findings} findings (${result.errors} errors)` +
      (result.renamedBecauseTaken
        ? `; a sheet of yours is already called 'PMF Summary', so the summary went to '${result.sheetName}'`
        : ''),
  );
  if (stats) io.err(JSON.stringify({ syncs, maxRequestBytes, maxResponseBytes, ms: Date.now() - started }));
  return 0;
}

export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    // One line, whatever the message holds (a sheet name or CSV cell with a line break, a library's detail).
    io.err(`pmf: ${problem(e).replace(/\s*[\r\n]+\s*/g, ' ')}`);
    return 2;
  }
}

function problem(e: unknown): string {
  if (e instanceof UsageError) return `${e.message}. See pmf help.`;
  if (e instanceof InputError || e instanceof PmfError) return e.message;
  const err = e as { code?: unknown; message?: unknown };
  if (err?.code === 'ResponsePayloadSizeLimitExceeded' || err?.code === 'RangeExceedsLimit') {
    return 'the workbook could not be read: more of it was asked for at once than Excel returns; clear values far from the data on its sheets';
  }
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    return `${err.message.split('\n')[0]} (${err.code})`;
  }
  return `unexpected failure: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.command === 'help' || parsed.command === '--help' || parsed.flags.get('help') === true) {
    io.out(USAGE);
    return 0;
  }
  const flags = new Flags(parsed);
  const [file, extra] = parsed.positional;
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  switch (parsed.command) {
    case 'measures':
      if (file) throw new UsageError(`unexpected argument '${file}' (use --book FILE)`);
      return await cmdMeasures(flags, io);
    case 'tag':
      return await cmdTag(file, flags, io);
    case 'untag':
      return await cmdUntag(file, flags, io);
    case 'tags':
      return await cmdTags(file, flags, io);
    case 'suggest':
      return await cmdSuggest(file, flags, io);
    case 'set':
      return await cmdSet(file, flags, io);
    case 'evidence':
      return await cmdEvidence(file, flags, io);
    case 'check':
      return await cmdCheck(file, flags, io);
    case 'summary':
      return await cmdSummary(file, flags, io);
    case 'refresh':
      return await cmdRefresh(file, flags, io);
    default:
      throw new UsageError(`unknown command '${parsed.command}' (pmf help lists them)`);
  }
}
