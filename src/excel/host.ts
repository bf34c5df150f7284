/**
 * How src/excel/ reaches a workbook. In Excel: Office's own `Excel.run` (with delayForCellEdit, so a run
 * waits while the user is editing a cell instead of failing) and Office's requirement-set test. The CLI,
 * the tests and the browser harness pass the headless workbook's instead.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  readonly supportsExcelApi: (version: string) => boolean;
}

export const officeHost: ExcelHost = {
  run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
  supportsExcelApi: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
};
