import type { CellRef } from '../grid';
import type { Framework } from '../framework/types';
import type { Series } from '../series/types';
import type { BrokenTagRow, Tag } from '../tags/types';
import type { MeasureFigures } from '../calc/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Plain English, naming the measure, the sheet and the cell; it may say what the officer should do. */
  readonly message: string;
  /**
   * The same finding for councillors on the Panel's summary sheet: what is missing or wrong in plain words,
   * with no instructions meant for officers ('Set one in the Framework view'). Absent when `message` serves.
   */
  readonly panelMessage?: string;
  readonly measureId?: string;
  readonly tagId?: string;
  readonly kloeId?: string;
  /** Where to jump to; absent for workbook-wide findings (coverage). */
  readonly cell?: CellRef;
}

/** What every rule sees. */
export interface CheckContext {
  readonly framework: Framework;
  readonly tags: readonly Tag[];
  readonly brokenTagRows: readonly BrokenTagRow[];
  /** Name of the hidden tag sheet, for messages about broken rows. */
  readonly tagSheetName: string;
  readonly series: readonly Series[];
  readonly figures: readonly MeasureFigures[];
  /** ISO date. */
  readonly asAt: string;
  readonly sheetNames: readonly string[];
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** One line: what the rule looks for. */
  readonly description: string;
  readonly run: (ctx: CheckContext) => readonly Finding[];
}
