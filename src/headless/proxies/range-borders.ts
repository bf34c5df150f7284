/** Excel.RangeBorderCollection and Excel.RangeBorder: edge and inside borders' style, weight and colour. */
import type * as ExcelJS from 'exceljs';
import { type StyleChange, findCellAt, fromColor, styleUpdater, toArgb } from '../cells';
import { type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';
import { type RangeRef, requireEditable } from './base';

// Borders: Excel's (style, weight) pairs <-> ExcelJS/OOXML border styles.
const ENCODE: Record<string, Record<string, ExcelJS.BorderStyle>> = {
  Continuous: { Hairline: 'hair', Thin: 'thin', Medium: 'medium', Thick: 'thick' },
  Dash: { Hairline: 'dashed', Thin: 'dashed', Medium: 'mediumDashed', Thick: 'mediumDashed' },
  DashDot: { Hairline: 'dashDot', Thin: 'dashDot', Medium: 'mediumDashDot', Thick: 'mediumDashDot' },
  DashDotDot: {
    Hairline: 'dashDotDot',
    Thin: 'dashDotDot',
    Medium: 'mediumDashDotDot',
    Thick: 'mediumDashDotDot',
  },
  Dot: { Hairline: 'dotted', Thin: 'dotted', Medium: 'dotted', Thick: 'dotted' },
  Double: { Hairline: 'double', Thin: 'double', Medium: 'double', Thick: 'double' },
  SlantDashDot: {
    Hairline: 'slantDashDot',
    Thin: 'slantDashDot',
    Medium: 'slantDashDot',
    Thick: 'slantDashDot',
  },
};
const DECODE: Record<string, [string, string]> = {
  hair: ['Continuous', 'Hairline'],
  thin: ['Continuous', 'Thin'],
  medium: ['Continuous', 'Medium'],
  thick: ['Continuous', 'Thick'],
  dashed: ['Dash', 'Thin'],
  mediumDashed: ['Dash', 'Medium'],
  dashDot: ['DashDot', 'Thin'],
  mediumDashDot: ['DashDot', 'Medium'],
  dashDotDot: ['DashDotDot', 'Thin'],
  mediumDashDotDot: ['DashDotDot', 'Medium'],
  dotted: ['Dot', 'Thin'],
  double: ['Double', 'Thick'],
  slantDashDot: ['SlantDashDot', 'Medium'],
};

type Side = 'top' | 'bottom' | 'left' | 'right';
const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
];

interface BorderRef {
  range: RangeRef;
  index: string;
}

/** A side of every cell of a rectangle. */
interface BorderPart {
  side: Side;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** The cells and sides an Excel border index covers (inside borders: none for a single row / column). */
function borderParts(ref: BorderRef): BorderPart[] {
  const { r1, c1, r2, c2 } = ref.range.b;
  switch (ref.index) {
    case 'EdgeTop':
      return [{ side: 'top', r1, c1, r2: r1, c2 }];
    case 'EdgeBottom':
      return [{ side: 'bottom', r1: r2, c1, r2, c2 }];
    case 'EdgeLeft':
      return [{ side: 'left', r1, c1, r2, c2: c1 }];
    case 'EdgeRight':
      return [{ side: 'right', r1, c1: c2, r2, c2 }];
    case 'InsideHorizontal':
      return r2 > r1
        ? [
            { side: 'bottom', r1, c1, r2: r2 - 1, c2 },
            { side: 'top', r1: r1 + 1, c1, r2, c2 },
          ]
        : [];
    case 'InsideVertical':
      return c2 > c1
        ? [
            { side: 'right', r1, c1, r2, c2: c2 - 1 },
            { side: 'left', r1, c1: c1 + 1, r2, c2 },
          ]
        : [];
  }
  return [];
}

function readBorder(ref: BorderRef): { style: string; weight: string; color: string } {
  const p = borderParts(ref)[0];
  const side = p ? findCellAt(ref.range.ws, p.r1, p.c1)?.style?.border?.[p.side] : undefined;
  if (!side?.style) return { style: 'None', weight: 'Thin', color: '#000000' };
  const [style, weight] = DECODE[side.style] ?? ['Continuous', 'Thin'];
  return { style, weight, color: fromColor(side.color, '#000000') ?? '#000000' };
}

/** One side of a cell's borders after a change of style, weight and / or colour. */
function borderSideChange(
  side: Side,
  change: { style?: string; weight?: string },
  argb: string | undefined,
): StyleChange {
  return {
    key: `border.${side}=${change.style}/${change.weight}/${argb}`,
    apply: (s) => {
      const border = { ...(s.border ?? {}) } as Partial<ExcelJS.Borders>;
      const cur = border[side];
      const [curStyle, curWeight] = cur?.style
        ? (DECODE[cur.style] ?? ['Continuous', 'Thin'])
        : ['None', 'Thin'];
      const style = change.style ?? (curStyle === 'None' ? 'Continuous' : curStyle);
      const weight = change.weight ?? curWeight;
      if (style === 'None') delete border[side];
      else {
        const color = argb ? { argb } : cur?.color;
        border[side] = { style: ENCODE[style][weight], ...(color ? { color: color as ExcelJS.Color } : {}) };
      }
      return { ...s, border: border as ExcelJS.Borders };
    },
  };
}

function writeBorder(ref: BorderRef, change: { style?: string; weight?: string; color?: string }): void {
  if (change.style !== undefined && change.style !== 'None' && !ENCODE[change.style]) {
    throw new HeadlessError('InvalidArgument', `Invalid border style '${change.style}'.`);
  }
  if (change.weight !== undefined && !['Hairline', 'Thin', 'Medium', 'Thick'].includes(change.weight)) {
    throw new HeadlessError('InvalidArgument', `Invalid border weight '${change.weight}'.`);
  }
  const argb = change.color !== undefined ? toArgb(change.color) : undefined;
  requireEditable(ref.range, 'formatCells');
  const { ws } = ref.range;
  for (const p of borderParts(ref)) {
    const update = styleUpdater(ws, borderSideChange(p.side, change, argb));
    for (let r = p.r1; r <= p.r2; r++) {
      const row = ws.getRow(r);
      const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
      for (let c = p.c1; c <= p.c2; c++) {
        const cell = cells[c - 1] ?? row.getCell(c);
        cell.style = update(cell.style) as ExcelJS.Style;
      }
    }
  }
}

export class RangeBorderCollectionProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeBorderCollection';
  }
  protected _props() {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    return this._nav(`item:${index}`, () =>
      this._child(
        RangeBorderProxy,
        (t) => {
          if (!BORDER_INDEXES.includes(index))
            throw new HeadlessError('InvalidArgument', `Unsupported border index '${index}'.`);
          return { range: t, index };
        },
        '',
        [index],
      ),
    );
  }
}

export class RangeBorderProxy extends ProxyBase<BorderRef> {
  get _typeName() {
    return 'RangeBorder';
  }
  static props: Record<string, PropSpec<BorderRef>> = {
    sideIndex: { get: (t) => t.index },
    style: { get: (t) => readBorder(t).style, set: (t, v) => writeBorder(t, { style: String(v) }) },
    weight: { get: (t) => readBorder(t).weight, set: (t, v) => writeBorder(t, { weight: String(v) }) },
    color: { get: (t) => readBorder(t).color, set: (t, v) => writeBorder(t, { color: String(v) }) },
  };
  protected _props() {
    return RangeBorderProxy.props;
  }
}
defineAccessors(RangeBorderProxy, RangeBorderProxy.props as never);
