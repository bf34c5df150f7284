/**
 * Reads what is wanted of some sheets, as planned by read-plan.ts: each block as the used range within it
 * (values, number formats and where it is), probes (the used range's dimensions within large areas) where
 * an area is too large to read blind. Blocks go into syncs by the response budget: one sync for a workbook
 * of a few hundred thousand cells, whatever the number of tags or sheets; more only when the cells wanted
 * are more than one response can carry, or when a sheet's used range had to be probed to find its values.
 */
import type { CellValue, GridPart } from '../domain/grid';
import { PmfError } from './errors';
import {
  type Area,
  PROBE_ROUNDS,
  READ_CELL_LIMIT,
  type ReadWant,
  areaAddress,
  cellsOf,
  groupByResponse,
  planAreas,
  planSheetRead,
  rowBlocks,
} from './read-plan';

export interface SheetRead {
  readonly sheet: string;
  /** The sheet's used range (values only), or null when it holds no value. */
  readonly used: Area | null;
  /** What is wanted of it; all of it when left out. */
  readonly wants?: readonly ReadWant[];
  /** Whether number formats are read with the values (the default); without them a response is half. */
  readonly formats?: boolean;
  /** What its parts are found under in the result (the sheet's name when left out): two reads of a sheet. */
  readonly key?: string;
}

interface Pending {
  readonly sheet: string;
  readonly key: string;
  readonly area: Area;
  readonly formats: boolean;
}

/** Probes a sync may carry: each is a few commands and a few numbers back. */
const PROBES_PER_SYNC = 4096;
/** Times a group of blocks is cut smaller after Excel refused its response as too large. */
const RESPONSE_RETRIES = 3;

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function tooLarge(sheet: string, cells: number, where: string): PmfError {
  return new PmfError(
    `The sheet '${sheet}' is too large to read: the cells it holds values in span ${where} (${cells.toLocaleString('en-GB')} cells; the add-in reads at most ${READ_CELL_LIMIT.toLocaleString('en-GB')}). If values far from its data are strays, clear them.`,
    'Refused',
  );
}

/**
 * Reads the sheets' wanted cells. Resolves with the parts read of each sheet (top-left 1-based), for
 * gridFromParts. Loads the caller queued before calling go with the first sync (`reservedBytes` is what
 * their response may be); when Excel refuses that sync's response as too large, the refusal is the
 * caller's (its loads were lost with it), otherwise the blocks are read again in smaller pieces.
 */
export async function readSheets(
  context: Excel.RequestContext,
  reads: readonly SheetRead[],
  reservedBytes = 0,
): Promise<Map<string, GridPart[]>> {
  const parts = new Map<string, GridPart[]>(reads.map((r) => [r.key ?? r.sheet, []]));
  let blocks: Pending[] = [];
  let probes: Pending[] = [];
  const planned = new Map<string, number>();
  const plan = (read: Omit<Pending, 'area'>, p: { blocks: Area[]; probes: Area[] }) => {
    const cells = (planned.get(read.key) ?? 0) + p.blocks.reduce((n, a) => n + cellsOf(a), 0);
    planned.set(read.key, cells);
    if (cells > READ_CELL_LIMIT) {
      const areas = p.blocks.concat(p.probes);
      throw tooLarge(read.sheet, cells, areas.length ? areaAddress(areas[0]) : 'the sheet');
    }
    blocks.push(...p.blocks.map((area) => ({ ...read, area })));
    probes.push(...p.probes.map((area) => ({ ...read, area })));
  };
  for (const r of reads) {
    const read = { sheet: r.sheet, key: r.key ?? r.sheet, formats: r.formats !== false };
    plan(read, planSheetRead(r.used, r.wants));
  }

  let round = 0;
  let retries = 0;
  let reserved = reservedBytes;
  // How much fuller than the estimate cells turned out (long text): each refused response quadruples it.
  let fullness = 1;
  // One sync per pass, as the summary writer's batches: passes are bounded by the response budget and the
  // probing rounds, never by the number of tags or sheets.
  const send = () => context.sync();
  while (blocks.length > 0 || probes.length > 0) {
    if (probes.length > PROBES_PER_SYNC || (probes.length > 0 && round >= PROBE_ROUNDS)) {
      const p = probes[0];
      throw tooLarge(p.sheet, cellsOf(p.area), areaAddress(p.area));
    }
    // A cell read without its number format is about half the response.
    const group =
      groupByResponse(blocks, (b) => (cellsOf(b.area) * fullness) / (b.formats ? 1 : 2), reserved)[0] ?? [];
    const probing = probes;
    const sheets = context.workbook.worksheets;
    // The used range within an area: the cells from its first value to its last (null when it has none).
    const usedWithin = ({ sheet, area }: { sheet: string; area: Area }, load: string) =>
      sheets
        .getItem(sheet)
        .getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount)
        .getUsedRangeOrNullObject(true)
        .load(load);
    const queued = group.map((b) => ({
      ...b,
      range: usedWithin(
        b,
        b.formats ? 'values,numberFormat,rowIndex,columnIndex' : 'values,rowIndex,columnIndex',
      ),
    }));
    const found = probing.map((p) => ({
      ...p,
      range: usedWithin(p, 'rowIndex,columnIndex,rowCount,columnCount'),
    }));
    try {
      await send();
    } catch (e) {
      // The caller's own loads went with the first sync: theirs to read again.
      if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded' || retries >= RESPONSE_RETRIES || reserved > 0)
        throw e;
      // Cells fuller than the estimate (long text): cut this group's blocks smaller, put fewer in a sync,
      // and read them again.
      retries++;
      fullness *= 4;
      const smaller = group.flatMap((b) =>
        rowBlocks(b.area, Math.max(1, Math.floor(cellsOf(b.area) / 4))).map((area) => ({ ...b, area })),
      );
      blocks = smaller.concat(blocks.slice(group.length));
      reserved = 0;
      continue;
    }
    reserved = 0;
    blocks = blocks.slice(group.length);
    if (probing.length > 0) {
      probes = [];
      round++;
    }
    for (const q of queued) {
      if (q.range.isNullObject) continue;
      parts.get(q.key)!.push({
        top: q.range.rowIndex + 1,
        left: q.range.columnIndex + 1,
        values: q.range.values as CellValue[][],
        numberFormats: q.formats ? (q.range.numberFormat as string[][]) : [],
      });
    }
    for (const f of found) {
      if (f.range.isNullObject) continue;
      plan(
        f,
        planAreas([
          {
            row: f.range.rowIndex,
            column: f.range.columnIndex,
            rowCount: f.range.rowCount,
            columnCount: f.range.columnCount,
          },
        ]),
      );
    }
  }
  return parts;
}
