import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { columnLetter } from '../../../domain/grid';
import type { Framework } from '../../../domain/framework/types';
import type { BrokenTagRow } from '../../../domain/tags/types';
import type { SelectionInfo, TagListItem, TagRequest } from '../../../excel/operations-types';
import { describeError } from '../../errors';
import type { ViewDeps } from '../types';
import { existingTagFor, tagTarget, type PaneRole } from './tagDisplay';
import { useSheetSuggestions, type SheetSuggestionsModel } from './useSheetSuggestions';
import type { LongTableModel } from './LongTableCard';
import { longTableRequests, proposedChoices, type AreaChoice } from './longTableRequests';
import { useUntag, type UntagModel } from './useUntag';
import { useNotices } from '../../components/Notices';
import { useFocusAfterRender } from '../../components/focus';
import { useTableTag, type TableTagModel } from './useTableTag';

export interface RowRangeErrors {
  readonly first?: string;
  readonly last?: string;
}

export interface TagViewModel {
  readonly framework: Framework;
  /** The whole-sheet proposals panel. */
  readonly sheetSuggestions: SheetSuggestionsModel;
  /** The child-level table panel (a table around the selection). */
  readonly table: TableTagModel;
  readonly selection: SelectionInfo | null;
  readonly selectionLoading: boolean;
  readonly measureId: string | null;
  readonly setMeasureId: (id: string) => void;
  readonly role: PaneRole;
  readonly setRole: (role: PaneRole) => void;
  readonly firstRow: string;
  readonly setFirstRow: (text: string) => void;
  readonly lastRow: string;
  readonly setLastRow: (text: string) => void;
  /** The name of a comparator the officer names (role 'comparator'). */
  readonly name: string;
  readonly setName: (text: string) => void;
  readonly rowErrors: RowRangeErrors;
  /** The selection is a value of a long (tidy) table: our area and the comparators to pick. */
  readonly longTable: LongTableModel | null;
  /** Why Tag is disabled, or null when it can be pressed. */
  readonly tagBlockedReason: string | null;
  /** The measure the selection is already tagged to in the picked role: the Tag button says so. */
  readonly alreadyTaggedAs: string | null;
  readonly busy: boolean;
  readonly onTag: () => void;
  /** Untagging one tag or the ticked ones, with Undo. */
  readonly untag: UntagModel;
  readonly onGoTo: (item: TagListItem) => void;
  readonly onRefreshSelection: () => void;
  readonly tags: readonly TagListItem[];
  readonly brokenTagRows: readonly BrokenTagRow[];
  readonly error: string | null;
  readonly dismissError: () => void;
  /** Until the officer selects other cells (or acts), the pane opens quietly: no warning about the cell. */
  readonly acted: boolean;
  /** The first-run welcome: shown on a workbook with no tags until the officer acts or closes it. */
  readonly welcome: boolean;
  readonly dismissWelcome: () => void;
  /** Takes the officer to 'Tag a whole sheet'. */
  readonly goToWholeSheet: () => void;
}

function parseRow(text: string): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 1048576 ? n : null;
}

export function rowRangeErrors(first: string, last: string): RowRangeErrors {
  const f = parseRow(first);
  const l = parseRow(last);
  return {
    first: f === null ? 'Enter the first row as a whole number from 1.' : undefined,
    last:
      l === null
        ? 'Enter the last row as a whole number from 1.'
        : f !== null && l < f
          ? `The last row must not be above the first (row ${f}).`
          : undefined,
  };
}

/** How long the selection must rest before the Tag view reads it. */
export const SELECTION_DEBOUNCE_MS = 150;

