/**
 * The request context and the proxy base class: commands are queued on proxies and run, in order, by
 * context.sync(), as in the Excel JavaScript API ("Excel JavaScript object model in Office Add-ins":
 * load() queues a read, sync() runs the queue; reading a property that was not loaded and synced throws
 * PropertyNotLoaded).
 *
 * Request size: each proxy is an Office.js object path and each queued command an Office.js action (see
 * wire.ts); a request's size is the UTF-8 length of the JSON body Office.js would post for the queue.
 */
import type * as ExcelJS from 'exceljs';
import type { Bounds } from './address';
import { beginRowLists, dropRowLists, endRowLists } from './cells';
import { HeadlessError } from './errors';
import type { WorksheetEvents } from './events';
import {
  type ObjectPathInfo,
  type WireAction,
  type WireCommand,
  type WirePath,
  ActionType,
  PathType,
  argumentInfo,
  pascal,
  requestBody,
  utf8Length,
} from './wire';

/** Excel on the web's limit on one request's payload (Office Add-ins: "Resource limits and performance
 * optimization" — 5 MB for Excel on the web). */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * The same limit on a response: what the loads of one sync return. Measured as the UTF-8 length of the
 * JSON of each loaded value (whole 2-D arrays for values and number formats), which is what dominates the
 * response Office.js receives.
 */
export const RESPONSE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * The user's selection: one or more areas of cells (Ctrl+click adds one), the active cell in the last of
 * them, or a drawing object (a chart or shape) selected over the sheet, when `drawing` names it.
 */
export interface HostSelection {
  ws: ExcelJS.Worksheet;
  areas: Bounds[];
  /** The active cell (1-based row and column). */
  active: { r: number; c: number };
  drawing: string | null;
}

/** What the proxies (proxies/) need from the workbook they run on (implemented by HeadlessWorkbook). */
export interface Host {
  readonly excel: ExcelJS.Workbook;
  readonly name: string;
  _date1904(): boolean;
  /** Review > Protect Workbook, when the workbook is protected. */
  _workbookProtection(): { lockStructure: boolean; lockWindows: boolean } | null;
  _activeWorksheet(): ExcelJS.Worksheet;
  _activate(ws: ExcelJS.Worksheet): void;
  _selection(): HostSelection;
  _select(ws: ExcelJS.Worksheet, b: Bounds): void;
  _sheetRemoved(ws: ExcelJS.Worksheet): void;
  _recordRequest(bytes: number): void;
  _recordResponse(bytes: number): void;
  _changed(): void;
  /** Worksheet.onChanged handlers (events.ts); a sync's cell changes reach them after it. */
  readonly _events: WorksheetEvents;
}

export interface Command extends WireCommand {
  mutates?: boolean;
  /** Runs the command; may return a function that publishes loaded results once the sync succeeds. */
  run(): void | (() => void);
}

export class HeadlessRequestContext {
  readonly _host: Host;
  _queue: Command[] = [];
  private _nextId = 1;
  /** Excel.RequestContext.trackedObjects: nothing to track here, objects stay valid across syncs. */
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };
  readonly debugInfo = {};
  // Assigned in the subclass-free constructor below to avoid an import cycle with the proxies.
  workbook!: unknown;
  application = {
    suspendApiCalculationUntilNextSync: (): void => undefined,
    suspendScreenUpdatingUntilNextSync: (): void => undefined,
    calculate: (_type?: unknown): void => undefined,
  };

  constructor(host: Host) {
    this._host = host;
  }

  _newId(): number {
    return this._nextId++;
  }

  private _responseBytes = 0;

  /**
   * Counts a loaded value into the response of the sync that is running; a response over the limit stops the
   * sync at once (ResponsePayloadSizeLimitExceeded), before anything more is read.
   */
  _countResponse(value: unknown): void {
    const json = JSON.stringify(value);
    this._responseBytes += json === undefined ? 0 : utf8Length(json);
    if (this._responseBytes > RESPONSE_PAYLOAD_LIMIT) {
      throw new HeadlessError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (over ${this._responseBytes} bytes) has exceeded the limit of ${RESPONSE_PAYLOAD_LIMIT} bytes.`,
      );
    }
  }

  _enqueue(cmd: Command): void {
    this._queue.push(cmd);
  }

  /** RequestContext.load(object, properties): the same as object.load(properties). */
  load<T extends { load(p?: unknown): T }>(object: T, properties?: unknown): T {
    return object.load(properties);
  }

  /**
   * Runs the queued commands in order. A request over 5 MB is refused as a whole
   * (RequestPayloadSizeLimitExceeded) and applies nothing. Otherwise commands run until one fails: the
   * ones before it stay applied, the rest are dropped, and the sync rejects with the failing command's
   * error; loaded results are published only when the whole batch succeeds. A response over 5 MB fails the
   * sync too (ResponsePayloadSizeLimitExceeded), as soon as the loads that run reach it.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const queue = this._queue;
    this._queue = [];
    const { bytes } = requestBody(queue, () => this._newId());
    this._host._recordRequest(bytes);
    if (bytes > REQUEST_PAYLOAD_LIMIT) {
      this._host._recordResponse(0);
      await null;
      throw new HeadlessError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) has exceeded the limit of ${REQUEST_PAYLOAD_LIMIT} bytes.`,
      );
    }
    const publish: (() => void)[] = [];
    let changed = false;
    let failure: unknown;
    this._responseBytes = 0;
    beginRowLists();
    try {
      for (const cmd of queue) {
        try {
          const p = cmd.run();
          if (p) publish.push(p);
          if (cmd.mutates) {
            changed = true;
            dropRowLists();
          }
        } catch (e) {
          failure = e;
          break;
        }
      }
    } finally {
      endRowLists();
    }
    this._host._recordResponse(this._responseBytes);
    // Results reach the caller asynchronously, as over the wire: a read that was not awaited still fails.
    await null;
    if (changed) this._host._changed();
    this._host._events.flush();
    if (failure !== undefined) {
      if (failure instanceof HeadlessError) throw failure;
      const message = failure instanceof Error ? failure.message : String(failure);
      throw new HeadlessError('GeneralException', message);
    }
    for (const p of publish) p();
    return passThroughValue as T;
  }
}

