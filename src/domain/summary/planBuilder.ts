/**
 * Building a SheetPlan row by row: cell values and number formats, styles (per range, and per cell
 * compacted into vertical runs), merges, internal hyperlinks and the row heights wrapped text needs.
 * Shared by the summary sheet and the front page.
 */
import type { CellRef } from '../grid';
import { columnLetter } from '../grid';
import { DEFAULT_ROW_HEIGHT_PT, rowHeightFor, wrappedLines } from './textMetrics';
import type { CellStyle, PlanHyperlink, StyledRange } from './types';

export type Value = string | number | null;

export interface Merge {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

/** Excel's limit on the characters in a cell. */
export const MAX_CELL_TEXT = 32767;

export const NAVY = '#1F3864';
export const FONT_BODY = 10;

export const LINK_STYLE: CellStyle = { fontColor: '#0563C1' };
export const BAND_STYLE: CellStyle = {
  fill: NAVY,
  fontColor: '#FFFFFF',
  bold: true,
  fontSize: 11,
  verticalAlignment: 'Center',
};
export const SUB_BAND_STYLE: CellStyle = { fill: '#595959', fontColor: '#FFFFFF', bold: true, fontSize: 11 };
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: '#D9E1F2',
  fontColor: NAVY,
  wrapText: true,
  verticalAlignment: 'Center',
  horizontalAlignment: 'Center',
  border: true,
};
export const NOTE_STYLE: CellStyle = { italic: true, fontColor: '#595959' };

/** An internal hyperlink target, the sheet name always quoted as Excel accepts it: "'Monthly data'!F12". */
export function documentReference(cell: CellRef): string {
  const address = cell.address || `${columnLetter(cell.col)}${cell.row}`;
  return `'${cell.sheet.replace(/'/g, "''")}'!${address}`;
}

export class PlanBuilder {
  readonly values: Value[][] = [];
  readonly formats: string[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: Merge[] = [];
  readonly hyperlinks: PlanHyperlink[] = [];
  /** Heights asked for outright (a title in a large font). */
  private readonly fixedHeights = new Map<number, number>();
  /** The tallest height wrapped text needs, per row. */
  private readonly fitHeights = new Map<number, number>();
  /** Single-cell styles per column (rows ascending), compacted into vertical runs at the end. */
  private readonly cellStyles = new Map<number, { row: number; key: string; style: CellStyle }[]>();

  /** `widths`: the column widths in points, one per plan column. */
  constructor(readonly widths: readonly number[]) {}

  get width(): number {
    return this.widths.length;
  }

  get rowCount(): number {
    return this.values.length;
  }

  addRow(): number {
    this.values.push(new Array<Value>(this.width).fill(null));
    this.formats.push(new Array<string>(this.width).fill('General'));
    return this.values.length - 1;
  }

  /** Strings become text cells ('@'); numbers keep `format`; empty strings and non-finite numbers are empty. */
  set(row: number, col: number, value: Value | undefined, format?: string): void {
    if (typeof value === 'string') {
      if (value.trim() === '') return;
      this.values[row][col] = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
      this.formats[row][col] = '@';
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      this.values[row][col] = value;
      this.formats[row][col] = format ?? 'General';
    }
  }

  style(row: number, col: number, rowCount: number, colCount: number, style: CellStyle): void {
    if (rowCount > 0 && colCount > 0) this.styles.push({ row, col, rowCount, colCount, style });
  }

  cellStyle(row: number, col: number, key: string, style: CellStyle): void {
    const list = this.cellStyles.get(col);
    if (list) list.push({ row, key, style });
    else this.cellStyles.set(col, [{ row, key, style }]);
  }

  merge(row: number, col: number, colCount: number): void {
    if (colCount > 1) this.merges.push({ row, col, rowCount: 1, colCount });
  }

  link(row: number, col: number, cell: CellRef, screenTip?: string): void {
    const target = documentReference(cell);
    this.hyperlinks.push(
      screenTip
        ? { row, col, documentReference: target, screenTip }
        : { row, col, documentReference: target },
    );
    this.cellStyle(row, col, 'link', LINK_STYLE);
  }

  /** Sets a row's height outright (it wins over fitted heights). */
  height(row: number, height: number): void {
    this.fixedHeights.set(row, height);
  }

  /** The sum of the widths of `colCount` columns from `col`. */
  widthOf(col: number, colCount = 1): number {
    let w = 0;
    for (let c = col; c < col + colCount && c < this.width; c++) w += this.widths[c];
    return w;
  }

  /**
   * Makes the row tall enough for the text of a wrapped cell `colCount` columns wide (a merged cell: its
   * whole width), at a font size. The row keeps the tallest need of its cells.
   */
  fit(row: number, col: number, colCount: number, fontSize = FONT_BODY, bold = false): void {
    const v = this.values[row]?.[col];
    if (typeof v !== 'string') return;
    const lines = wrappedLines(v, this.widthOf(col, colCount), fontSize, bold);
    const height = rowHeightFor(lines, fontSize);
    if (height > (this.fitHeights.get(row) ?? 0)) this.fitHeights.set(row, height);
  }

  /** Rows taller than the default: fixed heights, else the fitted ones. */
  rowHeights(): { row: number; height: number }[] {
    const rows = new Set([...this.fixedHeights.keys(), ...this.fitHeights.keys()]);
    const out: { row: number; height: number }[] = [];
    for (const row of [...rows].sort((a, b) => a - b)) {
      const height = this.fixedHeights.get(row) ?? this.fitHeights.get(row) ?? DEFAULT_ROW_HEIGHT_PT;
      if (height > DEFAULT_ROW_HEIGHT_PT) out.push({ row, height });
    }
    return out;
  }

  /** Per-cell styles merged into vertical runs of the same style in the same column (column order). */
  compactCellStyles(): StyledRange[] {
    const out: StyledRange[] = [];
    const cols = [...this.cellStyles.keys()].sort((a, b) => a - b);
    for (const col of cols) {
      const list = this.cellStyles.get(col) ?? [];
      let i = 0;
      while (i < list.length) {
        const start = list[i];
        let j = i + 1;
        while (j < list.length && list[j].key === start.key && list[j].row === list[j - 1].row + 1) j++;
        out.push({
          row: start.row,
          col,
          rowCount: list[j - 1].row - start.row + 1,
          colCount: 1,
          style: start.style,
        });
        i = j;
      }
    }
    return out;
  }
}

/** The parts of a SheetPlan a builder holds once every row is added. */
export function builtParts(p: PlanBuilder) {
  return {
    values: p.values,
    numberFormats: p.formats,
    styles: [...p.styles, ...p.compactCellStyles()],
    merges: p.merges,
    hyperlinks: p.hyperlinks,
    columnWidths: [...p.widths],
    rowHeights: p.rowHeights(),
  };
}

/** 'As at 31/03/2025' in a header or footer: '&' doubled, as Excel's codes need. */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}
