import type { CellRef } from '../grid';
import type { EvidenceNote, Kloe, Measure, MeasureSettings } from '../framework/types';
import type { MeasureFigures, SpcVariation } from '../calc/types';
import type { Finding } from '../validate/types';

/** Everything the Panel summary shows, as plain data (also the basis of `pmf summary --json`). */
export interface SummaryModel {
  readonly title: string;
  /** ISO date the report is as at. */
  readonly asAt: string;
  /** ISO timestamp the summary was produced. */
  readonly producedAt: string;
  /** The workbook's file name, when known. */
  readonly workbookName: string;
  /** Every KLOE, in framework order (context and demand first). */
  readonly sections: readonly KloeSection[];
  readonly findings: readonly Finding[];
  /** Measures shown on the sheet, for the definitions section, in first-shown order. */
  readonly definitions: readonly Measure[];
  /** What the front page shows: counts, the measures that most need attention, gaps in coverage. */
  readonly frontPage: FrontPage;
}

export interface KloeSection {
  readonly kloe: Kloe;
  readonly rows: readonly MeasureRow[];
  /** Evidence notes recorded for the KLOE (shown always; the only content when rows is empty). */
  readonly evidence: readonly EvidenceNote[];
}

export interface MeasureRow {
  readonly measure: Measure;
  readonly settings: MeasureSettings;
  readonly figures: MeasureFigures;
  /** The source row, for the measure name's hyperlink. */
  readonly link: CellRef | null;
  /** The plain-English sentence written from the figures (summary/sentence.ts); null with nothing to say. */
  readonly sentence: string | null;
}

/* ---------- the front page ---------- */

/**
 * Why a measure needs the Panel's attention, most pressing first: a special cause of concern on its
 * control chart, red against target, worse in each of the last two periods or more, far behind England.
 */
export type AttentionReasonCode = 'concern' | 'red' | 'worsening' | 'farFromEngland';

export interface AttentionReason {
  readonly code: AttentionReasonCode;
  /** The reason in a few words: 'Red against the target of 10.0%', 'Worse for 3 periods running'. */
  readonly text: string;
}

export interface AttentionItem {
  readonly row: MeasureRow;
  /** Every reason that applies, most pressing first. */
  readonly reasons: readonly AttentionReason[];
}

export interface FrontPage {
  /** Each shown measure counted once. */
  readonly measures: number;
  readonly rag: {
    readonly green: number;
    readonly amber: number;
    readonly red: number;
    readonly none: number;
  };
  readonly direction: {
    readonly improving: number;
    readonly worsening: number;
    readonly stable: number;
    /** Context-only measures and those with no previous figure. */
    readonly none: number;
  };
  /**
   * Is the latest change real? The variation of each measure's latest figure on its control chart;
   * 'none': fewer than 12 points, so no chart.
   */
  readonly variation: Readonly<Record<SpcVariation | 'none', number>>;
  /** Every measure with a reason, ordered by its most pressing reason, then framework order. */
  readonly attention: readonly AttentionItem[];
  /** Lines of enquiry with no measure on the summary and no evidence recorded. */
  readonly unevidencedKloes: readonly Kloe[];
  /** Data-quality findings still open, by severity. */
  readonly openErrors: number;
  readonly openWarnings: number;
}

/* ---------- SheetPlan: the summary sheet as plain data, written by src/excel/ ---------- */

export type HAlign = 'Left' | 'Center' | 'Right';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** '#RRGGBB' */
  readonly fontColor?: string;
  readonly fontSize?: number;
  /** '#RRGGBB' */
  readonly fill?: string;
  readonly horizontalAlignment?: HAlign;
  readonly verticalAlignment?: 'Top' | 'Center' | 'Bottom';
  readonly wrapText?: boolean;
  /** Thin border on every edge of every cell of the range. */
  readonly border?: boolean;
  /** Thin border along the bottom edge only. */
  readonly bottomBorder?: boolean;
}

/** A style applied to a rectangle of the plan (0-based plan coordinates). */
export interface StyledRange {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
  readonly style: CellStyle;
}

export interface PlanHyperlink {
  readonly row: number;
  readonly col: number;
  /** Internal target, e.g. "'Monthly data'!B12". */
  readonly documentReference: string;
  readonly screenTip?: string;
}

export interface SheetPlan {
  readonly sheetName: string;
  /**
   * Rectangular grid of cell contents. Strings are always written as text (never as formulas); numbers
   * as numbers; null as an empty cell.
   */
  readonly values: readonly (readonly (string | number | null)[])[];
  /** Same shape as values. '@' marks text cells; number formats per unit elsewhere; 'General' by default. */
  readonly numberFormats: readonly (readonly string[])[];
  readonly styles: readonly StyledRange[];
  /** 0-based plan coordinates of merged rectangles. */
  readonly merges: readonly { row: number; col: number; rowCount: number; colCount: number }[];
  readonly hyperlinks: readonly PlanHyperlink[];
  /** Column widths in points (Excel's columnWidth unit), one per plan column. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (the column header row and above). */
  readonly freezeRows: number;
  /** 0-based plan row of the column header that repeats on each printed page; null for none. */
  readonly printTitleRow: number | null;
  readonly tabColor?: string;
  /**
   * A cell (0-based plan coordinates) holding the marker text that identifies the sheet as the
   * add-in's own, so a refresh replaces only its own sheet.
   */
  readonly marker: { readonly row: number; readonly col: number; readonly text: string };
  /**
   * Heights in points of rows taller than the default: wrapped text, estimated from its length and the
   * (merged) width it has. Neither Excel on opening a file nor LibreOffice fits rows to wrapped text, and
   * Excel's autofit ignores merged cells, so every such row is set.
   */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** Optional (added by summary/): how the sheet prints, e.g. A4 landscape, one page wide. */
  readonly pageSetup?: {
    readonly orientation: 'Landscape' | 'Portrait';
    readonly paperSize: 'A4' | 'A3';
    /** Scale to this many pages wide (any number of pages tall). */
    readonly fitToPagesWide: number;
    /** Scale to this many pages tall too; absent or 0: as many as the content needs. */
    readonly fitToPagesTall?: number;
    /**
     * The first N plan columns are the printed area (columns after them are on screen only); absent: all.
     */
    readonly printColumns?: number;
    /** Page footer, in Excel's header and footer codes (&P page, &N pages; '&' itself doubled). */
    readonly footer?: { readonly left?: string; readonly center?: string; readonly right?: string };
    /** Margins in points (left and right, top and bottom); absent: Excel's. */
    readonly margins?: {
      readonly left: number;
      readonly right: number;
      readonly top: number;
      readonly bottom: number;
    };
    /** 0-based plan rows that start a new printed page. */
    readonly pageBreaksBefore?: readonly number[];
  };
}
