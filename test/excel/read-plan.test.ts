/**
 * Planning a sheet's read from its used range and what is wanted of it: blocks within Excel's limits,
 * probes where a used range is far larger than its cells, syncs grouped under the response budget.
 */
import {
  type Area,
  BLOCK_CELLS,
  BYTES_PER_CELL,
  PROBE_ABOVE_CELLS,
  PROBE_GRID,
  RESPONSE_BUDGET_BYTES,
  areaAddress,
  cellsOf,
  groupByResponse,
  planSheetRead,
  probeAreas,
  rowBlocks,
  wantedAreas,
} from '../../src/excel/read-plan';

const area = (row: number, column: number, rowCount: number, columnCount: number): Area => ({
  row,
  column,
  rowCount,
  columnCount,
});

/** Every cell of `a` is in exactly one of `parts`, and no part goes outside `a`. */
function tiles(a: Area, parts: readonly Area[]): boolean {
  const total = parts.reduce((n, p) => n + cellsOf(p), 0);
  const inside = parts.every(
    (p) =>
      p.row >= a.row &&
      p.column >= a.column &&
      p.row + p.rowCount <= a.row + a.rowCount &&
      p.column + p.columnCount <= a.column + a.columnCount,
  );
  const overlap = parts.some((p, i) =>
    parts.some(
      (q, j) =>
        i < j &&
        p.row < q.row + q.rowCount &&
        q.row < p.row + p.rowCount &&
        p.column < q.column + q.columnCount &&
        q.column < p.column + p.columnCount,
    ),
  );
  return total === cellsOf(a) && inside && !overlap;
}

describe('planSheetRead', () => {
  it('reads a sheet of an authority size in one block of its used range', () => {
    const used = area(0, 0, 138, 68);
    expect(planSheetRead(used)).toEqual({ blocks: [used], probes: [] });
    expect(planSheetRead(null)).toEqual({ blocks: [], probes: [] });
  });

  it('cuts a long list into row blocks within the block size, covering it exactly', () => {
    const used = area(2, 0, 100_000, 20);
    const { blocks, probes } = planSheetRead(used);
    expect(probes).toEqual([]);
    expect(blocks.every((b) => cellsOf(b) <= BLOCK_CELLS && b.columnCount === 20)).toBe(true);
    expect(tiles(used, blocks)).toBe(true);
    expect(blocks).toHaveLength(Math.ceil((100_000 * 20) / BLOCK_CELLS));
  });

  it('probes a used range larger than it reads blind: one value at XFD1048576 beside data in A:Z', () => {
    const used = area(0, 0, 1_048_576, 16_384);
    const { blocks, probes } = planSheetRead(used);
    expect(blocks).toEqual([]);
    expect(probes).toHaveLength(PROBE_GRID * PROBE_GRID);
    expect(tiles(used, probes)).toBe(true);
    expect(cellsOf(used)).toBeGreaterThan(PROBE_ABOVE_CELLS);
  });

  it('reads only what is wanted: header rows, and a tagged column of a child-level list', () => {
    const used = area(0, 0, 50_003, 5);
    const { blocks } = planSheetRead(used, [
      { rows: { first: 0, last: 1 } },
      { rows: { first: 3, last: 50_002 }, columns: { first: 3, last: 3 } },
    ]);
    expect(blocks).toEqual([area(0, 0, 2, 5), area(3, 3, 50_000, 1)]);
    // Wants outside the used range are dropped.
    expect(wantedAreas(used, [{ columns: { first: 10, last: 12 } }])).toEqual([]);
  });
});

describe('blocks and probes', () => {
  it('a row wider than a block is cut across as well', () => {
    const wide = area(0, 0, 3, 300_000);
    const blocks = rowBlocks(wide, 100_000);
    expect(blocks.every((b) => cellsOf(b) <= 100_000)).toBe(true);
    expect(tiles(wide, blocks)).toBe(true);
  });

  it('a narrow area is probed in no more pieces than it has rows or columns', () => {
    const column = area(0, 9000, 1_048_576, 1);
    const probes = probeAreas(column);
    expect(probes).toHaveLength(PROBE_GRID);
    expect(tiles(column, probes)).toBe(true);
  });

  it('names areas as Excel does', () => {
    expect(areaAddress(area(0, 0, 1_048_576, 16_384))).toBe('A1:XFD1048576');
    expect(areaAddress(area(1_048_575, 16_383, 1, 1))).toBe('XFD1048576');
  });
});

describe('groupByResponse', () => {
  const cells = (n: number) => ({ n });
  it('puts blocks in one sync while their estimated response fits the budget', () => {
    const perSync = Math.floor(RESPONSE_BUDGET_BYTES / BYTES_PER_CELL);
    const blocks = [cells(perSync / 2), cells(perSync / 4), cells(perSync / 2), cells(10)];
    expect(groupByResponse(blocks, (b) => b.n).map((g) => g.length)).toEqual([2, 2]);
    // What the first sync already carries counts against it.
    expect(groupByResponse(blocks, (b) => b.n, RESPONSE_BUDGET_BYTES).map((g) => g.length)).toEqual([1, 3]);
  });

  it('gives a block larger than the budget a sync of its own', () => {
    expect(groupByResponse([cells(1e9), cells(1)], (b) => b.n).map((g) => g.length)).toEqual([1, 1]);
    expect(groupByResponse([], (b: { n: number }) => b.n)).toEqual([]);
  });
});
