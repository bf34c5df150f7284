/** Excel.RangeFill: a range's solid fill colour. */
import type * as ExcelJS from 'exceljs';
import { type StyleChange, fromColor, toArgb } from '../cells';
import { type PropSpec, ProxyBase, defineAccessors } from '../context';
import { type RangeRef, applyStyle, uniform } from './base';

const NO_FILL: StyleChange = { key: 'fill=none', apply: ({ fill: _drop, ...rest }) => rest };

export class RangeFillProxy extends ProxyBase<RangeRef> {
  get _typeName() {
    return 'RangeFill';
  }
  static props: Record<string, PropSpec<RangeRef>> = {
    /** Excel returns '#FFFFFF' for no fill and null when the cells differ. */
    color: {
      get: (t) =>
        uniform(t, (s) => {
          const f = s?.fill as ExcelJS.FillPattern | undefined;
          if (!f || f.type !== 'pattern' || f.pattern === 'none') return '#FFFFFF';
          return fromColor(f.fgColor, '#FFFFFF');
        }),
      set: (t, v) => {
        if (v === '' || v === null) {
          applyStyle(t, NO_FILL);
          return;
        }
        const argb = toArgb(v);
        applyStyle(t, {
          key: `fill=${argb}`,
          apply: (s) => ({
            ...s,
            fill: {
              type: 'pattern',
              pattern: 'solid',
              fgColor: { argb },
              bgColor: { indexed: 64 },
            } as ExcelJS.Fill,
          }),
        });
      },
    },
  };
  protected _props() {
    return RangeFillProxy.props;
  }
  clear(): void {
    this._call('clear', [], (t) => applyStyle(t, NO_FILL));
  }
}
defineAccessors(RangeFillProxy, RangeFillProxy.props as never);
