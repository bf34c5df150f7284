/**
 * The harness's workbook grid: row numbers, column letters, cells as Excel shows them (Range.text), sheet tabs.
 * Only the rows in view are rendered, so a sheet of thousands of rows scrolls smoothly.
 */
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { cellAddress, clickAddress, columnLetters, contains, formatBounds, type CellBounds } from './address';
import { DEFAULT_COLUMN_PX, MAX_GRID_COLUMNS, type SheetView } from './sheetView';

export const ROW_HEIGHT = 22;
const ROW_HEADER_WIDTH = 48;
const OVERSCAN = 12;
const EXTRA_ROWS = 20;
const EXTRA_COLUMNS = 3;

export interface GridProps {
  readonly view: SheetView | null;
  /**
   * The workbook's selection, highlighted when it is on the sheet shown: the area holding the active cell,
   * and every area when several are selected (Ctrl+click adds one, as in Excel).
   */
  readonly selection: {
    readonly sheet: string;
    readonly bounds: CellBounds | null;
    readonly areas?: readonly CellBounds[];
  };
  /** Bumped when the selection was made outside the grid (the pane): the grid scrolls it into view. */
  readonly revealKey: number;
  readonly onSelect: (sheet: string, address: string) => void;
  readonly onShowSheet: (name: string) => void;
}

type Target =
  | { kind: 'cell'; row: number; column: number }
  | { kind: 'row'; row: number }
  | { kind: 'column'; column: number };

function targetOf(el: EventTarget | null): Target | null {
  const node = el instanceof Element ? el.closest('[data-r],[data-c]') : null;
  if (!node) return null;
  const r = node.getAttribute('data-r');
  const c = node.getAttribute('data-c');
  if (r && c) return { kind: 'cell', row: Number(r), column: Number(c) };
  if (r) return { kind: 'row', row: Number(r) };
  if (c) return { kind: 'column', column: Number(c) };
  return null;
}

