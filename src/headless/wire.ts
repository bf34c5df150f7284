/**
 * What a request weighs as Office.js sends it. context.sync() posts one JSON body:
 *
 *   { "AutoKeepReference": false, "Actions": [ ... ], "ObjectPaths": { "<id>": { ... }, ... } }
 *
 * Every object the queued commands touch is an object path: the global workbook object, a property
 * navigation (range.format, format.fill: type 4), an indexer (worksheets.getItem(name),
 * borders.getItem(index): type 5) or a method that returns an object (getRangeByIndexes(...): type 3, with
 * its arguments). Each path the request uses is sent once, with its parents, and instantiated once by an
 * action of its own. Then each command is an action: a property set (type 4, the value as its argument), a
 * method call (type 3, its arguments) or a load (type 2, the names asked for). Names go on the wire in
 * Pascal case ("Values", "GetRangeByIndexes"); objects passed as arguments go by path id.
 *
 * The request size is the UTF-8 length of that JSON: what Excel on the web's 5 MB limit is about.
 */

export const enum PathType {
  GlobalObject = 1,
  Method = 3,
  Property = 4,
  Indexer = 5,
}

export const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: PathType;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: (number | null)[];
}

/** An object path and what it depends on (its parent, and objects passed as its arguments). */
export interface WirePath {
  readonly _id: number;
  readonly _pathInfo: ObjectPathInfo;
  readonly _pathParent: WirePath | null;
  readonly _pathArgs: readonly WirePath[];
}

/** A queued command's action, before the request gives it an id. */
export interface WireAction {
  readonly ActionType: ActionType;
  readonly Name: string;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: { Select: string[]; Expand: string[] };
}

export interface WireCommand {
  /** The action, or null for a command Office.js sends nothing for (an object path made but not used yet). */
  readonly action: WireAction | null;
  /** The object the action is on, first; then objects its arguments refer to. */
  readonly refs: readonly WirePath[];
}

export const pascal = (name: string): string => (name ? name[0].toUpperCase() + name.slice(1) : name);

/** Has `ids` and `_pathInfo`: an object path passed as an argument. */
function isPath(v: unknown): v is WirePath {
  return !!v && typeof v === 'object' && '_pathInfo' in v && '_id' in v;
}

/**
 * Arguments as Office.js puts them on the wire: plain values as they are; an object (a range passed to
 * freezeAt) as null, with its path id in ReferencedObjectPathIds.
 */
export function argumentInfo(args: readonly unknown[]): { info: ArgumentInfo; refs: WirePath[] } {
  const refs: WirePath[] = [];
  if (!args.some(isPath)) return { info: { Arguments: [...args] }, refs };
  const ids: (number | null)[] = [];
  const values = args.map((a) => {
    if (isPath(a)) {
      refs.push(a);
      ids.push(a._id);
      return null;
    }
    ids.push(null);
    return a;
  });
  return { info: { Arguments: values, ReferencedObjectPathIds: ids }, refs };
}

const encoder = new TextEncoder();

export function utf8Length(s: string): number {
  // Fast path for ASCII-only payloads (the common case); exact count otherwise.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length;
}

/** The JSON body of one request and its size in bytes. `nextId` numbers the actions, as the context does. */
export function requestBody(
  commands: readonly WireCommand[],
  nextId: () => number,
): { body: string; bytes: number } {
  const actions: Record<string, unknown>[] = [];
  const paths: Record<string, ObjectPathInfo> = {};
  const instantiated = new Set<number>();
  const reference = (p: WirePath | null): void => {
    if (!p || paths[p._id]) return;
    paths[p._id] = p._pathInfo;
    reference(p._pathParent);
    for (const a of p._pathArgs) reference(a);
  };
  const instantiate = (p: WirePath | null): void => {
    if (!p || instantiated.has(p._id)) return;
    instantiated.add(p._id);
    instantiate(p._pathParent);
    for (const a of p._pathArgs) instantiate(a);
    reference(p);
    actions.push({ Id: nextId(), ActionType: ActionType.Instantiate, Name: '', ObjectPathId: p._id });
  };
  for (const cmd of commands) {
    for (const r of cmd.refs) instantiate(r);
    if (cmd.action && cmd.refs.length > 0) {
      actions.push({ Id: nextId(), ...cmd.action, ObjectPathId: cmd.refs[0]._id });
    }
  }
  const body = JSON.stringify({ AutoKeepReference: false, Actions: actions, ObjectPaths: paths });
  return { body, bytes: utf8Length(body) };
}
