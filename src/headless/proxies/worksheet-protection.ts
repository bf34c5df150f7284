/**
 * Excel.WorksheetProtection (Review > Protect Sheet): whether a sheet is protected and what its protection
 * allows. A protected sheet refuses changes to its locked cells and the formatting its options do not allow
 * (see requireEditable in base.ts). Read from the sheet's <sheetProtection> element, which ExcelJS keeps.
 */
import type * as ExcelJS from 'exceljs';
import { type PropSpec, ProxyBase, defineAccessors } from '../context';
import { sheetProtection } from './base';

/** ExcelJS's sheetProtection flags (true: allowed while protected) <-> WorksheetProtectionOptions. */
const OPTIONS: Record<string, string> = {
  allowAutoFilter: 'autoFilter',
  allowDeleteColumns: 'deleteColumns',
  allowDeleteRows: 'deleteRows',
  allowFormatCells: 'formatCells',
  allowFormatColumns: 'formatColumns',
  allowFormatRows: 'formatRows',
  allowInsertColumns: 'insertColumns',
  allowInsertHyperlinks: 'insertHyperlinks',
  allowInsertRows: 'insertRows',
  allowPivotTables: 'pivotTables',
  allowSort: 'sort',
};

function options(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const p = (sheetProtection(ws) ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [option, flag] of Object.entries(OPTIONS)) out[option] = p[flag] === true;
  out.allowEditObjects = p.objects !== false;
  out.allowEditScenarios = p.scenarios !== false;
  out.selectionMode =
    p.selectLockedCells === false ? (p.selectUnlockedCells === false ? 'None' : 'Unlocked') : 'Normal';
  return out;
}

export class WorksheetProtectionProxy extends ProxyBase<ExcelJS.Worksheet> {
  get _typeName() {
    return 'WorksheetProtection';
  }
  static props: Record<string, PropSpec<ExcelJS.Worksheet>> = {
    protected: { get: (ws) => sheetProtection(ws) !== null },
    options: { get: options },
  };
  protected _props() {
    return WorksheetProtectionProxy.props;
  }
}
defineAccessors(WorksheetProtectionProxy, WorksheetProtectionProxy.props as never);
