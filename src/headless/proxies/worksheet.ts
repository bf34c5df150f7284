/**
 * Excel.Worksheet: name, position, visibility, tab colour and gridlines; ranges by address, by indexes and
 * the used range; delete and activate. A worksheet proxy targets an ExcelJS worksheet (bound when the call
 * that made it runs, so it survives a rename, as Excel's objects do).
 */
import type * as ExcelJS from 'exceljs';
import {
  type Bounds,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  sheetNameProblem,
  splitSheetAddress,
} from '../address';
import { columnWidthPoints, fromColor, toArgb, usedBounds } from '../cells';
import { type Host, type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';
import { WorksheetChangedEventHandlers, worksheetIdOf } from '../events';
import {
  DUMMY_CTX,
  checkBounds,
  findSheet,
  isVisible,
  liveSheet,
  requireStructureUnlocked,
  sameName,
} from './base';
import { FreezePanesProxy } from './freeze-panes';
import { PageBreakCollectionProxy } from './page-breaks';
import { PageLayoutProxy } from './page-layout';
import { RangeProxy } from './range';
import { WorksheetProtectionProxy } from './worksheet-protection';

const VISIBILITY_TO_EXCEL: Record<string, string> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};
const VISIBILITY_FROM_EXCEL: Record<string, 'visible' | 'hidden' | 'veryHidden'> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

function setPosition(host: Host, ws: ExcelJS.Worksheet, position: unknown): void {
  const list = host.excel.worksheets;
  if (
    typeof position !== 'number' ||
    !Number.isInteger(position) ||
    position < 0 ||
    position >= list.length
  ) {
    throw new HeadlessError('InvalidArgument', `Invalid worksheet position ${String(position)}.`);
  }
  const rest = list.filter((w) => w !== ws);
  rest.splice(position, 0, ws);
  rest.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
}

