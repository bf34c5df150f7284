import type { CellRef } from '../domain/grid';
import type { Framework } from '../domain/framework/types';
import type { BrokenTagRow, ComparatorRole, RowRole, Tag, TagRole, TagState } from '../domain/tags/types';
import type { MeasureFigures } from '../domain/calc/types';
import type { Finding } from '../domain/validate/types';
import type { SummaryModel } from '../domain/summary/types';
import type { RowSuggestion } from '../domain/tags/suggest';
import type { LongTableShape } from '../domain/layout/longTableShape';
import type { TableSource } from '../domain/tables/types';
import type { SheetChange } from './changes';

export type { SheetChange } from './changes';

/** The selected row as the Tag view shows it. */
export interface SelectionInfo {
  readonly sheet: string;
  /** 1-based sheet row and column of the active cell. */
  readonly row: number;
  readonly column: number;
  readonly address: string;
  /** Rows selected (more than 1 when a range of child-level records is selected). */
  readonly rowCount: number;
  /** The row's label, '' when it has none. */
  readonly label: string;
  readonly headerRow: number | null;
  /** Period labels detected for the row, oldest first. */
  readonly periods: readonly string[];
  /** The newest period's label and value as read, when any. */
  readonly latest: { readonly label: string; readonly value: number | null; readonly text: string } | null;
  /** Tags on this row or column. */
  readonly tagIds: readonly string[];
  /** Ranked suggestions for the row. */
  readonly suggestions: readonly { readonly measureId: string; readonly score: number }[];
  /** Why the row cannot be tagged (blank, header, outside the used range), or null. */
  readonly refusal: string | null;
  /**
   * On an area table (one row per area, periods across): the heading the measure is suggested from, and the
   * role the row is proposed with (England's, the region's or the neighbours' row as that benchmark).
   */
  readonly areaTable?: { readonly heading: string; readonly role: RowRole | ComparatorRole } | null;
  /** On a long (tidy) table: its shape, our area (the selected row's) and every area found. */
  readonly longTable?: LongTableShape | null;
  /**
   * The child-level table the selected cell is in, when it is in one (a 903 table recognised by its headers,
   * or a log with headers of its own); absent or null otherwise.
   */
  readonly table?: TableAtSelection | null;
}

/** A table around the selection, as the Tag view offers it for tagging. */
export interface TableAtSelection {
  /** The 903 table its headers name; null when they are the authority's own (the officer maps them). */
  readonly recognised: TableSource | null;
  /** Every column the recognised table's measures need is there under its 903 name. */
  readonly complete: boolean;
  readonly headerRow: number;
  /** The range to tag ('A3:F812'); absent when the table is the sheet's used range. */
  readonly range?: string;
  /** The header cells, left to right. */
  readonly headers: readonly { readonly text: string; readonly column: number }[];
}

