/**
 * How src/excel/ reaches a workbook. In Excel: Office's own `Excel.run` (with delayForCellEdit, so a run
 * waits while the user is editing a cell instead of failing) and Office's requirement-set test. The CLI,
 * the tests and the browser harness pass the headless workbook's instead.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run(context, batch): goes on with the context of an earlier run (to remove its event handlers). */
export type ExcelResume = <T>(
  context: Excel.RequestContext | OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface ExcelHost {
  readonly run: ExcelRun;
  /** Excel.run with an earlier context; needed only to stop watching for changes (changes.ts). */
  readonly resume?: ExcelResume;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  readonly supportsExcelApi: (version: string) => boolean;
}

export const officeHost: ExcelHost = {
  run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
  resume: (context, batch) => Excel.run(context, batch),
  supportsExcelApi: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
};
