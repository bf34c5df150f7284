/**
 * Excel.WorkbookProtection (Review > Protect Workbook): whether the workbook is protected. With its
 * structure locked, sheets cannot be added, deleted, renamed, moved, hidden or shown (see
 * requireStructureUnlocked in base.ts).
 */
import { type Host, type PropSpec, ProxyBase, defineAccessors } from '../context';

export class WorkbookProtectionProxy extends ProxyBase<Host> {
  get _typeName() {
    return 'WorkbookProtection';
  }
  static props: Record<string, PropSpec<Host>> = {
    protected: {
      get: (h) => {
        const p = h._workbookProtection();
        return !!p && (p.lockStructure || p.lockWindows);
      },
    },
  };
  protected _props() {
    return WorkbookProtectionProxy.props;
  }
}
defineAccessors(WorkbookProtectionProxy, WorkbookProtectionProxy.props as never);
