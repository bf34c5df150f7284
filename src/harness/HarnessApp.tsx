/**
 * The harness page: a grid of the workbook beside the real task pane, both on one HeadlessWorkbook. The pane
 * runs exactly as in Excel (createOfficeService over the `Excel` / `Office` globals, here the headless shim).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { createOfficeService } from '../excel/service';
import { installOfficeShim, isHeadlessError, type HeadlessWorkbook } from '../headless';
import { App } from '../taskpane/App';
import { parseAreas } from './address';
import { Grid } from './Grid';
import { readSheetView, type SheetView } from './sheetView';

export const BANNER = 'Harness: the add-in running on a headless Excel in your browser — not Excel';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Book {
  readonly hw: HeadlessWorkbook;
  /** Distinguishes one opened workbook from the next (the pane remounts). */
  readonly id: number;
}

export interface HarnessAppProps {
  readonly initial: Book | null;
  /** Set when the bundled sample could not be loaded. */
  readonly initialError?: string;
  /** Opens a workbook from bytes (the file picker); the harness installs its globals. */
  readonly open: (bytes: ArrayBuffer, name: string) => Promise<Book>;
  /** Tells the page (and its test hook) which workbook is current. */
  readonly onBook: (book: Book) => void;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Why a file did not open: the headless Excel's refusals of a file read after its name. */
function openFailure(name: string, e: unknown): string {
  if (isHeadlessError(e, 'WorkbookTooLarge') || isHeadlessError(e, 'WorkbookDamaged'))
    return `${name} ${e.message}.`;
  return `Could not open ${name}: ${message(e)}`;
}

export function HarnessApp({ initial, initialError, open, onBook }: HarnessAppProps) {
  const [book, setBook] = useState<Book | null>(initial);
  const [view, setView] = useState<SheetView | null>(null);
  const [peek, setPeek] = useState<string | null>(null);
  const [selection, setSelection] = useState(
    () => initial?.hw.getSelection() ?? { sheet: '', address: 'A1' },
  );
  const [revealKey, setRevealKey] = useState(0);
  const [status, setStatus] = useState<{ kind: 'error' | 'info'; text: string } | null>(
    initialError ? { kind: 'error', text: initialError } : null,
  );
  const fromGrid = useRef(false);
  const paneRef = useRef<HTMLElement>(null);
  const readSeq = useRef(0);
  const peekRef = useRef<string | null>(null);
  peekRef.current = peek;

  const service = useMemo(() => (book ? createOfficeService() : null), [book]);

  const reread = useCallback(async (hw: HeadlessWorkbook) => {
    const mine = ++readSeq.current;
    try {
      const next = await readSheetView(hw, peekRef.current);
      if (mine === readSeq.current) setView(next);
    } catch (e) {
      if (mine === readSeq.current)
        setStatus({ kind: 'error', text: `Could not show the sheet: ${message(e)}` });
    }
  }, []);

  useEffect(() => {
    if (!book) return;
    const { hw } = book;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // A write is several syncs: redraw once they settle.
    const schedule = () => {
      if (timer === null)
        timer = setTimeout(() => {
          timer = null;
          void reread(hw);
        }, 20);
    };
    const offChange = hw.onChange(schedule);
    const offSelection = hw.onSelectionChange(() => {
      setSelection(hw.getSelection());
      setPeek(null);
      peekRef.current = null;
      if (!fromGrid.current) setRevealKey((k) => k + 1);
      fromGrid.current = false;
      schedule();
    });
    setSelection(hw.getSelection());
    // A new workbook's pane starts at its top.
    if (paneRef.current) paneRef.current.scrollTop = 0;
    void reread(hw);
    return () => {
      offChange();
      offSelection();
      if (timer !== null) clearTimeout(timer);
    };
  }, [book, reread]);

  const onSelect = useCallback(
    (sheet: string, address: string) => {
      if (!book) return;
      fromGrid.current = true;
      try {
        book.hw.select(sheet, address);
      } catch (e) {
        fromGrid.current = false;
        setStatus({ kind: 'error', text: message(e) });
      }
    },
    [book],
  );

  const onShowSheet = useCallback(
    (name: string) => {
      if (!book || !view) return;
      const tab = view.sheets.find((s) => s.name === name);
      if (!tab) return;
      if (tab.visibility === 'Visible') {
        // Activating a sheet in Excel selects its remembered cell; the harness starts at A1.
        fromGrid.current = true;
        book.hw.select(name, 'A1');
      } else {
        setPeek(name);
        peekRef.current = name;
        void reread(book.hw);
      }
    },
    [book, view, reread],
  );

  const onPickFile = async (ev: ChangeEvent<HTMLInputElement>) => {
    const file = ev.target.files?.[0];
    ev.target.value = '';
    if (!file) return;
    setStatus({ kind: 'info', text: `Opening ${file.name}…` });
    try {
      const next = await open(await file.arrayBuffer(), file.name);
      setView(null);
      setPeek(null);
      peekRef.current = null;
      setBook(next);
      onBook(next);
      const dropped = next.hw.unsupportedParts.map((p) => p.description);
      const unread = next.hw.unread;
      setStatus(
        unread.length
          ? {
              kind: 'info',
              text: `Opened ${file.name}, which could not be read whole (${unread.join('; ')}): a download will not have ${unread.length === 1 ? 'it' : 'them'}.`,
            }
          : dropped.length
            ? {
                kind: 'info',
                text: `Opened ${file.name}. It holds parts the headless Excel cannot keep (${dropped.join(', ')}): a download will not have them.`,
              }
            : { kind: 'info', text: `Opened ${file.name}.` },
      );
    } catch (e) {
      setStatus({ kind: 'error', text: openFailure(file.name, e) });
    }
  };

  const onDownload = async () => {
    if (!book) return;
    try {
      const bytes = await book.hw.toBuffer({ allowDroppingParts: true });
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = book.hw.name.toLowerCase().endsWith('.xlsx') ? book.hw.name : `${book.hw.name}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: 'info', text: `Saved ${a.download}.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not save the workbook: ${message(e)}` });
    }
  };

  const gridSelection = useMemo(() => {
    const areas = parseAreas(selection.address);
    return { sheet: selection.sheet, bounds: areas[areas.length - 1] ?? null, areas };
  }, [selection.sheet, selection.address]);

  return (
    <div className="harness">
      <div className="banner" role="note">
        {BANNER}
      </div>
      <div className="toolbar">
        <span className="book-name" title="Workbook">
          {book ? book.hw.name : 'No workbook'}
        </span>
        <label className="button">
          Open workbook…
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void onPickFile(e)}
          />
        </label>
        <button type="button" className="button" onClick={() => void onDownload()} disabled={!book}>
          Download workbook
        </button>
        <span className="selection" aria-live="polite" data-testid="selection">
          {selection.sheet ? `'${selection.sheet}'!${selection.address}` : ''}
        </span>
        {status ? (
          <span
            className={status.kind === 'error' ? 'status error' : 'status'}
            role={status.kind === 'error' ? 'alert' : 'status'}
          >
            {status.text}
          </span>
        ) : null}
      </div>
      <div className="main">
        <Grid
          view={view}
          selection={gridSelection}
          revealKey={revealKey}
          onSelect={onSelect}
          onShowSheet={onShowSheet}
        />
        <aside ref={paneRef} className="pane" aria-label="Task pane">
          {book && service ? <App key={book.id} service={service} /> : null}
        </aside>
      </div>
    </div>
  );
}

/** Opens a workbook for the harness: the headless workbook, with the `Excel` and `Office` globals bound to it. */
export async function openBook(
  fromBuffer: (bytes: ArrayBuffer, name: string) => Promise<HeadlessWorkbook>,
  bytes: ArrayBuffer,
  name: string,
  id: number,
): Promise<Book> {
  const hw = await fromBuffer(bytes, name);
  installOfficeShim(hw, window as unknown as Record<string, unknown>);
  return { hw, id };
}
