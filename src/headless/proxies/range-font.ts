/** Excel.RangeFont: bold, italic, strikethrough, underline, colour, size and name. */
import type * as ExcelJS from 'exceljs';
import { fromColor, toArgb, valueKey } from '../cells';
import { type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';
import { type RangeRef, applyStyle, uniform } from './base';

const DEFAULT_FONT: Partial<ExcelJS.Font> = {
  name: 'Calibri',
  size: 11,
  family: 2,
  scheme: 'minor',
  color: { theme: 1 } as ExcelJS.Color,
};

function fontSetter(field: string, apply: (f: Partial<ExcelJS.Font>, v: unknown) => Partial<ExcelJS.Font>) {
  return (t: RangeRef, v: unknown) => {
    const vk = valueKey(v);
    applyStyle(t, {
      key: vk === undefined ? undefined : `font.${field}=${vk}`,
      apply: (s) => ({ ...s, font: apply({ ...DEFAULT_FONT, ...(s.font ?? {}) }, v) }),
    });
  };
}

const UNDERLINE_TO_EXCEL: Record<string, string> = {
  single: 'Single',
  double: 'Double',
  singleAccounting: 'SingleAccountant',
  doubleAccounting: 'DoubleAccountant',
};

export class RangeFontProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeFont';
  }
  static props: Record<string, PropSpec<RangeRef>> = {
    bold: {
      get: (t) => uniform(t, (s) => !!s?.font?.bold),
      set: fontSetter('bold', (f, v) => ({ ...f, bold: !!v })),
    },
    italic: {
      get: (t) => uniform(t, (s) => !!s?.font?.italic),
      set: fontSetter('italic', (f, v) => ({ ...f, italic: !!v })),
    },
    strikethrough: {
      get: (t) => uniform(t, (s) => !!s?.font?.strike),
      set: fontSetter('strikethrough', (f, v) => ({ ...f, strike: !!v })),
    },
    underline: {
      get: (t) =>
        uniform(t, (s) => {
          const u = s?.font?.underline;
          return u === true ? 'Single' : u ? (UNDERLINE_TO_EXCEL[u] ?? 'None') : 'None';
        }),
      set: fontSetter('underline', (f, v) => {
        const key = Object.entries(UNDERLINE_TO_EXCEL).find(([, e]) => e === v)?.[0];
        if (v === 'None') return { ...f, underline: undefined };
        if (!key) throw new HeadlessError('InvalidArgument', `Invalid underline '${String(v)}'.`);
        return { ...f, underline: key as ExcelJS.Font['underline'] };
      }),
    },
    color: {
      get: (t) => uniform(t, (s) => fromColor(s?.font?.color, '#000000')),
      set: fontSetter('color', (f, v) => ({ ...f, color: { argb: toArgb(v) } as ExcelJS.Color })),
    },
    size: {
      get: (t) => uniform(t, (s) => s?.font?.size ?? 11),
      set: fontSetter('size', (f, v) => {
        if (typeof v !== 'number' || v < 1 || v > 409)
          throw new HeadlessError('InvalidArgument', 'Invalid font size.');
        return { ...f, size: v };
      }),
    },
    name: {
      get: (t) => uniform(t, (s) => s?.font?.name ?? 'Calibri'),
      set: fontSetter('name', (f, v) => ({ ...f, name: String(v), family: undefined, scheme: undefined })),
    },
  };
  protected _props() {
    return RangeFontProxy.props;
  }
}
defineAccessors(RangeFontProxy, RangeFontProxy.props as never);
