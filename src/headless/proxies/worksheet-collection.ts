/** Excel.WorksheetCollection: items, getItem / getItemOrNullObject, add, the active, first and last sheet. */
import { sheetNameProblem } from '../address';
import { type Host, ClientResult, ProxyBase, loadNames } from '../context';
import { PathType } from '../wire';
import { HeadlessError } from '../errors';
import { findSheet, isVisible, liveSheet, requireStructureUnlocked } from './base';
import { WorksheetProxy } from './worksheet';

export class WorksheetCollectionProxy extends ProxyBase<Host> {
  get _typeName() {
    return 'WorksheetCollection';
  }
  protected _props() {
    return {};
  }
  get items(): WorksheetProxy[] {
    return this._get('items') as WorksheetProxy[];
  }

  /**
   * load('items/name,items/visibility'), load('items'), load('name') (= items/name), load(), and navigation
   * properties of the items (load('items/protection/protected')).
   */
  override load(arg?: unknown): this {
    const names = loadNames(arg);
    const itemProps = names
      .map((n) => (n.startsWith('items/') ? n.slice(6) : n))
      .filter((n) => n !== 'items' && n !== '');
    const probe = new WorksheetProxy(this._ctx, () => null);
    const bad = itemProps.find((n) => !probe._hasProp(n.split('/')[0]) && !probe._hasNav(n.split('/')[0]));
    if (bad !== undefined) {
      this._badLoad(bad, 'Worksheet');
      return this;
    }
    const scalar = itemProps.filter((n) => !n.includes('/'));
    const nested = itemProps.filter((n) => n.includes('/'));
    const wanted = itemProps.length === 0 ? probe._scalarNames() : scalar;
    this._ctx._enqueue({
      ...this._queryAction(names.length > 0 ? names : ['items']),
      run: () => {
        const host = this._ctx._host;
        const sheets = host.excel.worksheets;
        const items = sheets.map((ws) => {
          const p = new WorksheetProxy(this._ctx, () => liveSheet(host, ws), undefined, {
            type: PathType.Indexer,
            name: '',
            parent: this,
            args: [`{${String(ws.id).padStart(8, '0')}-0000-0000-0000-000000000000}`],
          });
          return { p, values: p._readNow(ws, wanted), more: nested.map((n) => p._readNestedNow(n)) };
        });
        this._ctx._countResponse(items.map((it) => Object.fromEntries(it.values)));
        return () => {
          for (const it of items) {
            it.p._publishValues(it.values);
            for (const publish of it.more) publish();
          }
          this._values.set(
            'items',
            items.map((it) => it.p),
          );
          this._nullState = false;
        };
      },
    });
    return this;
  }

  getItem(key: string): WorksheetProxy {
    return this._created(
      WorksheetProxy,
      'getItem',
      [key],
      () => {
        const ws = findSheet(this._ctx._host, key);
        if (!ws)
          throw new HeadlessError(
            'ItemNotFound',
            `The requested resource doesn't exist: worksheet '${key}'.`,
          );
        return ws;
      },
      false,
      true,
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._created(
      WorksheetProxy,
      'getItemOrNullObject',
      [key],
      () => findSheet(this._ctx._host, key) ?? null,
    );
  }

  add(name?: string): WorksheetProxy {
    return this._created(
      WorksheetProxy,
      'add',
      [name ?? null],
      () => {
        const host = this._ctx._host;
        requireStructureUnlocked(host, 'add a sheet');
        let sheetName = name;
        if (sheetName === undefined || sheetName === null) {
          let i = host.excel.worksheets.length + 1;
          while (findSheet(host, `Sheet${i}`)) i++;
          sheetName = `Sheet${i}`;
        }
        const problem = sheetNameProblem(sheetName);
        if (problem) throw new HeadlessError('InvalidArgument', `The argument is invalid: ${problem}.`);
        if (findSheet(host, sheetName)) {
          throw new HeadlessError('ItemAlreadyExists', `A worksheet named '${sheetName}' already exists.`);
        }
        return host.excel.addWorksheet(sheetName);
      },
      true,
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._created(WorksheetProxy, 'getActiveWorksheet', [], () => this._ctx._host._activeWorksheet());
  }

  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return this._created(WorksheetProxy, 'getFirst', [visibleOnly], () => {
      const list = this._ctx._host.excel.worksheets.filter((w) => !visibleOnly || isVisible(w));
      if (!list.length) throw new HeadlessError('ItemNotFound', 'There is no worksheet.');
      return list[0];
    });
  }

  getLast(visibleOnly?: boolean): WorksheetProxy {
    return this._created(WorksheetProxy, 'getLast', [visibleOnly], () => {
      const list = this._ctx._host.excel.worksheets.filter((w) => !visibleOnly || isVisible(w));
      if (!list.length) throw new HeadlessError('ItemNotFound', 'There is no worksheet.');
      return list[list.length - 1];
    });
  }

  getCount(visibleOnly?: boolean): ClientResult<number> {
    return this._callResult('getCount', [visibleOnly], (h) =>
      visibleOnly ? h.excel.worksheets.filter(isVisible).length : h.excel.worksheets.length,
    );
  }
}
