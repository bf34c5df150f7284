/**
 * Excel.HeaderFooterGroup and Excel.HeaderFooter (ExcelApi 1.9): the page header and footer of a worksheet.
 * Only the header and footer for all pages (defaultForAllPages) is kept, as the file's odd-page header and
 * footer: '&L...&C...&R...', each part in Excel's codes (&P page, &N pages, && an ampersand).
 */
import type * as ExcelJS from 'exceljs';
import { type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';

type Part = 'left' | 'center' | 'right';
type Where = 'oddHeader' | 'oddFooter';

/** '&LAs at 31/03/2025&CPage &P of &N' -> its left, centre and right parts (text before any code: centre). */
export function splitHeaderFooter(text: string | null | undefined): Record<Part, string> {
  const out: Record<Part, string> = { left: '', center: '', right: '' };
  const s = text ?? '';
  let part: Part = 'center';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const next = s[i + 1];
    if (ch === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      part = next === 'L' ? 'left' : next === 'C' ? 'center' : 'right';
      i++;
    } else if (ch === '&' && next !== undefined) {
      out[part] += ch + next; // a code (&P, &N, &&...) kept whole
      i++;
    } else {
      out[part] += ch;
    }
  }
  return out;
}

export function joinHeaderFooter(parts: Record<Part, string>): string {
  return (
    (parts.left ? `&L${parts.left}` : '') +
    (parts.center ? `&C${parts.center}` : '') +
    (parts.right ? `&R${parts.right}` : '')
  );
}

/** Excel's limit on a header or footer's text, all parts together. */
const MAX_HEADER_FOOTER = 255;

function partSpec(where: Where, part: Part): PropSpec<ExcelJS.Worksheet> {
  return {
    get: (ws) => splitHeaderFooter(ws.headerFooter?.[where])[part],
    set: (ws, v) => {
      if (typeof v !== 'string') throw new HeadlessError('InvalidArgument', 'A header or footer is text.');
      const hf = ws.headerFooter ?? (ws.headerFooter = {} as ExcelJS.HeaderFooter);
      const parts = splitHeaderFooter(hf[where]);
      parts[part] = v;
      const joined = joinHeaderFooter(parts);
      if (joined.length > MAX_HEADER_FOOTER) {
        throw new HeadlessError(
          'InvalidArgument',
          `A header or footer holds at most ${MAX_HEADER_FOOTER} characters.`,
        );
      }
      hf[where] = joined || (undefined as unknown as string);
    },
  };
}

export class HeaderFooterProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'HeaderFooter';
  }
  static props: Record<string, PropSpec<ExcelJS.Worksheet>> = {
    leftHeader: partSpec('oddHeader', 'left'),
    centerHeader: partSpec('oddHeader', 'center'),
    rightHeader: partSpec('oddHeader', 'right'),
    leftFooter: partSpec('oddFooter', 'left'),
    centerFooter: partSpec('oddFooter', 'center'),
    rightFooter: partSpec('oddFooter', 'right'),
  };
  protected _props() {
    return HeaderFooterProxy.props;
  }
}
defineAccessors(HeaderFooterProxy, HeaderFooterProxy.props as never);

export class HeaderFooterGroupProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'HeaderFooterGroup';
  }
  static props: Record<string, PropSpec<ExcelJS.Worksheet>> = {
    state: {
      get: () => 'Default',
      set: (_ws, v) => {
        if (v !== 'Default') {
          throw new HeadlessError(
            'NotImplemented',
            `Header and footer state '${String(v)}' is not supported here.`,
          );
        }
      },
    },
  };
  protected _props() {
    return HeaderFooterGroupProxy.props;
  }
  protected override _navs() {
    return { defaultForAllPages: () => this.defaultForAllPages };
  }
  /** The header and footer of every page. */
  get defaultForAllPages(): HeaderFooterProxy {
    return this._nav('defaultForAllPages', () =>
      this._child(HeaderFooterProxy, (ws) => ws, 'defaultForAllPages'),
    );
  }
}
defineAccessors(HeaderFooterGroupProxy, HeaderFooterGroupProxy.props as never);
