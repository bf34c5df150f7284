/**
 * Excel.PageLayout (ExcelApi 1.9): orientation, paper size, zoom and fit to pages, margins, print titles and
 * area, and the header and footer (headersFooters).
 */
import type * as ExcelJS from 'exceljs';
import { columnLetters, formatBounds, parseAddress, splitSheetAddress } from '../address';
import { type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';
import { HeaderFooterGroupProxy } from './header-footer';
import type { RangeProxy } from './range';

/** Excel.PaperType names and the paper sizes a file records for them (ECMA-376 paperSize). */
const PAPER_SIZES: Readonly<Record<string, number>> = {
  Letter: 1,
  LetterSmall: 2,
  Tabloid: 3,
  Ledger: 4,
  Legal: 5,
  Statement: 6,
  Executive: 7,
  A3: 8,
  A4: 9,
  A4Small: 10,
  A5: 11,
  B4: 12,
  B5: 13,
};

function rowsSpec(input: string | RangeProxy, kind: 'rows' | 'columns'): string {
  const b = typeof input === 'string' ? parseAddress(splitSheetAddress(input).local) : input._resolve()?.b;
  if (!b) throw new HeadlessError('InvalidArgument', 'A range is needed.');
  return kind === 'rows' ? `${b.r1}:${b.r2}` : `${columnLetters(b.c1)}:${columnLetters(b.c2)}`;
}

const margin = (key: keyof ExcelJS.Margins, fallbackInches: number): PropSpec<ExcelJS.Worksheet> => ({
  get: (ws) => Math.round((ws.pageSetup.margins?.[key] ?? fallbackInches) * 72 * 100) / 100,
  set: (ws, v) => {
    if (typeof v !== 'number' || v < 0)
      throw new HeadlessError('InvalidArgument', 'Margins are points >= 0.');
    const m = {
      left: 0.7,
      right: 0.7,
      top: 0.75,
      bottom: 0.75,
      header: 0.3,
      footer: 0.3,
      ...(ws.pageSetup.margins ?? {}),
    };
    ws.pageSetup.margins = { ...m, [key]: v / 72 };
  },
});

/**
 * ExcelJS writes a print area 'A1:J164' as '$A1:$J164' (it puts '$' before each corner only), which
 * LibreOffice does not take as the print area; 'A$1:J$164' comes out as the absolute '$A$1:$J$164'.
 * Whole rows and columns ('5:9', 'A:J') come out right as they are.
 */
function printAreaForFile(area: string): string {
  return area.replace(/([A-Z]+)(\d+)/g, '$1$$$2');
}

export class PageLayoutProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'PageLayout';
  }
  static props: Record<string, PropSpec<ExcelJS.Worksheet>> = {
    orientation: {
      get: (ws) => (ws.pageSetup.orientation === 'landscape' ? 'Landscape' : 'Portrait'),
      set: (ws, v) => {
        if (v !== 'Landscape' && v !== 'Portrait')
          throw new HeadlessError('InvalidArgument', `Invalid orientation '${String(v)}'.`);
        ws.pageSetup.orientation = v === 'Landscape' ? 'landscape' : 'portrait';
      },
    },
    zoom: {
      get: (ws) =>
        ws.pageSetup.fitToPage
          ? {
              horizontalFitToPages: ws.pageSetup.fitToWidth ?? 1,
              verticalFitToPages: ws.pageSetup.fitToHeight ?? 1,
            }
          : { scale: ws.pageSetup.scale ?? 100 },
      set: (ws, v) => {
        const z = (v ?? {}) as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
        if (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined) {
          ws.pageSetup.fitToPage = true;
          ws.pageSetup.fitToWidth = z.horizontalFitToPages ?? 0;
          ws.pageSetup.fitToHeight = z.verticalFitToPages ?? 0;
        } else if (typeof z.scale === 'number') {
          if (z.scale < 10 || z.scale > 400)
            throw new HeadlessError('InvalidArgument', 'Zoom scale must be 10..400.');
          ws.pageSetup.fitToPage = false;
          ws.pageSetup.scale = z.scale;
        } else
          throw new HeadlessError(
            'InvalidArgument',
            'zoom needs scale or horizontalFitToPages/verticalFitToPages.',
          );
      },
    },
    paperSize: {
      // A file with no paper size prints on Letter, as Excel reads it.
      get: (ws) =>
        Object.keys(PAPER_SIZES).find((k) => PAPER_SIZES[k] === (ws.pageSetup.paperSize ?? 1)) ?? 'Letter',
      set: (ws, v) => {
        const size = typeof v === 'string' ? PAPER_SIZES[v] : undefined;
        if (size === undefined)
          throw new HeadlessError('InvalidArgument', `Invalid paper size '${String(v)}'.`);
        ws.pageSetup.paperSize = size as ExcelJS.PaperSize;
      },
    },
    printGridlines: {
      get: (ws) => !!ws.pageSetup.showGridLines,
      set: (ws, v) => (ws.pageSetup.showGridLines = !!v),
    },
    centerHorizontally: {
      get: (ws) => !!ws.pageSetup.horizontalCentered,
      set: (ws, v) => (ws.pageSetup.horizontalCentered = !!v),
    },
    centerVertically: {
      get: (ws) => !!ws.pageSetup.verticalCentered,
      set: (ws, v) => (ws.pageSetup.verticalCentered = !!v),
    },
    leftMargin: margin('left', 0.7),
    rightMargin: margin('right', 0.7),
    topMargin: margin('top', 0.75),
    bottomMargin: margin('bottom', 0.75),
    headerMargin: margin('header', 0.3),
    footerMargin: margin('footer', 0.3),
  };
  protected _props() {
    return PageLayoutProxy.props;
  }
  protected override _navs() {
    return { headersFooters: () => this.headersFooters };
  }
  /** The page header and footer. */
  get headersFooters(): HeaderFooterGroupProxy {
    return this._nav('headersFooters', () => this._child(HeaderFooterGroupProxy, (ws) => ws));
  }
  /** '$5:$5' or a range: the rows repeated at the top of each printed page. */
  setPrintTitleRows(rows: string | RangeProxy): void {
    this._call('setPrintTitleRows', [typeof rows === 'string' ? rows : { o: rows._id }], (ws) => {
      ws.pageSetup.printTitlesRow = rowsSpec(rows, 'rows');
    });
  }
  setPrintTitleColumns(columns: string | RangeProxy): void {
    this._call('setPrintTitleColumns', [typeof columns === 'string' ? columns : { o: columns._id }], (ws) => {
      ws.pageSetup.printTitlesColumn = rowsSpec(columns, 'columns');
    });
  }
  setPrintArea(area: string | RangeProxy): void {
    this._call('setPrintArea', [typeof area === 'string' ? area : { o: area._id }], (ws) => {
      const b = typeof area === 'string' ? parseAddress(splitSheetAddress(area).local) : area._resolve()?.b;
      if (!b) throw new HeadlessError('InvalidArgument', 'setPrintArea needs a range.');
      ws.pageSetup.printArea = printAreaForFile(formatBounds(b));
    });
  }
}
defineAccessors(PageLayoutProxy, PageLayoutProxy.props as never);
