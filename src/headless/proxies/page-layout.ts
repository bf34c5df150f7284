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
 * Excel.PaperType -> the file format's paper size numbers (ECMA-376 Part 1, ST_PaperSize; the same numbers as
 * Excel's XlPaperSize). A sheet with no paper size prints on Letter (1), the attribute's default.
 */
const PAPER_SIZES: Record<string, number> = {
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
  Folio: 14,
  Quatro: 15,
  Paper10x14: 16,
  Paper11x17: 17,
  Note: 18,
  Envelope9: 19,
  Envelope10: 20,
  Envelope11: 21,
  Envelope12: 22,
  Envelope14: 23,
  Csheet: 24,
  Dsheet: 25,
  Esheet: 26,
  EnvelopeDL: 27,
  EnvelopeC5: 28,
  EnvelopeC3: 29,
  EnvelopeC4: 30,
  EnvelopeC6: 31,
  EnvelopeC65: 32,
  EnvelopeB4: 33,
  EnvelopeB5: 34,
  EnvelopeB6: 35,
  EnvelopeItaly: 36,
  EnvelopeMonarch: 37,
  EnvelopePersonal: 38,
  FanfoldUS: 39,
  FanfoldStdGerman: 40,
  FanfoldLegalGerman: 41,
};

/** A number of pages to fit to: a whole number, 0 meaning "automatic" (as many as needed). */
function pagesToFit(v: unknown, which: string): number {
  if (v === undefined || v === null) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 32767)
    throw new HeadlessError('InvalidArgument', `${which} must be a whole number of pages (0 for automatic).`);
  return v;
}

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
          // The file's fitToWidth / fitToHeight, 0 meaning automatic: written as given (an omitted one is
          // automatic), never left to the attribute's default of 1.
          const wide = pagesToFit(z.horizontalFitToPages, 'horizontalFitToPages');
          const tall = pagesToFit(z.verticalFitToPages, 'verticalFitToPages');
          ws.pageSetup.fitToPage = true;
          ws.pageSetup.fitToWidth = wide;
          ws.pageSetup.fitToHeight = tall;
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
      get: (ws) =>
        Object.entries(PAPER_SIZES).find(([, n]) => n === (ws.pageSetup.paperSize ?? 1))?.[0] ?? 'Letter',
      set: (ws, v) => {
        const n = PAPER_SIZES[String(v)];
        if (n === undefined) throw new HeadlessError('InvalidArgument', `Invalid paper size '${String(v)}'.`);
        ws.pageSetup.paperSize = n as ExcelJS.PageSetup['paperSize'];
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
    return this._nav('headersFooters', () =>
      this._child(HeaderFooterGroupProxy, (ws) => ws, 'headersFooters'),
    );
  }
  /** '$5:$5' or a range: the rows repeated at the top of each printed page. */
  setPrintTitleRows(rows: string | RangeProxy): void {
    this._call('setPrintTitleRows', [rows], (ws) => {
      ws.pageSetup.printTitlesRow = rowsSpec(rows, 'rows');
    });
  }
  setPrintTitleColumns(columns: string | RangeProxy): void {
    this._call('setPrintTitleColumns', [columns], (ws) => {
      ws.pageSetup.printTitlesColumn = rowsSpec(columns, 'columns');
    });
  }
  setPrintArea(area: string | RangeProxy): void {
    this._call('setPrintArea', [area], (ws) => {
      const b = typeof area === 'string' ? parseAddress(splitSheetAddress(area).local) : area._resolve()?.b;
      if (!b) throw new HeadlessError('InvalidArgument', 'setPrintArea needs a range.');
      ws.pageSetup.printArea = printAreaForFile(formatBounds(b));
    });
  }
}
defineAccessors(PageLayoutProxy, PageLayoutProxy.props as never);
