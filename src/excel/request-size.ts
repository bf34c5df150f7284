/**
 * What a batch of queued commands weighs on the wire, worked out as it is queued, so a writer can split its
 * work into requests under Excel on the web's 5 MB limit ("Resource limits and performance optimization for
 * Office Add-ins") before Excel refuses one.
 *
 * Office.js posts each request as one JSON body: the actions (a property set carries its value, a method
 * call its arguments) and the object paths they act on, each path sent once per request with an action that
 * instantiates it: the workbook, worksheets, the sheet, `getRangeByIndexes(r, c, rows, columns)`, its
 * `format`, `format.fill`, `format.borders.getItem('EdgeTop')`, ... So a style is not its JSON: setting one
 * fill colour on a new range costs the range's path, its format's and its fill's, three instantiations and
 * the set itself, a few hundred bytes. This module counts exactly those pieces.
 */

/** Excel on the web's limit on one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** A path made by the writer: reached from its parent by a property, an indexer or a method. */
export interface PathRef {
  readonly id: number;
  readonly parent: PathRef | null;
  /** The path's JSON entry, `"id":{...}` and a comma, in bytes. */
  readonly bytes: number;
}

type PathKind = 'property' | 'indexer' | 'method';

const PATH_TYPE: Record<PathKind, number> = { method: 3, property: 4, indexer: 5 };

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (ASCII, the usual case, without encoding it). */
export function utf8Bytes(s: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length;
}

const jsonBytes = (v: unknown): number => utf8Bytes(JSON.stringify(v) ?? 'null');

const pascal = (name: string): string => (name ? name[0].toUpperCase() + name.slice(1) : name);

/** The body around the actions and paths: {"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}}. */
const EMPTY_BODY = jsonBytes({ AutoKeepReference: false, Actions: [], ObjectPaths: {} });

/**
 * The running size of the request being queued in one request context. Ids are numbered as Office.js
 * numbers them (one per object path and per action, across the context's life), since their digits count.
 */
export class RequestSize {
  private nextId = 1;
  private sent = new Set<number>();
  /** The path of each Excel object made through Tracked, to send an object passed as an argument by path. */
  private readonly objects = new WeakMap<object, PathRef>();
  private total = EMPTY_BODY;
  /** The workbook: the global object every path starts from. */
  readonly workbook: PathRef;
  /** context.workbook.worksheets */
  readonly worksheets: PathRef;

  constructor() {
    const id = this.nextId++;
    this.workbook = {
      id,
      parent: null,
      bytes: jsonBytes({ [id]: { Id: id, ObjectPathType: 1, Name: '' } }) - 1,
    };
    this.worksheets = this.property(this.workbook, 'worksheets');
  }

  /** Bytes of the request queued since the last sync. */
  get bytes(): number {
    return this.total;
  }

  /** Nothing is queued in this request yet. */
  get empty(): boolean {
    return this.total === EMPTY_BODY;
  }

  /** After context.sync(): the next request starts empty (paths are sent again when used again). */
  synced(): void {
    this.sent.clear();
    this.total = EMPTY_BODY;
  }

  private path(parent: PathRef, kind: PathKind, name: string, args?: readonly unknown[]): PathRef {
    const id = this.nextId++;
    const info: Record<string, unknown> = {
      Id: id,
      ObjectPathType: PATH_TYPE[kind],
      Name: kind === 'indexer' ? '' : pascal(name),
      ParentObjectPathId: parent.id,
    };
    if (kind !== 'property') info.ArgumentInfo = { Arguments: args ?? [] };
    // `{"12":{...}}` less the outer braces, plus the comma that separates it from the next entry.
    return { id, parent, bytes: jsonBytes({ [id]: info }) - 1 };
  }

  property(parent: PathRef, name: string): PathRef {
    return this.path(parent, 'property', name);
  }

  indexer(parent: PathRef, args: readonly unknown[]): PathRef {
    return this.path(parent, 'indexer', '', args);
  }

  method(parent: PathRef, name: string, args: readonly unknown[]): PathRef {
    return this.path(parent, 'method', name, args);
  }

  /** Sends a path (and its parents) in this request, with the action that instantiates it, once. */
  use(p: PathRef): void {
    if (this.sent.has(p.id)) return;
    this.sent.add(p.id);
    if (p.parent) this.use(p.parent);
    this.total += p.bytes + this.action(1, '', undefined, p.id);
  }