export class WorksheetProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'Worksheet';
  }
  private get _host(): Host {
    return this._ctx._host;
  }
  protected _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    const host = this._host;
    return {
      name: {
        get: (ws) => ws.name,
        set: (ws, v) => {
          requireStructureUnlocked(host, 'rename a sheet');
          const problem = sheetNameProblem(v);
          if (problem) throw new HeadlessError('InvalidArgument', `The argument is invalid: ${problem}.`);
          const other = findSheet(host, v as string);
          if (other && other !== ws)
            throw new HeadlessError('ItemAlreadyExists', `A worksheet named '${String(v)}' already exists.`);
          liveSheet(host, ws);
          // Excel renames a sheet to its own name in another case; ExcelJS's setter would refuse it.
          if (sameName(ws.name, v as string)) (ws as unknown as { _name: string })._name = v as string;
          else ws.name = v as string;
        },
      },
      id: { get: (ws) => worksheetIdOf(ws) },
      position: {
        get: (ws) => host.excel.worksheets.indexOf(liveSheet(host, ws)),
        set: (ws, v) => {
          requireStructureUnlocked(host, 'move a sheet');
          setPosition(host, liveSheet(host, ws), v);
        },
      },
      visibility: {
        get: (ws) => VISIBILITY_TO_EXCEL[ws.state ?? 'visible'] ?? 'Visible',
        set: (ws, v) => {
          const state = VISIBILITY_FROM_EXCEL[String(v)];
          if (!state) throw new HeadlessError('InvalidArgument', `Invalid visibility '${String(v)}'.`);
          if (state !== (ws.state ?? 'visible')) requireStructureUnlocked(host, 'hide or show a sheet');
          liveSheet(host, ws);
          if (state !== 'visible' && isVisible(ws) && host.excel.worksheets.filter(isVisible).length <= 1) {
            throw new HeadlessError(
              'InvalidOperation',
              'A workbook must contain at least one visible worksheet.',
            );
          }
          ws.state = state;
          if (state !== 'visible' && host._activeWorksheet() === ws) {
            host._activate(host.excel.worksheets.find(isVisible)!);
          }
        },
      },
      tabColor: {
        get: (ws) => fromColor(ws.properties.tabColor, '') ?? '',
        set: (ws, v) => {
          requireStructureUnlocked(host, "change a sheet's tab colour");
          if (v === '' || v === null) delete (ws.properties as { tabColor?: unknown }).tabColor;
          else ws.properties.tabColor = { argb: toArgb(v) } as ExcelJS.Color;
        },
      },
      showGridlines: {
        get: (ws) => ws.views?.[0]?.showGridLines !== false,
        set: (ws, v) => {
          const first = { ...(ws.views?.[0] ?? {}), showGridLines: !!v };
          ws.views = [first as ExcelJS.WorksheetView, ...(ws.views ?? []).slice(1)];
        },
      },
      standardWidth: {
        get: (ws) => {
          const pts = widthPointsDefault(ws);
          return Math.round(((pts / 0.75 - 5) / 7) * 100) / 100;
        },
      },
    };
  }
  protected override _navs() {
    return {
      freezePanes: () => this.freezePanes,
      pageLayout: () => this.pageLayout,
      protection: () => this.protection,
      horizontalPageBreaks: () => this.horizontalPageBreaks,
    };
  }
  /** Manual page breaks between rows (ExcelApi 1.9). */
  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return this._nav('horizontalPageBreaks', () =>
      this._child(PageBreakCollectionProxy, (ws) => ws, 'horizontalPageBreaks'),
    );
  }
  get freezePanes(): FreezePanesProxy {
    return this._nav('freezePanes', () => this._child(FreezePanesProxy, (ws) => ws, 'freezePanes'));
  }
  get protection(): WorksheetProtectionProxy {
    return this._nav('protection', () => this._child(WorksheetProtectionProxy, (ws) => ws, 'protection'));
  }
  get pageLayout(): PageLayoutProxy {
    return this._nav('pageLayout', () => this._child(PageLayoutProxy, (ws) => ws, 'pageLayout'));
  }
  /** Worksheet.onChanged (ExcelApi 1.7): see events.ts. */
  get onChanged(): WorksheetChangedEventHandlers {
    return new WorksheetChangedEventHandlers(this._ctx, this._host._events, () => this._resolve());
  }

  private _rangeOf(
    method: string,
    args: unknown[],
    make: (ws: ExcelJS.Worksheet) => Bounds | null,
  ): RangeProxy {
    return this._created(RangeProxy, method, args, (ws) => {
      if (ws === null) return null;
      liveSheet(this._host, ws);
      const b = make(ws);
      return b === null ? null : { ws, b: checkBounds(b) };
    });
  }

  getRange(address?: string): RangeProxy {
    return this._rangeOf('getRange', [address], (ws) => {
      if (address === undefined || address === null || address === '')
        return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS };
      const { sheet, local } = splitSheetAddress(address);
      if (sheet !== undefined && sheet.toLowerCase() !== ws.name.toLowerCase()) {
        throw new HeadlessError(
          'InvalidArgument',
          `The address '${address}' is not on worksheet '${ws.name}'.`,
        );
      }
      return parseAddress(local);
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this._rangeOf('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const ok = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (!ok || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw new HeadlessError(
          'InvalidArgument',
          'getRangeByIndexes: indexes must be integers, counts at least 1.',
        );
      }
      return {
        r1: startRow + 1,
        c1: startColumn + 1,
        r2: startRow + rowCount,
        c2: startColumn + columnCount,
      };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this._rangeOf('getCell', [row, column], () => ({
      r1: row + 1,
      c1: column + 1,
      r2: row + 1,
      c2: column + 1,
    }));
  }

  /** Excel: an empty worksheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._rangeOf(
      'getUsedRange',
      [valuesOnly],
      (ws) => usedBounds(ws, !!valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this._rangeOf(
      'getUsedRangeOrNullObject',
      [valuesOnly],
      (ws) => usedBounds(ws, !!valuesOnly) ?? null,
    );
  }

  delete(): void {
    this._call('delete', [], (ws) => {
      const host = this._host;
      liveSheet(host, ws);
      requireStructureUnlocked(host, 'delete a sheet');
      const visible = host.excel.worksheets.filter(isVisible);
      if (host.excel.worksheets.length <= 1 || (isVisible(ws) && visible.length <= 1)) {
        throw new HeadlessError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      host.excel.removeWorksheet(ws.id);
      host._sheetRemoved(ws);
    });
  }

  activate(): void {
    this._call('activate', [], (ws) => {
      liveSheet(this._host, ws);
      if (!isVisible(ws))
        throw new HeadlessError('InvalidOperation', `The worksheet '${ws.name}' is hidden.`);
      this._host._activate(ws);
    });
  }
}
defineAccessors(WorksheetProxy, new WorksheetProxy(DUMMY_CTX, () => null)['_props']() as never);

function widthPointsDefault(ws: ExcelJS.Worksheet): number {
  return columnWidthPoints({ properties: ws.properties } as unknown as ExcelJS.Worksheet, 1);
}