export function Grid({ view, selection, revealKey, onSelect, onShowSheet }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const anchor = useRef<{ row: number; column: number } | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  const sheet = view?.sheet ?? '';
  const selectable = !!view && view.sheets.find((s) => s.name === sheet)?.visibility === 'Visible';
  const capped = !!view && view.rowCount < view.usedRows;
  const rows = view ? (capped ? view.rowCount : Math.max(view.rowCount + EXTRA_ROWS, 40)) : 0;
  const columns = view
    ? Math.min(Math.max(view.columnCount + EXTRA_COLUMNS, 10), MAX_GRID_COLUMNS + EXTRA_COLUMNS)
    : 0;
  const widths = useMemo(
    () => Array.from({ length: columns }, (_, i) => view?.widths[i] ?? DEFAULT_COLUMN_PX),
    [view, columns],
  );
  const bounds = selection.sheet === sheet ? selection.bounds : null;
  const areas = selection.sheet === sheet ? (selection.areas ?? (bounds ? [bounds] : [])) : [];
  const inAreas = (r: number, c: number) => areas.some((a) => contains(a, r, c));

  // Keep the anchor (for shift-click) on the selection's first cell when the selection changes elsewhere.
  useEffect(() => {
    if (bounds && !contains(bounds, anchor.current?.row ?? 0, anchor.current?.column ?? 0))
      anchor.current = { row: bounds.r1, column: bounds.c1 };
  }, [bounds]);

  // A new sheet starts at its top-left corner, as a sheet tab does in Excel.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = 0;
    el.scrollLeft = 0;
    setScrollTop(0);
  }, [sheet]);

  // Scroll a selection made elsewhere (the pane's "go to") into view, once the grid shows its sheet.
  const pendingReveal = useRef(0);
  useEffect(() => {
    if (revealKey !== 0) pendingReveal.current = revealKey;
  }, [revealKey]);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !bounds || pendingReveal.current === 0) return;
    pendingReveal.current = 0;
    const top = (bounds.r1 - 1) * ROW_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT * 2 > el.scrollTop + el.clientHeight - ROW_HEIGHT) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
      setScrollTop(el.scrollTop);
    }
    if (bounds.c1 <= widths.length) {
      const left = widths.slice(0, bounds.c1 - 1).reduce((a, b) => a + b, 0);
      const right = left + (widths[bounds.c1 - 1] ?? DEFAULT_COLUMN_PX);
      if (left < el.scrollLeft || right > el.scrollLeft + el.clientWidth - ROW_HEADER_WIDTH)
        el.scrollLeft = Math.max(0, left - 40);
    }
  }, [revealKey, bounds, widths]);

  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN + 1);
  const last = Math.min(rows, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const select = (t: Target, extend: boolean, addArea = false) => {
    if (!view || !selectable) return;
    const clicked = clickAddress(t, anchor.current, extend);
    const address =
      addArea && areas.length > 0
        ? [...areas.map(formatBounds), clickAddress(t, null, false)].join(',')
        : clicked;
    if (!extend || !anchor.current) {
      anchor.current =
        t.kind === 'cell'
          ? { row: t.row, column: t.column }
          : t.kind === 'row'
            ? { row: t.row, column: 1 }
            : { row: 1, column: t.column };
    }
    onSelect(sheet, address);
  };

  const onMouseDown = (ev: MouseEvent) => {
    if (ev.button !== 0) return;
    const t = targetOf(ev.target);
    if (!t) return;
    if (ev.shiftKey || ev.ctrlKey || ev.metaKey) ev.preventDefault();
    select(t, ev.shiftKey, (ev.ctrlKey || ev.metaKey) && !ev.shiftKey);
  };

  const onKeyDown = (ev: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const m = moves[ev.key];
    if (!m || !bounds) return;
    ev.preventDefault();
    const row = Math.max(1, Math.min(rows, bounds.r1 + m[0]));
    const column = Math.max(1, Math.min(columns, bounds.c1 + m[1]));
    anchor.current = { row, column };
    onSelect(sheet, cellAddress(row, column));
    const el = scroller.current;
    if (el) {
      const top = (row - 1) * ROW_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT * 2 > el.scrollTop + el.clientHeight)
        el.scrollTop = top + ROW_HEIGHT * 2 - el.clientHeight;
    }
  };

  const body = [];
  for (let r = first; r <= last; r++) {
    const line = view?.text[r - 1];
    const nums = view?.numeric[r - 1];
    const rowSelected = areas.some((a) => r >= a.r1 && r <= a.r2);
    const cells = [];
    for (let c = 1; c <= columns; c++) {
      const text = line?.[c - 1] ?? '';
      const look = text || line ? view?.look(r, c) : undefined;
      const numeric = !!nums?.[c - 1];
      // Text spills into the next cell when that cell is empty, as in Excel.
      const spill = !!text && !numeric && !(line?.[c] ?? '');
      const inSel = inAreas(r, c);
      const isActive = !!bounds && r === bounds.r1 && c === bounds.c1;
      const cls = [
        'cell',
        numeric ? 'num' : '',
        spill ? 'spill' : '',
        inSel ? 'sel' : '',
        isActive ? 'active' : '',
      ]
        .filter(Boolean)
        .join(' ');
      cells.push(
        <td
          key={c}
          data-r={r}
          data-c={c}
          data-cell={cellAddress(r, c)}
          className={cls}
          title={text.length > 12 ? text : undefined}
          style={
            look
              ? {
                  fontWeight: look.bold ? 600 : undefined,
                  fontStyle: look.italic ? 'italic' : undefined,
                  backgroundColor: inSel ? undefined : look.fill,
                  color: look.color,
                }
              : undefined
          }
        >
          {text}
        </td>,
      );
    }
    body.push(
      <tr key={r} style={{ height: ROW_HEIGHT }}>
        <th scope="row" data-r={r} className={rowSelected ? 'rowhead sel' : 'rowhead'}>
          {r}
        </th>
        {cells}
      </tr>,
    );
  }

  const totalWidth = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const hiddenCount = view ? view.sheets.filter((s) => s.visibility !== 'Visible').length : 0;

  return (
    <section className="grid-area" aria-label="Workbook grid">
      {view && (capped || view.columnCount < view.usedColumns) ? (
        <div className="grid-notice" role="status">
          This sheet has {view.usedRows.toLocaleString('en-GB')} rows and {view.usedColumns} columns; the
          harness shows the first {view.rowCount.toLocaleString('en-GB')} rows and {view.columnCount} columns.
        </div>
      ) : null}
      {view && !selectable ? (
        <div className="grid-notice" role="status">
          ‘{sheet}’ is a hidden sheet: shown here read-only for inspection (Excel would not show it).
        </div>
      ) : null}
      <div
        ref={scroller}
        className="grid-scroll"
        tabIndex={0}
        aria-label={view ? `Sheet ${sheet}` : 'Loading the workbook'}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        {view ? (
          <table className="grid" style={{ width: totalWidth }} onMouseDown={onMouseDown} data-sheet={sheet}>
            <colgroup>
              <col style={{ width: ROW_HEADER_WIDTH }} />
              {widths.map((w, i) => (
                <col key={i} style={{ width: w }} />
              ))}
            </colgroup>
            <thead>
              <tr style={{ height: ROW_HEIGHT }}>
                <th className="corner" aria-label="Row and column headers" />
                {widths.map((_, i) => (
                  <th
                    key={i}
                    scope="col"
                    data-c={i + 1}
                    className={areas.some((a) => i + 1 >= a.c1 && i + 1 <= a.c2) ? 'colhead sel' : 'colhead'}
                  >
                    {columnLetters(i + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {first > 1 ? <tr style={{ height: (first - 1) * ROW_HEIGHT }} aria-hidden="true" /> : null}
              {body}
              {last < rows ? <tr style={{ height: (rows - last) * ROW_HEIGHT }} aria-hidden="true" /> : null}
            </tbody>
          </table>
        ) : (
          <p className="grid-loading">Reading the workbook…</p>
        )}
      </div>
      <div className="tabs" role="tablist" aria-label="Sheets">
        {view?.sheets.map((s) => {
          const hidden = s.visibility !== 'Visible';
          return (
            <button
              key={s.name}
              type="button"
              role="tab"
              aria-selected={s.name === sheet}
              className={['sheet-tab', hidden ? 'hidden-sheet' : '', s.name === sheet ? 'current' : ''].join(
                ' ',
              )}
              title={
                hidden
                  ? `${s.name} (${s.visibility === 'VeryHidden' ? 'very hidden' : 'hidden'} sheet)`
                  : s.name
              }
              onClick={() => onShowSheet(s.name)}
            >
              {s.name}
              {hidden ? ' (hidden)' : ''}
            </button>
          );
        })}
        {hiddenCount > 0 ? <span className="tabs-note">Greyed tabs are hidden sheets.</span> : null}
      </div>
    </section>
  );
}
