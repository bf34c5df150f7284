/** Excel.Workbook: the worksheets, the selected range and the active cell. */
import { type Host, type PropSpec, ProxyBase, defineAccessors } from '../context';
import { HeadlessError } from '../errors';
import { RangeProxy } from './range';
import { WorkbookProtectionProxy } from './workbook-protection';
import { WorksheetCollectionProxy } from './worksheet-collection';

export class WorkbookProxy extends ProxyBase<Host> {
  get _typeName() {
    return 'Workbook';
  }
  static props: Record<string, PropSpec<Host>> = { name: { get: (h) => h.name } };
  protected _props() {
    return WorkbookProxy.props;
  }
  protected override _navs() {
    return { worksheets: () => this.worksheets, protection: () => this.protection };
  }
  get protection(): WorkbookProtectionProxy {
    return this._nav('protection', () => this._child(WorkbookProtectionProxy, (h) => h, 'protection'));
  }
  get worksheets(): WorksheetCollectionProxy {
    return this._nav('worksheets', () => this._child(WorksheetCollectionProxy, (h) => h, 'worksheets'));
  }
  /**
   * The selected range. Excel: "If there are multiple ranges selected, this method will throw an error";
   * so it does when a chart or shape is selected instead of cells (InvalidSelection, "The current
   * selection is invalid for this operation").
   */
  getSelectedRange(): RangeProxy {
    return this._created(RangeProxy, 'getSelectedRange', [], () => {
      const s = this._ctx._host._selection();
      if (s.drawing !== null || s.areas.length !== 1) {
        const what =
          s.drawing !== null ? `'${s.drawing}' is selected` : `${s.areas.length} areas are selected`;
        throw new HeadlessError(
          'InvalidSelection',
          `The current selection is invalid for this operation (${what}).`,
        );
      }
      return { ws: s.ws, b: s.areas[0] };
    });
  }
  /** The active cell: one cell, whatever is selected. */
  getActiveCell(): RangeProxy {
    return this._created(RangeProxy, 'getActiveCell', [], () => {
      const { ws, active } = this._ctx._host._selection();
      return { ws, b: { r1: active.r, c1: active.c, r2: active.r, c2: active.c } };
    });
  }
}
defineAccessors(WorkbookProxy, WorkbookProxy.props);
