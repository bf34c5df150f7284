/** Excel.RangeFormat: alignment, wrapping, indent, column widths and row heights, autofit; fill, font, borders. */
import type * as ExcelJS from 'exceljs';
import {
  cellText,
  columnWidthPoints,
  eachExistingCell,
  mergeList,
  pointsToWidthChars,
  rowHeightPoints,
  valueKey,
} from '../cells';
import { type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';
import { type RangeRef, applyStyle, isEntireColumn, isEntireRow, requireEditable, uniform } from './base';
import { RangeBorderCollectionProxy } from './range-borders';
import { RangeFillProxy } from './range-fill';
import { RangeFontProxy } from './range-font';

const H_TO_EXCEL: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};
const V_TO_EXCEL: Record<string, string> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
};
const invert = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const H_FROM_EXCEL = invert(H_TO_EXCEL);
const V_FROM_EXCEL = invert(V_TO_EXCEL);

function alignmentSetter(key: keyof ExcelJS.Alignment, map?: Record<string, string>) {
  return (t: RangeRef, v: unknown) => {
    let value: unknown = v;
    if (map) {
      if (v === 'General') value = undefined;
      else {
        value = map[String(v)];
        if (value === undefined)
          throw new HeadlessError('InvalidArgument', `Invalid alignment '${String(v)}'.`);
      }
    }
    const vk = valueKey(value);
    applyStyle(t, {
      key: vk === undefined ? undefined : `alignment.${key}=${vk}`,
      apply: (s) => {
        const alignment = { ...(s.alignment ?? {}), [key]: value } as Record<string, unknown>;
        if (value === undefined) delete alignment[key];
        return { ...s, alignment: alignment as Partial<ExcelJS.Alignment> };
      },
    });
  };
}

function uniformNumber(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class RangeFormatProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeFormat';
  }
  static props: Record<string, PropSpec<RangeRef>> = {
    horizontalAlignment: {
      get: (t) => uniform(t, (s) => H_TO_EXCEL[s?.alignment?.horizontal ?? ''] ?? 'General'),
      set: alignmentSetter('horizontal', H_FROM_EXCEL),
    },
    verticalAlignment: {
      get: (t) => uniform(t, (s) => V_TO_EXCEL[s?.alignment?.vertical ?? ''] ?? 'Bottom'),
      set: alignmentSetter('vertical', V_FROM_EXCEL),
    },
    wrapText: { get: (t) => uniform(t, (s) => !!s?.alignment?.wrapText), set: alignmentSetter('wrapText') },
    indentLevel: { get: (t) => uniform(t, (s) => s?.alignment?.indent ?? 0), set: alignmentSetter('indent') },
    columnWidth: {
      get: (t) => {
        const n = Math.min(t.b.c2, t.b.c1 + 1000);
        const w: number[] = [];
        for (let c = t.b.c1; c <= n; c++) w.push(columnWidthPoints(t.ws, c));
        return uniformNumber(w);
      },
      set: (t, v) => {
        if (typeof v !== 'number' || !(v >= 0))
          throw new HeadlessError('InvalidArgument', 'columnWidth must be a number of points.');
        requireEditable(t, 'formatColumns');
        if (isEntireRow(t.b)) {
          t.ws.properties.defaultColWidth = pointsToWidthChars(v);
          return;
        }
        for (let c = t.b.c1; c <= t.b.c2; c++) t.ws.getColumn(c).width = pointsToWidthChars(v);
      },
    },
    rowHeight: {
      get: (t) => {
        const n = Math.min(t.b.r2, t.b.r1 + 100_000);
        const h: number[] = [];
        for (let r = t.b.r1; r <= n; r++) h.push(rowHeightPoints(t.ws, r));
        return uniformNumber(h);
      },
      set: (t, v) => {
        if (typeof v !== 'number' || !(v >= 0))
          throw new HeadlessError('InvalidArgument', 'rowHeight must be a number of points.');
        requireEditable(t, 'formatRows');
        if (isEntireColumn(t.b)) {
          t.ws.properties.defaultRowHeight = v;
          return;
        }
        for (let r = t.b.r1; r <= t.b.r2; r++) t.ws.getRow(r).height = v;
      },
    },
  };
  protected _props() {
    return RangeFormatProxy.props;
  }
  protected override _navs() {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders };
  }
  get fill(): RangeFillProxy {
    return this._nav('fill', () => this._child(RangeFillProxy, (t) => t, 'fill'));
  }
  get font(): RangeFontProxy {
    return this._nav('font', () => this._child(RangeFontProxy, (t) => t, 'font'));
  }
  get borders(): RangeBorderCollectionProxy {
    return this._nav('borders', () => this._child(RangeBorderCollectionProxy, (t) => t, 'borders'));
  }
  /**
   * Estimates widths from the displayed text (about one character width per character, plus padding):
   * there is no font measuring here.
   */
  autofitColumns(): void {
    this._call('autofitColumns', [], (t) => {
      requireEditable(t, 'formatColumns');
      const d = this._ctx._host._date1904();
      const covered = mergeList(t.ws);
      const longest = new Map<number, number>();
      eachExistingCell(t.ws, t.b, (cell, r, c) => {
        if (covered.some((m) => m.r1 <= r && r <= m.r2 && m.c1 <= c && c <= m.c2 && m.c2 > m.c1)) return;
        const text = cellText(cell, d);
        const bold = cell.style?.font?.bold ? 1.1 : 1;
        const size = (cell.style?.font?.size ?? 11) / 11;
        longest.set(c, Math.max(longest.get(c) ?? 0, text.length * bold * size));
      });
      for (const [c, len] of longest) {
        if (len > 0) t.ws.getColumn(c).width = Math.min(255, Math.max(len + 1.7, 2));
      }
    });
  }
  /** Row heights are not measured here: rows keep their height (Excel would fit wrapped text). */
  autofitRows(): void {
    this._call('autofitRows', [], (t) => requireEditable(t, 'formatRows'), false);
  }
}
defineAccessors(RangeFormatProxy, RangeFormatProxy.props as never);