  /** Remembers an Excel object's path, so that passing the object as an argument sends its path id. */
  register(object: object, path: PathRef): void {
    this.objects.set(object, path);
  }

  private action(type: number, name: string, args: readonly unknown[] | undefined, on: number): number {
    const id = this.nextId++;
    const a: Record<string, unknown> = { Id: id, ActionType: type, Name: name, ObjectPathId: on };
    if (args) {
      // An Excel object among the arguments goes as null, with its path id beside it (and its path sent).
      const refs = args.map((v) => (v && typeof v === 'object' ? this.objects.get(v) : undefined));
      if (refs.some((r) => r !== undefined)) {
        for (const r of refs) if (r) this.use(r);
        a.ArgumentInfo = {
          Arguments: args.map((v, i) => (refs[i] ? null : v)),
          ReferencedObjectPathIds: refs.map((r) => r?.id ?? null),
        };
      } else a.ArgumentInfo = { Arguments: args };
    }
    return jsonBytes(a) + 1;
  }

  /** `object.name = value`; `valueBytes`, when given, is the value's JSON size (not stringified again). */
  set(on: PathRef, name: string, value: unknown, valueBytes?: number): void {
    this.use(on);
    this.total +=
      valueBytes === undefined
        ? this.action(4, pascal(name), [value], on.id)
        : this.action(4, pascal(name), [null], on.id) - 4 + valueBytes;
  }

  /** `object.name(...args)` */
  call(on: PathRef, name: string, args: readonly unknown[] = []): void {
    this.use(on);
    this.total += this.action(3, pascal(name), args, on.id);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => any;
type MethodName<T> = { [K in keyof T]: T[K] extends Fn ? K : never }[keyof T] & string;
type PropName<T> = { [K in keyof T]: T[K] extends Fn ? never : K }[keyof T] & string;
type Returned<T, K extends MethodName<T>> = T[K] extends Fn ? ReturnType<T[K]> : never;
type Args<T, K extends MethodName<T>> = T[K] extends Fn ? Parameters<T[K]> : never;

/**
 * An Excel object with its object path: what is queued through it is queued on the object and counted in
 * the request's size in the same call, so the count is of what is actually queued.
 */
export class Tracked<T extends object> {
  private navs = new Map<string, Tracked<object>>();

  constructor(
    readonly size: RequestSize,
    readonly object: T,
    readonly path: PathRef,
  ) {
    size.register(object, path);
  }

  /** A navigation property (range.format, format.fill), made once as Office.js makes it once. */
  nav<K extends PropName<T>>(name: K): Tracked<T[K] & object> {
    let t = this.navs.get(name);
    if (!t) {
      t = new Tracked(this.size, this.object[name] as T[K] & object, this.size.property(this.path, name));
      this.navs.set(name, t);
    }
    return t as Tracked<T[K] & object>;
  }

  /** An object a method returns (getRangeByIndexes(...), borders.getItem('EdgeTop'), worksheets.add(...)). */
  get<K extends MethodName<T>>(
    name: K,
    args: Args<T, K>,
    how: { indexer?: boolean; changesWorkbook?: boolean } = {},
  ): Tracked<Returned<T, K> & object> {
    const key = `${name}(${JSON.stringify(args)})`;
    const cached = how.indexer ? this.navs.get(key) : undefined;
    if (cached) return cached as Tracked<Returned<T, K> & object>;
    const object = (this.object[name] as Fn).apply(this.object, args) as Returned<T, K> & object;
    const path = how.indexer ? this.size.indexer(this.path, args) : this.size.method(this.path, name, args);
    const t = new Tracked(this.size, object, path);
    if (how.indexer) this.navs.set(key, t as Tracked<object>);
    // A method that changes the workbook is instantiated as soon as it is queued.
    if (how.changesWorkbook) this.size.use(path);
    return t;
  }

  /** `object.name = value` (with the value's JSON size when the caller has it already). */
  set<K extends PropName<T>>(name: K, value: T[K], valueBytes?: number): void {
    this.object[name] = value;
    this.size.set(this.path, name, value, valueBytes);
  }

  /** `object.name(...args)` for a method that returns nothing to read. */
  call<K extends MethodName<T>>(name: K, ...args: Args<T, K>): void {
    (this.object[name] as Fn).apply(this.object, args);
    this.size.call(this.path, name, args);
  }
}
