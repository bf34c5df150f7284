/**
 * Worksheet.onChanged (ExcelApi 1.7), as Excel's "Work with events" describes it: `add(handler)` returns an
 * EventHandlerResult and registers the handler when its request context syncs; `remove()` on the result
 * unregisters it at the next sync of that same context (Excel.run(result.context, ...)). A handler is called
 * after the sync whose commands changed cells of its worksheet (values, formulas, cleared contents), once per
 * changed range, with WorksheetChangedEventArgs; never during the sync. Changes of format are not data
 * changes (onFormatChanged, not modelled) and do not call it.
 */
import type * as ExcelJS from 'exceljs';
import { type Bounds, formatBounds } from './address';
import type { HeadlessRequestContext } from './context';
import { HeadlessError } from './errors';

/** Excel's worksheet id: a GUID-like string made from the ExcelJS sheet id. */
export function worksheetIdOf(ws: ExcelJS.Worksheet): string {
  return `{${String(ws.id).padStart(8, '0')}-0000-0000-0000-000000000000}`;
}

export interface WorksheetChangedEvent {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  /** The changed range on its worksheet, without the sheet name: 'H13', 'B2:D5'. */
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
}

type Handler = (event: WorksheetChangedEvent) => unknown;

/** The workbook's registered change handlers, and the changes made by the sync running now. */
export class WorksheetEvents {
  private readonly handlers = new Map<ExcelJS.Worksheet, Set<Handler>>();
  private pending: { ws: ExcelJS.Worksheet; b: Bounds }[] = [];

  add(ws: ExcelJS.Worksheet, handler: Handler): void {
    const set = this.handlers.get(ws) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(ws, set);
  }

  remove(ws: ExcelJS.Worksheet, handler: Handler): void {
    this.handlers.get(ws)?.delete(handler);
  }

  /** How many handlers are registered (on every worksheet). */
  get count(): number {
    let n = 0;
    for (const set of this.handlers.values()) n += set.size;
    return n;
  }

  /** Cells of a worksheet changed (called while commands run). */
  cellsChanged(ws: ExcelJS.Worksheet, b: Bounds): void {
    if (this.handlers.get(ws)?.size) this.pending.push({ ws, b });
  }

  /** The sync is over: its changes go to the handlers, after the sync's own promise settles. */
  flush(): void {
    const changes = this.pending;
    this.pending = [];
    for (const { ws, b } of changes) {
      const event: WorksheetChangedEvent = {
        type: 'WorksheetChanged',
        worksheetId: worksheetIdOf(ws),
        address: formatBounds(b),
        changeType: 'RangeEdited',
        source: 'Local',
      };
      for (const handler of [...(this.handlers.get(ws) ?? [])]) {
        setTimeout(() => {
          // A handler's failure is the add-in's own; Excel goes on.
          void Promise.resolve()
            .then(() => handler(event))
            .catch(() => undefined);
        }, 0);
      }
    }
  }
}

/** OfficeExtension.EventHandlerResult: removes its handler at the next sync of its context. */
export class HeadlessEventHandlerResult {
  constructor(
    readonly context: HeadlessRequestContext,
    private readonly unregister: () => void,
  ) {}

  remove(): void {
    // Event registrations go to Excel outside the request's actions: they add nothing to its size here.
    this.context._enqueue({ action: null, refs: [], run: () => this.unregister() });
  }
}

/**
 * Worksheet.onChanged: `add` queues the registration on the context (it takes effect when the context
 * syncs) and returns its EventHandlerResult.
 */
export class WorksheetChangedEventHandlers {
  constructor(
    private readonly context: HeadlessRequestContext,
    private readonly events: WorksheetEvents,
    private readonly resolve: () => ExcelJS.Worksheet | null,
  ) {}

  add(handler: Handler): HeadlessEventHandlerResult {
    if (typeof handler !== 'function') {
      throw new HeadlessError('InvalidArgument', 'onChanged.add needs a handler function.');
    }
    let target: ExcelJS.Worksheet | null = null;
    this.context._enqueue({
      action: null,
      refs: [],
      run: () => {
        target = this.resolve();
        if (target === null) {
          throw new HeadlessError('ItemNotFound', 'The worksheet for onChanged does not exist.');
        }
        this.events.add(target, handler);
      },
    });
    return new HeadlessEventHandlerResult(this.context, () => {
      if (target) this.events.remove(target, handler);
    });
  }
}
