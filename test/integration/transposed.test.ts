// A sheet laid out periods down the rows, tagged by column: the real src/excel/ code on the headless Excel.
import type ExcelJS from 'exceljs';
import { addTags, loadState, refreshSummary } from '../../src/excel/operations';
import type { TagRequest } from '../../src/excel/operations-types';
import { SUMMARY_SHEET, TAG_SHEET } from '../../src/excel/workbook-names';
import { columnNumber } from '../../src/domain/grid';
import { TRANSPOSED, transposedWorkbook } from '../fixtures/transposed';
import { open, readBack, reopen, summaryColumns } from './helpers';

const T = TRANSPOSED;
const AS_AT = '2025-03-31';

function columnRequest(column: string, measureId: string): TagRequest {
  return {
    kind: 'column',
    sheet: T.sheet,
    column: columnNumber(column),
    firstRow: T.firstRow,
    lastRow: T.lastRow,
    measureId,
    role: 'value',
  };
}

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v && typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v ?? '');
}

function findRow(ws: ExcelJS.Worksheet, col: number, value: string): number {
  let found = -1;
  ws.eachRow((row, r) => {
    if (found < 0 && text(row.getCell(col)) === value) found = r;
  });
  return found;
}

describe('a sheet with periods down the rows, tagged by column', () => {
  test('reads the columns as series: latest, previous, change and RAG against the Target row', async () => {
    const b = open(transposedWorkbook());
    const made = await addTags(b.host, [
      columnRequest(T.cla.column, 'D02'),
      columnRequest(T.s01.column, 'S01'),
    ]);
    expect(made.map((t) => [t.kind, 'role' in t ? t.role : '', t.measureId, t.label])).toEqual([
      ['column', 'value', 'D02', T.cla.label],
      ['column', 'value', 'S01', T.s01.label],
    ]);

    const again = await reopen(b);
    const wb = await readBack(again);
    expect(wb.getWorksheet(TAG_SHEET)!.getRow(2).getCell(4).value).toBe('value');

    const state = await loadState(again.host, AS_AT);
    expect(state.tags.map((t) => t.state.status)).toEqual(['ok', 'ok']);

    const d02 = state.figures.find((f) => f.measureId === 'D02')!;
    expect(d02.latest).toMatchObject({ period: '2025-03', label: 'Mar-25', value: 431 });
    expect(d02.previous).toMatchObject({ period: '2025-02', value: 425 });
    expect(d02.change).toBe(6);
    expect(d02.comparators.england).toMatchObject({ value: 81770, source: 'workbook' });
    expect(d02.trend).toEqual([...T.counts]);

    const s01 = state.figures.find((f) => f.measureId === 'S01')!;
    expect(s01.latest).toMatchObject({ period: '2025-03', value: 10.5 });
    expect(s01.latest?.cell?.address).toBe('C15');
    expect(s01.previous?.value).toBeCloseTo(9.8, 5);
    expect(s01.change).toBeCloseTo(0.7, 5);
    expect(s01.direction).toBe('worsening');
    expect(s01.target).toBe(9);
    // 10.5% against a target of 9% (lower is better), beyond the tolerance: red.
    expect(s01.rag).toBe('red');
    expect(s01.comparators.england).toMatchObject({ value: 10, source: 'workbook' });

    const ruleIds = state.findings.filter((f) => f.measureId === 'S01' || f.measureId === 'D02');
    expect(ruleIds.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ruleIds.map((f) => f.ruleId)).not.toContain('no-period-header');
  });

  test('refreshSummary writes the figures to the Panel summary, linked to the column', async () => {
    const b = open(transposedWorkbook());
    await addTags(b.host, [columnRequest(T.cla.column, 'D02'), columnRequest(T.s01.column, 'S01')]);
    const result = await refreshSummary(b.host, { asAt: AS_AT, producedAt: '2025-04-01T09:00:00Z' });
    expect(result.sheetName).toBe(SUMMARY_SHEET);
    const ws = (await readBack(b)).getWorksheet(SUMMARY_SHEET)!;

    const { col } = summaryColumns(ws);
    const s01 = ws.getRow(findRow(ws, 1, 'S01'));
    expect(text(s01.getCell(col('Period')))).toBe('Mar-25');
    expect(s01.getCell(col('Latest')).value).toBeCloseTo(10.5, 5);
    expect(s01.getCell(col('Latest')).numFmt).toContain('%');
    expect(text(s01.getCell(col('RAG')))).toBe('Red');
    expect((s01.getCell(col('ID')).value as ExcelJS.CellHyperlinkValue).hyperlink).toMatch(
      /^#'Stability by month'!C/,
    );
    expect(text(s01.getCell(col('What the figures say')))).toMatch(/^10\.5% in March 2025/);

    const d02 = ws.getRow(findRow(ws, 1, 'D02'));
    expect(text(d02.getCell(col('Period')))).toBe('Mar-25');
    expect(d02.getCell(col('Latest')).value).toBe(431);
  });

  test('refuses a column with no column of periods to its left', async () => {
    const b = open(transposedWorkbook());
    await expect(addTags(b.host, [columnRequest('A', 'D02')])).rejects.toThrow(
      /no column of periods found left of column A of 'Stability by month'/,
    );
  });
});