/** State and effects of the Tag view: the live selection, the picked measure and role, tagging and untagging. */
export function useTagView({ service, state, workbook }: ViewDeps): TagViewModel {
  const [selection, setSelection] = useState<SelectionInfo | null>(null);
  const [selectionLoading, setSelectionLoading] = useState(true);
  const [measureId, setMeasureId] = useState<string | null>(null);
  const [role, setRole] = useState<PaneRole>('value');
  const [firstRow, setFirstRow] = useState('');
  const [lastRow, setLastRow] = useState('');
  const [name, setName] = useState('');
  const [choices, setChoices] = useState<Readonly<Record<string, AreaChoice>>>({});
  const [tagOurs, setTagOurs] = useState(true);
  /** The officer said the selection's table is not a long table: the usual form is shown instead. */
  const [notLong, setNotLong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notify } = useNotices();
  const [acted, setActed] = useState(false);
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  const focus = useFocusAfterRender();
  const request = useRef(0);
  const alive = useRef(true);
  // Set from the moment Tag is pressed until its result is known: a second press (Enter twice) does nothing.
  const tagging = useRef(false);

  const refreshSelection = useCallback(async () => {
    const mine = ++request.current;
    setSelectionLoading(true);
    try {
      const info = await service.describeSelection();
      if (!alive.current || mine !== request.current) return;
      setSelection(info);
      if (info?.longTable) {
        setChoices(proposedChoices(info.longTable));
        setTagOurs(!info.tagIds.length);
      }
      setNotLong(false);
      // On an area table, England's, the region's and the neighbours' rows are proposed as those benchmarks,
      // a block of rows as peers, any other row as our value.
      if (info?.areaTable) setRole(info.rowCount > 1 ? 'peers' : info.areaTable.role);
      if (info) {
        if (info.rowCount > 1) {
          // A range is selected: it is the list of records.
          setFirstRow(String(info.row));
          setLastRow(String(info.row + info.rowCount - 1));
        } else {
          const first = info.headerRow !== null && info.headerRow < info.row ? info.headerRow + 1 : info.row;
          setFirstRow(String(first));
          setLastRow(String(Math.max(first, info.row)));
        }
      }
    } catch (e) {
      if (alive.current && mine === request.current) setError(describeError(e));
    } finally {
      if (alive.current && mine === request.current) setSelectionLoading(false);
    }
  }, [service]);

  useEffect(() => {
    alive.current = true;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void refreshSelection();
    // Clicking through cells fires many events: read the selection once the user pauses.
    let pending: ReturnType<typeof setTimeout> | null = null;
    const onChanged = () => {
      setActed(true);
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        void refreshSelection();
      }, SELECTION_DEBOUNCE_MS);
    };
    service
      .onSelectionChanged(onChanged)
      .then((off) => {
        if (cancelled) off();
        else unsubscribe = off;
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(`The pane will not follow the selection: ${describeError(e)}`);
      });
    return () => {
      cancelled = true;
      alive.current = false;
      if (pending) clearTimeout(pending);
      unsubscribe?.();
    };
  }, [service, refreshSelection]);

  const column = role === 'records' || role === 'periodsDown';
  const rowErrors = column || role === 'peers' ? rowRangeErrors(firstRow, lastRow) : {};
  const measure = measureId ? state.framework.measures.find((m) => m.id === measureId) : undefined;

  const repeats =
    selection && measure ? existingTagFor(state.tags, selection.tagIds, measure.id, role) : undefined;

  let tagBlockedReason: string | null = null;
  if (!selection) tagBlockedReason = 'Select a cell in the row to tag.';
  else if (selection.refusal) tagBlockedReason = selection.refusal;
  else if (!measure) tagBlockedReason = 'Pick a measure.';
  else if (repeats) tagBlockedReason = `Already tagged as ${repeats.tag.measureId}`;
  else if (rowErrors.first || rowErrors.last) tagBlockedReason = 'Fix the row range.';
  else if (role === 'comparator' && name.trim() === '') tagBlockedReason = 'Name the comparator.';
  else if (busy) tagBlockedReason = 'Working…';

  /** After tagging or untagging: the workbook's tags and the selection's, read again. */
  const reloadAfterChange = useCallback(
    () =>
      Promise.all([
        workbook.load().catch((e: unknown) => alive.current && setError(describeError(e))),
        refreshSelection(),
      ]),
    [workbook, refreshSelection],
  );

  const onTag = useCallback(() => {
    if (tagBlockedReason !== null || !selection || !measure || tagging.current) return;
    setActed(true);
    const req: TagRequest =
      role === 'records' || role === 'periodsDown'
        ? {
            kind: 'column',
            sheet: selection.sheet,
            column: selection.column,
            firstRow: parseRow(firstRow)!,
            lastRow: parseRow(lastRow)!,
            measureId: measure.id,
            // A column of a sheet laid out periods down the rows is a series of the measure's values.
            ...(role === 'periodsDown' ? { role: 'value' as const } : {}),
          }
        : role === 'peers'
          ? {
              kind: 'row',
              sheet: selection.sheet,
              row: parseRow(firstRow)!,
              ...(parseRow(lastRow)! > parseRow(firstRow)! ? { lastRow: parseRow(lastRow)! } : {}),
              measureId: measure.id,
              role,
            }
          : {
              kind: 'row',
              sheet: selection.sheet,
              row: selection.row,
              measureId: measure.id,
              role,
              ...(role === 'comparator' ? { name: name.trim() } : {}),
            };
    tagging.current = true;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const made = await service.tag(req);
        if (!alive.current) return;
        const where =
          req.kind === 'row'
            ? req.lastRow
              ? `rows ${req.row}–${req.lastRow}`
              : `row ${req.row}`
            : `rows ${req.firstRow}–${req.lastRow} of column ${columnLetter(req.column)}`;
        notify({
          text: `Tagged ${where} of '${req.sheet}' to ${measure.id} ${measure.name}.`,
          undo: async () => {
            await service.untag(made.id);
            await reloadAfterChange();
            return `Removed the ${measure.id} tag again from ${where} of '${req.sheet}'.`;
          },
        });
      } catch (e) {
        tagging.current = false;
        if (alive.current) setError(describeError(e, { sheet: req.sheet }));
        if (alive.current) setBusy(false);
        return;
      }
      // Tag stays unpressable until the selection is read again and shows the new tag.
      await reloadAfterChange();
      tagging.current = false;
      if (alive.current) setBusy(false);
    })();
  }, [
    tagBlockedReason,
    selection,
    measure,
    role,
    firstRow,
    lastRow,
    name,
    service,
    reloadAfterChange,
    notify,
  ]);

  const shape = notLong ? null : (selection?.longTable ?? null);
  const longRequests = useMemo(
    () =>
      shape && selection && measure
        ? longTableRequests(selection.sheet, measure.id, shape, choices, tagOurs)
        : [],
    [shape, selection, measure, choices, tagOurs],
  );
  let longBlocked: string | null = null;
  if (!measure) longBlocked = 'Pick a measure.';
  else if (longRequests.length === 0) longBlocked = 'Tick our area or pick a comparator.';
  else if (busy) longBlocked = 'Working…';
  const onTagLong = useCallback(() => {
    if (longBlocked !== null || !selection || !measure) return;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const made = await service.tagMany(longRequests);
        if (!alive.current) return;
        notify({
          text: `Made ${made.length === 1 ? '1 tag' : `${made.length} tags`} on the long table of '${selection.sheet}' for ${measure.id} ${measure.name}.`,
          undo: async () => {
            for (const t of made) await service.untag(t.id);
            await reloadAfterChange();
            return `Removed the ${made.length === 1 ? 'tag' : `${made.length} tags`} made on the long table of '${selection.sheet}' again.`;
          },
        });
      } catch (e) {
        if (alive.current) setError(describeError(e, { sheet: selection.sheet }));
        return;
      } finally {
        if (alive.current) setBusy(false);
      }
      await reloadAfterChange();
    })();
  }, [longBlocked, selection, measure, longRequests, service, reloadAfterChange, notify]);
  const longTable: LongTableModel | null = shape
    ? {
        shape,
        choices,
        setChoice: (area, choice) => setChoices((c) => ({ ...c, [area]: choice })),
        tagOurs,
        setTagOurs,
        comparatorCount: longRequests.length - (tagOurs ? 1 : 0),
        blockedReason: longBlocked,
        busy,
        onTag: onTagLong,
        onNotLong: () => setNotLong(true),
      }
    : null;

  const untag = useUntag({
    service,
    tags: state.tags,
    reload: reloadAfterChange,
    setBusy,
    setError,
    alive,
  });

  const onGoTo = useCallback(
    (item: TagListItem) => {
      const cell = tagTarget(item.tag, item.state);
      if (!cell) return;
      setError(null);
      service.select(cell).catch((e: unknown) => {
        if (alive.current) setError(describeError(e, { sheet: cell.sheet }));
      });
    },
    [service],
  );

  const sheetSuggestions = useSheetSuggestions({
    service,
    framework: state.framework,
    tags: state.tags,
    workbook,
    sheet: selection?.sheet ?? null,
    onTagged: refreshSelection,
  });

  const table = useTableTag({
    service,
    selection,
    tags: state.tags,
    asAt: state.asAt,
    onTagged: reloadAfterChange,
  });

  return {
    framework: state.framework,
    sheetSuggestions,
    table,
    selection,
    selectionLoading,
    measureId,
    setMeasureId: (id) => {
      setActed(true);
      setMeasureId(id);
    },
    role,
    setRole,
    firstRow,
    setFirstRow,
    lastRow,
    setLastRow,
    name,
    setName,
    rowErrors,
    longTable,
    tagBlockedReason,
    alreadyTaggedAs: repeats ? repeats.tag.measureId : null,
    busy,
    onTag,
    untag,
    onGoTo,
    onRefreshSelection: () => void refreshSelection(),
    tags: state.tags,
    brokenTagRows: state.brokenTagRows,
    error,
    dismissError: () => setError(null),
    acted,
    welcome: !acted && !welcomeClosed && state.tags.length === 0,
    dismissWelcome: () => setWelcomeClosed(true),
    goToWholeSheet: () => {
      setWelcomeClosed(true);
      focus('[data-action="suggest-sheet"]');
    },
  };
}
