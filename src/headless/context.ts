/**
 * The request context and the proxy base class: commands are queued on proxies and run, in order, by
 * context.sync(), as in the Excel JavaScript API ("Excel JavaScript object model in Office Add-ins":
 * load() queues a read, sync() runs the queue; reading a property that was not loaded and synced throws
 * PropertyNotLoaded).
 *
 * Request size: each queued command has a small "wire" form ({ k: kind, o: object id, p: property or
 * method, v / a: value or arguments}); the request size is the UTF-8 byte length of JSON.stringify of the
 * list of them. Property sets carry the full value (whole 2-D arrays), loads carry only the names. This
 * approximates the JSON body Office.js posts (which also carries object paths and ids, a few dozen bytes
 * per command), so it slightly under-counts small commands and is exact in what dominates: written arrays.
 */
import type * as ExcelJS from 'exceljs';
import type { Bounds } from './address';
import { beginRowLists, dropRowLists, endRowLists } from './cells';
import { HeadlessError } from './errors';

/** Excel on the web's limit on one request's payload (Office Add-ins: "Resource limits and performance
 * optimization" — 5 MB for Excel on the web). */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * The same limit on a response: what the loads of one sync return. Measured as the UTF-8 length of the
 * JSON of each loaded value (whole 2-D arrays for values and number formats), which is what dominates the
 * response Office.js receives.
 */
export const RESPONSE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What the proxies (proxies/) need from the workbook they run on (implemented by HeadlessWorkbook). */
export interface Host {
  readonly excel: ExcelJS.Workbook;
  readonly name: string;
  _date1904(): boolean;
  _activeWorksheet(): ExcelJS.Worksheet;
  _activate(ws: ExcelJS.Worksheet): void;
  _selection(): { ws: ExcelJS.Worksheet; b: Bounds };
  _select(ws: ExcelJS.Worksheet, b: Bounds): void;
  _sheetRemoved(ws: ExcelJS.Worksheet): void;
  _recordRequest(bytes: number): void;
  _recordResponse(bytes: number): void;
  _changed(): void;
}

export interface Command {
  wire: Record<string, unknown>;
  mutates?: boolean;
  /** Runs the command; may return a function that publishes loaded results once the sync succeeds. */
  run(): void | (() => void);
}

const encoder = new TextEncoder();

export function utf8Length(s: string): number {
  // Fast path for ASCII-only payloads (the common case); exact count otherwise.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length;
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
    const bytes = utf8Length(JSON.stringify(queue.map((c) => c.wire)));
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
type ProxyCtor<P> = new (ctx: HeadlessRequestContext, r: Resolver<any>, n?: AnyProxy) => P;

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

export abstract class ProxyBase<T> {
  readonly _ctx: HeadlessRequestContext;
  readonly _id: number;
  readonly _resolve: Resolver<T>;
  /** For navigation properties: the object whose null-ness this one shares. */
  private readonly _nullSource?: AnyProxy;
  _nullState: boolean | undefined;
  protected _values = new Map<string, unknown>();
  private _navCache = new Map<string, AnyProxy>();

  constructor(ctx: HeadlessRequestContext, resolve: Resolver<T>, nullSource?: AnyProxy) {
    this._ctx = ctx;
    this._id = ctx._newId();
    this._resolve = resolve;
    this._nullSource = nullSource;
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

  /** Creates a child navigation proxy whose target is derived from this one's when commands run. */
  protected _child<U, P extends AnyProxy>(Ctor: ProxyCtor<P>, derive: (t: T) => U): P {
    return new Ctor(
      this._ctx,
      () => {
        const t = this._resolve();
        return t === null ? null : derive(t);
      },
      this,
    );
  }

  /** Creates an object returned by a method: its target is computed when the queued method runs. */
  protected _created<U, P extends AnyProxy>(
    Ctor: ProxyCtor<P>,
    method: string,
    args: unknown[],
    compute: (t: T | null) => U | null,
    mutates = false,
  ): P {
    const slot: { done: boolean; value: U | null } = { done: false, value: null };
    const proxy = new Ctor(this._ctx, () => {
      if (!slot.done)
        throw new HeadlessError(
          'InvalidObjectPath',
          `The object path '${method}' isn't working for what you're trying to do: the sync that creates it did not run or failed.`,
        );
      return slot.value;
    });
    this._ctx._enqueue({
      wire: { k: 'call', o: this._id, m: method, a: args, r: proxy._id },
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
      wire: { k: 'set', o: this._id, p: name, v: value },
      mutates: true,
      run: () => {
        const t = this._resolve();
        if (t === null) return; // Excel: setting a property on a null object does nothing.
        spec.set!(t, value);
      },
    });
    if (this._values.has(name)) this._values.set(name, value);
  }

  /** Queues a method call with no result. On a null object it does nothing (Excel's behaviour). */
  protected _call(method: string, args: unknown[], fn: (t: T) => void, mutates = true): void {
    this._ctx._enqueue({
      wire: { k: 'call', o: this._id, m: method, a: args },
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
      wire: { k: 'call', o: this._id, m: method, a: args },
      run: () => {
        const t = this._resolve();
        const v = t === null ? (null as R) : fn(t);
        this._ctx._countResponse(v);
        return () => result._publish(v);
      },
    });
    return result;
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
        this._ctx._enqueue({
          wire: { k: 'load', o: this._id, p: name },
          run: () => {
            throw new HeadlessError('InvalidArgument', `'${name}' is not a property of ${this._typeName}.`);
          },
        });
      }
    }
    if (scalars.length > 0) this._queueLoad(scalars);
    return this;
  }

  private _queueLoad(scalars: string[]): void {
    const props = this._props();
    this._ctx._enqueue({
      wire: { k: 'load', o: this._id, p: scalars.join(',') },
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