export function notLoaded(objectName: string, prop: string): HeadlessError {
  return new HeadlessError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object (${objectName}) and call "context.sync()" on the associated request context.`,
  );
}

export interface PropSpec<T> {
  get?: (target: T) => unknown;
  set?: (target: T, value: unknown) => void;
  /** Excluded from load() with no arguments (still loadable by name). */
  notScalar?: boolean;
}

export type Resolver<T> = () => T | null;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProxy = ProxyBase<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProxyCtor<P> = new (ctx: HeadlessRequestContext, r: Resolver<any>, n?: AnyProxy, path?: PathSpec) => P;

/** How an object is reached from its parent, as an Office.js object path (the workbook when absent). */
export interface PathSpec {
  readonly type: PathType.Method | PathType.Property | PathType.Indexer;
  /** The method or property name ('' for an indexer). */
  readonly name: string;
  readonly parent: AnyProxy;
  readonly args?: readonly unknown[];
}

/** Parses load()'s argument: 'a, b/c', ['a', 'b'], { select: ..., expand: ... }. */
export function loadNames(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadNames(a));
  if (typeof arg === 'object') {
    const o = arg as { select?: unknown; expand?: unknown };
    return [...loadNames(o.select), ...loadNames(o.expand)];
  }
  return [];
}

const queryAction = (names: string[]): WireAction => ({
  ActionType: ActionType.Query,
  Name: '',
  QueryInfo: { Select: names, Expand: [] },
});

export abstract class ProxyBase<T> implements WirePath {
  readonly _ctx: HeadlessRequestContext;
  readonly _id: number;
  readonly _resolve: Resolver<T>;
  readonly _pathInfo: ObjectPathInfo;
  readonly _pathParent: AnyProxy | null;
  readonly _pathArgs: readonly AnyProxy[];
  /** For navigation properties: the object whose null-ness this one shares. */
  private readonly _nullSource?: AnyProxy;
  _nullState: boolean | undefined;
  protected _values = new Map<string, unknown>();
  private _navCache = new Map<string, AnyProxy>();

  constructor(ctx: HeadlessRequestContext, resolve: Resolver<T>, nullSource?: AnyProxy, path?: PathSpec) {
    this._ctx = ctx;
    this._id = ctx._newId();
    this._resolve = resolve;
    this._nullSource = nullSource;
    if (!path) {
      this._pathInfo = { Id: this._id, ObjectPathType: PathType.GlobalObject, Name: '' };
      this._pathParent = null;
      this._pathArgs = [];
    } else {
      const info: ObjectPathInfo = {
        Id: this._id,
        ObjectPathType: path.type,
        Name: pascal(path.name),
        ParentObjectPathId: path.parent._id,
      };
      let refs: AnyProxy[] = [];
      if (path.type !== PathType.Property) {
        const a = argumentInfo(path.args ?? []);
        info.ArgumentInfo = a.info;
        refs = a.refs as AnyProxy[];
      }
      this._pathInfo = info;
      this._pathParent = path.parent;
      this._pathArgs = refs;
    }
  }

  abstract get _typeName(): string;
  protected abstract _props(): Record<string, PropSpec<T>>;
  protected _navs(): Record<string, () => AnyProxy> {
    return {};
  }

  get context(): HeadlessRequestContext {
    return this._ctx;
  }

  /** Excel: isNullObject can be read after the sync that resolved the object, without load(). */
  get isNullObject(): boolean {
    if (this._nullSource) return this._nullSource.isNullObject;
    if (this._nullState === undefined) throw notLoaded(this._typeName, 'isNullObject');
    return this._nullState;
  }

  protected _nav<P extends AnyProxy>(name: string, make: () => P): P {
    let p = this._navCache.get(name);
    if (!p) {
      p = make();
      this._navCache.set(name, p);
    }
    return p as P;
  }

  /**
   * Creates a child navigation proxy whose target is derived from this one's when commands run: a property
   * (range.format) or an indexer (borders.getItem('EdgeTop')) on the wire.
   */
  protected _child<U, P extends AnyProxy>(
    Ctor: ProxyCtor<P>,
    derive: (t: T) => U,
    name: string,
    indexerArgs?: readonly unknown[],
  ): P {
    return new Ctor(
      this._ctx,
      () => {
        const t = this._resolve();
        return t === null ? null : derive(t);
      },
      this,
      indexerArgs
        ? { type: PathType.Indexer, name: '', parent: this, args: indexerArgs }
        : { type: PathType.Property, name, parent: this },
    );
  }

  /**
   * Creates an object returned by a method: its target is computed when the queued method runs. On the
   * wire it is a method object path (an indexer for a collection's getItem), sent with the first action
   * that uses it; a method that changes the workbook (worksheets.add) is instantiated at once, as Office.js
   * does.
   */
  protected _created<U, P extends AnyProxy>(
    Ctor: ProxyCtor<P>,
    method: string,
    args: unknown[],
    compute: (t: T | null) => U | null,
    mutates = false,
    indexer = false,
  ): P {
    const slot: { done: boolean; value: U | null } = { done: false, value: null };
    const proxy = new Ctor(
      this._ctx,
      () => {
        if (!slot.done)
          throw new HeadlessError(
            'InvalidObjectPath',
            `The object path '${method}' isn't working for what you're trying to do: the sync that creates it did not run or failed.`,
          );
        return slot.value;
      },
      undefined,
      indexer
        ? { type: PathType.Indexer, name: '', parent: this, args }
        : { type: PathType.Method, name: method, parent: this, args },
    );
    this._ctx._enqueue({
      action: null,
      refs: mutates ? [proxy] : [],
      mutates,
      run: () => {
        const parent = this._resolve();
        // Excel documents what an *OrNullObject method returns, not what a method of the null object it
        // returned does: the add-in checks isNullObject after a sync before calling one, and so must any code.
        if (parent === null) {
          throw new HeadlessError(
            'InvalidObjectPath',
            `The object path '${method}' isn't working for what you're trying to do: it was called on a null object (check isNullObject after a sync before calling its methods).`,
          );
        }
        slot.value = compute(parent);
        slot.done = true;
        const isNull = slot.value === null;
        return () => {
          proxy._nullState = isNull;
        };
      },
    });
    return proxy;
  }

  protected _get(name: string): unknown {
    if (!this._values.has(name)) throw notLoaded(this._typeName, name);
    return this._values.get(name);
  }

  protected _set(name: string, value: unknown): void {
    const spec = this._props()[name];
    this._ctx._enqueue({
      action: {
        ActionType: ActionType.SetProperty,
        Name: pascal(name),
        ArgumentInfo: { Arguments: [value] },
      },
      refs: [this],
      mutates: true,
      run: () => {
        const t = this._resolve();
        if (t === null) return; // Excel: setting a property on a null object does nothing.
        spec.set!(t, value);
      },
    });
    if (this._values.has(name)) this._values.set(name, value);
  }

  private _methodCommand(method: string, args: unknown[]): Pick<Command, 'action' | 'refs'> {
    const a = argumentInfo(args);
    return {
      action: { ActionType: ActionType.Method, Name: pascal(method), ArgumentInfo: a.info },
      refs: [this, ...(a.refs as AnyProxy[])],
    };
  }

  /** Queues a method call with no result. On a null object it does nothing (Excel's behaviour). */
  protected _call(method: string, args: unknown[], fn: (t: T) => void, mutates = true): void {
    this._ctx._enqueue({
      ...this._methodCommand(method, args),
      mutates,
      run: () => {
        const t = this._resolve();
        if (t !== null) fn(t);
      },
    });
  }

  protected _callResult<R>(method: string, args: unknown[], fn: (t: T) => R): ClientResult<R> {
    const result = new ClientResult<R>();
    this._ctx._enqueue({
      ...this._methodCommand(method, args),
      run: () => {
        const t = this._resolve();
        const v = t === null ? (null as R) : fn(t);
        this._ctx._countResponse(v);
        return () => result._publish(v);
      },
    });
    return result;
  }

  /** Queues a load that fails when it runs (a name that is not a property of this object). */
  protected _badLoad(name: string, typeName = this._typeName): void {
    this._ctx._enqueue({
      action: queryAction([name]),
      refs: [this],
      run: () => {
        throw new HeadlessError('InvalidArgument', `'${name}' is not a property of ${typeName}.`);
      },
    });
  }

  /** The load action for these names (collections queue their own loads with it). */
  protected _queryAction(names: string[]): Pick<Command, 'action' | 'refs'> {
    return { action: queryAction(names), refs: [this] };
  }

  load(arg?: unknown): this {
    const names = loadNames(arg);
    const props = this._props();
    const navs = this._navs();
    const scalars: string[] = [];
    if (names.length === 0) {
      for (const [k, spec] of Object.entries(props)) if (!spec.notScalar) scalars.push(k);
    }
    for (const name of names) {
      const slash = name.indexOf('/');
      const head = slash < 0 ? name : name.slice(0, slash);
      const rest = slash < 0 ? undefined : name.slice(slash + 1);
      if (navs[head]) {
        navs[head]().load(rest);
      } else if (props[head] && rest === undefined) {
        scalars.push(head);
      } else if (head === 'isNullObject' || head === 'toJSON') {
        // nothing to load
      } else {
        this._badLoad(name);
      }
    }
    if (scalars.length > 0) this._queueLoad(scalars);
    return this;
  }

  private _queueLoad(scalars: string[]): void {
    const props = this._props();
    this._ctx._enqueue({
      ...this._queryAction(scalars),
      run: () => {
        const t = this._resolve();
        const vals = scalars.map((n) => (t === null ? null : props[n].get!(t)));
        this._ctx._countResponse(vals);
        return () => {
          scalars.forEach((n, i) => this._values.set(n, vals[i]));
          if (!this._nullSource) this._nullState = t === null;
        };
      },
    });
  }

  /** Sets loaded values directly (objects created while a command runs, e.g. collection items). */
  _publishValues(values: Map<string, unknown>): void {
    for (const [k, v] of values) this._values.set(k, v);
    this._nullState = false;
  }

  _readNow(target: T, names: string[]): Map<string, unknown> {
    const props = this._props();
    const out = new Map<string, unknown>();
    for (const n of names) out.set(n, props[n].get!(target));
    return out;
  }

  /**
   * Reads a property, or a property of a navigation property ('protection/protected'), now: for a
   * collection's load of its items. Returns what publishes the value once the sync succeeds.
   */
  _readNestedNow(path: string): () => void {
    const slash = path.indexOf('/');
    if (slash < 0) {
      const t = this._resolve();
      if (t === null || !this._hasProp(path))
        throw new HeadlessError('InvalidArgument', `'${path}' is not a property of ${this._typeName}.`);
      const values = this._readNow(t, [path]);
      return () => this._publishValues(values);
    }
    const nav = this._navs()[path.slice(0, slash)];
    if (!nav)
      throw new HeadlessError(
        'InvalidArgument',
        `'${path.slice(0, slash)}' is not a property of ${this._typeName}.`,
      );
    return nav()._readNestedNow(path.slice(slash + 1));
  }

  _hasNav(name: string): boolean {
    return name in this._navs();
  }

  _scalarNames(): string[] {
    return Object.entries(this._props())
      .filter(([, s]) => !s.notScalar)
      .map(([k]) => k);
  }

  _hasProp(name: string): boolean {
    return name in this._props();
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** OfficeExtension.ClientResult: value readable after the sync. */
export class ClientResult<R> {
  private _done = false;
  private _value: R | undefined;
  get value(): R {
    if (!this._done) throw notLoaded('ClientResult', 'value');
    return this._value as R;
  }
  _publish(v: R): void {
    this._value = v;
    this._done = true;
  }
}

/** Defines getters (and setters for settable props) on a proxy class for each property in its table. */
export function defineAccessors(cls: { prototype: object }, props: Record<string, PropSpec<never>>): void {
  for (const [name, spec] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: { _get(n: string): unknown }) {
        return this._get(name);
      },
      set: spec.set
        ? function (this: { _set(n: string, v: unknown): void }, v: unknown) {
            this._set(name, v);
          }
        : undefined,
    });
  }
}
