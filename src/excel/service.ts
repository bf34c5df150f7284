/** The pane's seam: PmfService over a workbook (Excel, or the headless workbook in the harness). */
import type { PmfService } from './operations-types';
import type { ExcelHost } from './host';
import { officeHost } from './host';
import { watchSheets } from './changes';
import {
  addTags,
  describeSelection,
  loadState,
  previewTableTag,
  refreshSummary,
  removeTag,
  removeTags,
  restoreTags,
  saveFramework,
  selectCell,
  suggestTags,
} from './operations';

/** Subscribes to the document's selection changes; returns an unsubscribe function. */
export type SelectionEvents = (callback: () => void) => Promise<() => void>;

/** Office's DocumentSelectionChanged event (Office.js common API; the harness's Office shim provides it too). */
export const officeSelectionEvents: SelectionEvents = (callback) =>
  new Promise((resolve, reject) => {
    const handler = () => callback();
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new Error(result.error.message));
        return;
      }
      resolve(() =>
        Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler }),
      );
    });
  });

/**
 * Runs the calls it is given one after another: each change reads the workbook, then writes it, so a second
 * change started before the first has written (Tag pressed twice) must wait and read what the first wrote.
 */
export function oneAtATime(): <T>(call: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (call) => {
    const next = last.then(call, call);
    last = next.catch(() => undefined);
    return next;
  };
}

export function createExcelService(
  host: ExcelHost,
  selectionEvents: SelectionEvents = officeSelectionEvents,
): PmfService {
  const change = oneAtATime();
  return {
    load: (asAt) => loadState(host, asAt),
    describeSelection: () => describeSelection(host),
    onSelectionChanged: selectionEvents,
    onSheetsChanged: async (sheets, callback) => {
      const stop = await watchSheets(host, sheets, callback);
      return () => void stop().catch(() => undefined);
    },
    tag: (request) => change(async () => (await addTags(host, [request]))[0]),
    previewTable: (request, asAt) => previewTableTag(host, request, asAt),
    suggestSheet: async (sheet) =>
      (await suggestTags(host, sheet)).map((s) => ({
        sheet: s.sheet,
        row: s.row,
        label: s.label,
        ...(s.sectionHeading !== undefined ? { sectionHeading: s.sectionHeading } : {}),
        measureId: s.measureId,
        score: s.score,
        role: s.role,
      })),
    tagMany: (requests) => change(() => addTags(host, requests)),
    untag: (tagId) => change(() => removeTag(host, tagId)),
    untagMany: (tagIds) => change(() => removeTags(host, tagIds)),
    restoreTags: (removed) => change(async () => void (await restoreTags(host, removed))),
    saveFramework: (framework) => change(() => saveFramework(host, framework)),
    writeSummary: (asAt, onProgress) => change(() => refreshSummary(host, { asAt, onProgress })),
    select: (cell) => selectCell(host, cell),
  };
}

/** The service the real task pane uses, inside Excel. */
export function createOfficeService(): PmfService {
  return createExcelService(officeHost, officeSelectionEvents);
}
