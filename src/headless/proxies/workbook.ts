/** Excel.Workbook: the worksheets, the selected range and the active cell. */
import { type Host, type PropSpec, ProxyBase, defineAccessors } from '../context';
import { RangeProxy } from './range';
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
    return { worksheets: () => this.worksheets };
  }
  get worksheets(): WorksheetCollectionProxy {
    return this._nav('worksheets', () => this._child(WorksheetCollectionProxy, (h) => h));
  }
  getSelectedRange(): RangeProxy {
    return this._created(RangeProxy, 'getSelectedRange', [], () => {
      const s = this._ctx._host._selection();
      return { ws: s.ws, b: s.b };
    });
  }
  getActiveCell(): RangeProxy {
    return this._created(RangeProxy, 'getActiveCell', [], () => {
      const s = this._ctx._host._selection();
      return { ws: s.ws, b: { r1: s.b.r1, c1: s.b.c1, r2: s.b.r1, c2: s.b.c1 } };
    });
  }
}
defineAccessors(WorkbookProxy, WorkbookProxy.props);
