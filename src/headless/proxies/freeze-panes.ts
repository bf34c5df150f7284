/** Excel.WorksheetFreezePanes: frozen rows and columns of a worksheet. */
import type * as ExcelJS from 'exceljs';
import { MAX_COLS, MAX_ROWS, columnLetters, parseAddress, splitSheetAddress } from '../address';
import { ProxyBase } from '../context';
import { HeadlessError } from '../errors';
import { isEntireColumn, isEntireRow } from './base';
import { RangeProxy } from './range';

function setFreeze(ws: ExcelJS.Worksheet, rows: number, cols: number): void {
  const {
    state: _s,
    xSplit: _x,
    ySplit: _y,
    topLeftCell: _t,
    ...rest
  } = (ws.views?.[0] ?? {}) as Record<string, unknown>;
  if (rows <= 0 && cols <= 0) {
    ws.views = [{ ...rest, state: 'normal' } as ExcelJS.WorksheetView];
    return;
  }
  ws.views = [
    {
      ...rest,
      state: 'frozen',
      xSplit: Math.max(0, cols),
      ySplit: Math.max(0, rows),
      topLeftCell: `${columnLetters(Math.max(0, cols) + 1)}${Math.max(0, rows) + 1}`,
    } as ExcelJS.WorksheetView,
  ];
}

function frozen(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  const v = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (v?.state !== 'frozen') return { rows: 0, cols: 0 };
  return { rows: v.ySplit ?? 0, cols: v.xSplit ?? 0 };
}

export class FreezePanesProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'WorksheetFreezePanes';
  }
  protected _props() {
    return {};
  }
  freezeRows(count?: number): void {
    this._call('freezeRows', [count], (ws) => setFreeze(ws, count ?? 1, 0));
  }
  freezeColumns(count?: number): void {
    this._call('freezeColumns', [count], (ws) => setFreeze(ws, 0, count ?? 1));
  }
  freezeAt(frozenRange: string | RangeProxy): void {
    this._call('freezeAt', [frozenRange], (ws) => {
      const b =
        typeof frozenRange === 'string'
          ? parseAddress(splitSheetAddress(frozenRange).local)
          : frozenRange._resolve()?.b;
      if (!b) throw new HeadlessError('InvalidArgument', 'freezeAt needs a range.');
      setFreeze(ws, isEntireColumn(b) ? 0 : b.r2, isEntireRow(b) ? 0 : b.c2);
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (ws) => setFreeze(ws, 0, 0));
  }
  getLocationOrNullObject(): RangeProxy {
    return this._created(RangeProxy, 'getLocationOrNullObject', [], (ws) => {
      if (ws === null) return null;
      const { rows, cols } = frozen(ws);
      if (!rows && !cols) return null;
      return { ws, b: { r1: 1, c1: 1, r2: rows || MAX_ROWS, c2: cols || MAX_COLS } };
    });
  }
}