/** A table tag asked for: the sheet, the table's kind, its range (default: the used range) and the maps. */
export interface TableTagRequest {
  readonly kind: 'table';
  readonly sheet: string;
  readonly source: TableSource;
  readonly range?: string;
  /** Field -> the table's own header ('CHILD' -> 'Young person ID'). */
  readonly map?: Readonly<Record<string, string>>;
  /** Field -> { the table's own word -> the 903 code }. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** What a table would give, shown before its tag is saved. */
export interface TablePreview {
  readonly sheet: string;
  readonly source: TableSource;
  /** 'the 903 missing table (Missing!A1:F812)' */
  readonly table: string;
  /** Why it cannot be tagged (a column a measure needs is missing...), or null. */
  readonly error: string | null;
  /** Rows read, and rows left out of every figure for an error. */
  readonly rows: number;
  readonly leftOut: number;
  /** The measures it gives for the latest year it covers. */
  readonly figures: readonly MeasureFigures[];
  /** What the checks at source found in it. */
  readonly findings: readonly Finding[];
}

export interface TagListItem {
  readonly tag: Tag;
  readonly state: TagState;
}

/** Everything the pane shows, read in one go. */
export interface WorkbookState {
  readonly workbookName: string;
  readonly sheetNames: readonly string[];
  readonly framework: Framework;
  /** Problems reading the settings sheet, each naming its row. */
  readonly settingsProblems: readonly string[];
  readonly tags: readonly TagListItem[];
  readonly brokenTagRows: readonly BrokenTagRow[];
  readonly figures: readonly MeasureFigures[];
  readonly findings: readonly Finding[];
  readonly asAt: string;
}

export type TagRequest =
  | {
      readonly kind: 'row';
      readonly sheet: string;
      readonly row: number;
      readonly measureId: string;
      /** Our figures (value, numerator, denominator) or a benchmark's (England, ..., peers). */
      readonly role: RowRole | ComparatorRole;
      /** The row of period headers to read the row against, when the officer chooses it. */
      readonly headerRow?: number;
      /** Peers: the last row of a block of rows, one authority each. */
      readonly lastRow?: number;
      /** Role 'comparator': the name the officer gives it. */
      readonly name?: string;
    }
  | {
      readonly kind: 'column';
      readonly sheet: string;
      readonly column: number;
      readonly firstRow: number;
      readonly lastRow: number;
      readonly measureId: string;
      /**
       * 'records' (default): a column of child-level records. 'value', 'numerator' or 'denominator': a
       * series on a sheet laid out periods down the rows (periods read from the column of periods to its left).
       */
      readonly role?: TagRole;
      /** Role 'comparator': the name the officer gives it. */
      readonly name?: string;
    }
  | {
      /** A column of a long (tidy) table: one row per area x period. */
      readonly kind: 'longTable';
      readonly sheet: string;
      /** The value column: 1-based, or its header ('percentage'). */
      readonly column: number | string;
      readonly measureId: string;
      readonly role: RowRole | ComparatorRole;
      /** The column of periods: its header ('time_period') or letter. */
      readonly periodColumn: string;
      /** Rows kept: each filter's column (header or letter) holds one of its values ('' = blank). */
      readonly where?: readonly { readonly column: string; readonly values: readonly string[] }[];
      /** Peers: each value of this column (header or letter) is one peer. */
      readonly by?: string;
      /** The table's rows; default from the row under the column's header to the last filled row. */
      readonly firstRow?: number;
      readonly lastRow?: number;
      readonly name?: string;
    }
  | TableTagRequest;

/**
 * A row of a sheet the add-in proposes to tag, for the officer to accept or reject: the best measure and
 * its score (0-1), and the role ('value', or the count behind a percentage measure).
 */
export type SheetSuggestion = Omit<RowSuggestion, 'alternatives' | 'suggestions'>;

export interface SummaryWriteResult {
  readonly sheetName: string;
  /** The front page written beside the summary. */
  readonly frontPageSheetName: string;
  /** True when a user's own sheet had the wanted name, so the summary went to another name. */
  readonly renamedBecauseTaken: boolean;
  readonly measures: number;
  readonly findings: number;
  readonly errors: number;
  readonly model: SummaryModel;
}

/** Tags removed, each with its place in the tag table, so they can be put back exactly as they were. */
export type RemovedTags = readonly { readonly tag: Tag; readonly index: number }[];

export interface Progress {
  readonly step: string;
  /** 0-1 */
  readonly fraction: number;
}

/** What the pane asks of the workbook. Implemented over Excel (src/excel/) and faked in component tests. */
export interface PmfService {
  load(asAt?: string): Promise<WorkbookState>;
  describeSelection(): Promise<SelectionInfo | null>;
  /** Calls back when the user selects other cells; returns an unsubscribe function. */
  onSelectionChanged(callback: () => void): Promise<() => void>;
  /**
   * Calls back when cells of the named sheets change (the tagged sheets: the figures are then out of date);
   * returns an unsubscribe function.
   */
  onSheetsChanged(sheets: readonly string[], callback: (change: SheetChange) => void): Promise<() => void>;
  tag(request: TagRequest): Promise<Tag>;
  /** What a table would give if tagged: figures and checks, nothing saved. */
  previewTable(request: TableTagRequest, asAt?: string): Promise<TablePreview>;
  /** Proposed tags for every data row of a sheet not tagged yet; nothing is tagged. */
  suggestSheet(sheet: string): Promise<readonly SheetSuggestion[]>;
  /** Tags several rows at once (the proposals an officer accepted), in one write. */
  tagMany(requests: readonly TagRequest[]): Promise<readonly Tag[]>;
  /** Removes a tag; returns it with its place, for restoreTags (Undo). */
  untag(tagId: string): Promise<RemovedTags>;
  /** Removes several tags in one write (all or none); returns them with their places. */
  untagMany(tagIds: readonly string[]): Promise<RemovedTags>;
  /** Puts removed tags back as they were (Undo of untag). */
  restoreTags(removed: RemovedTags): Promise<void>;
  saveFramework(framework: Framework): Promise<void>;
  writeSummary(asAt: string, onProgress?: (p: Progress) => void): Promise<SummaryWriteResult>;
  select(cell: CellRef): Promise<void>;
}
