/**
 * Watching the tagged sheets for changes (Worksheet.onChanged, ExcelApi 1.7), so the pane knows its figures
 * are out of date the moment a tagged sheet's cells change: 2 syncs to start, 1 to stop.
 */
import type { ExcelHost } from './host';

/** A change Excel reported: the sheet and the range ('H13', 'B2:D5'), and whether it was this user's. */
export interface SheetChange {
  readonly sheet: string;
  readonly address: string;
  /** 'Local' (this user) or 'Remote' (a co-author). */
  readonly source: string;
}

/**
 * Calls `onChange` whenever cells of the named sheets change; sheets that do not exist are skipped.
 * Resolves to a function that stops watching.
 */
export async function watchSheets(
  host: ExcelHost,
  sheets: readonly string[],
  onChange: (change: SheetChange) => void,
): Promise<() => Promise<void>> {
  if (sheets.length === 0) return async () => undefined;
  return host.run(async (context) => {
    const items = sheets.map((name) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      ws.load('id,name');
      return ws;
    });
    await context.sync();
    const found = items.filter((ws) => !ws.isNullObject);
    const names = new Map(found.map((ws) => [ws.id, ws.name]));
    const handlers = found.map((ws) =>
      ws.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        onChange({ sheet: names.get(event.worksheetId) ?? '', address: event.address, source: event.source });
      }),
    );
    await context.sync();
    return async () => {
      if (handlers.length === 0 || !host.resume) return;
      await host.resume(handlers[0].context, async (ctx) => {
        for (const h of handlers) h.remove();
        await ctx.sync();
      });
    };
  });
}
