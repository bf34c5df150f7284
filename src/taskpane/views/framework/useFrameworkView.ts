import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { useFocusFirstInvalid } from '../../components/focus';
import { useNotices } from '../../components/Notices';
import type { MeasureFigures } from '../../../domain/calc/types';
import type { Framework, Measure } from '../../../domain/framework/types';
import type { CellRef } from '../../../domain/grid';
import { describeError } from '../../errors';
import type { ViewDeps } from '../types';
import {
  applyDraft,
  baselineKey,
  baselineText,
  EMPTY_CUSTOM,
  EMPTY_DRAFT,
  isDraftEmpty,
  settingText,
  toCustomMeasure,
  validateCustomMeasure,
  type CustomMeasureErrors,
  type CustomMeasureInput,
  type DraftErrors,
  type FrameworkDraft,
  type NumericSetting,
} from './frameworkDraft';

export interface FrameworkViewModel {
  readonly framework: Framework;
  /** Each measure's figures as last read, for the target in use and the sheet's own target. */
  readonly figures: ReadonlyMap<string, MeasureFigures>;
  readonly onGoTo: (cell: CellRef) => void;
  /** Measures as they will be after saving (saved, plus added, less removed). */
  readonly measures: readonly Measure[];
  readonly taggedMeasureIds: ReadonlySet<string>;
  readonly selectedMeasureId: string | null;
  readonly selectMeasure: (id: string) => void;
  readonly settingText: (measureId: string, key: NumericSetting) => string;
  readonly setSetting: (measureId: string, key: NumericSetting, text: string) => void;
  /** The SPC baseline of a measure as shown ('Apr-23'), and its change. */
  readonly baselineText: (measureId: string) => string;
  readonly setBaseline: (measureId: string, text: string) => void;
  readonly defaultTolerance: string;
  readonly setDefaultTolerance: (text: string) => void;
  readonly population: string;
  readonly setPopulation: (text: string) => void;
  readonly custom: CustomMeasureInput;
  readonly setCustom: (patch: Partial<CustomMeasureInput>) => void;
  readonly customErrors: CustomMeasureErrors;
  readonly onAddCustom: () => void;
  readonly onRemoveCustom: (id: string) => void;
  readonly errors: DraftErrors;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
  readonly error: string | null;
  readonly dismissError: () => void;
  /** The view and the custom-measure form: a failed save or add focuses the first bad field in them. */
  readonly viewRef: RefObject<HTMLDivElement>;
  readonly customFormRef: RefObject<HTMLFieldSetElement>;
}

/** State of the Framework view: a draft of edits over the saved framework, validated and saved as one. */
export function useFrameworkView({ service, state, workbook }: ViewDeps): FrameworkViewModel {
  const fw = state.framework;
  const [draft, setDraft] = useState<FrameworkDraft>(EMPTY_DRAFT);
  const [selectedMeasureId, setSelectedMeasureId] = useState<string | null>(null);
  const [custom, setCustomState] = useState<CustomMeasureInput>(EMPTY_CUSTOM);
  const [customErrors, setCustomErrors] = useState<CustomMeasureErrors>({});
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { notify, clear } = useNotices();
  const viewRef = useRef<HTMLDivElement>(null);
  const customFormRef = useRef<HTMLFieldSetElement>(null);
  const focusInvalidField = useFocusFirstInvalid(viewRef);
  const focusInvalidCustom = useFocusFirstInvalid(customFormRef);

  const measures = useMemo(() => {
    const removed = new Set(draft.removed);
    return [...fw.measures, ...draft.added].filter((m) => !removed.has(m.id));
  }, [fw.measures, draft.added, draft.removed]);
  const taggedMeasureIds = useMemo(() => new Set(state.tags.map((t) => t.tag.measureId)), [state.tags]);
  const figures = useMemo(() => new Map(state.figures.map((f) => [f.measureId, f])), [state.figures]);
  const onGoTo = useCallback(
    (cell: CellRef) => {
      setError(null);
      service.select(cell).catch((e: unknown) => setError(describeError(e, { sheet: cell.sheet })));
    },
    [service],
  );

  const edit = useCallback((f: (d: FrameworkDraft) => FrameworkDraft) => {
    setDraft(f);
  }, []);

  const setSetting = useCallback(
    (measureId: string, key: NumericSetting, text: string) => {
      edit((d) => ({
        ...d,
        settings: { ...d.settings, [measureId]: { ...d.settings[measureId], [key]: text } },
      }));
      setErrors(({ [`settings.${measureId}.${key}`]: _gone, ...rest }) => rest);
    },
    [edit],
  );

  const setBaseline = useCallback(
    (measureId: string, text: string) => {
      edit((d) => ({ ...d, baselines: { ...d.baselines, [measureId]: text } }));
      setErrors(({ [baselineKey(measureId)]: _gone, ...rest }) => rest);
    },
    [edit],
  );

  const onAddCustom = useCallback(() => {
    const problems = validateCustomMeasure(
      custom,
      measures,
      fw.kloes.map((k) => k.id),
    );
    setCustomErrors(problems);
    if (Object.keys(problems).length) {
      focusInvalidCustom();
      return;
    }
    const measure = toCustomMeasure(
      custom,
      fw.kloes.map((k) => k.id),
    );
    edit((d) => ({
      ...d,
      added: [...d.added, measure],
      removed: d.removed.filter((id) => id !== measure.id),
    }));
    setCustomState(EMPTY_CUSTOM);
    notify(`${measure.id} added. Save the framework to keep it.`);
  }, [custom, measures, fw.kloes, edit, notify, focusInvalidCustom]);

  const onRemoveCustom = useCallback(
    (id: string) => {
      // Added in this draft: it goes from the draft (and comes back as it was); saved: it is marked removed.
      const addedAt = draft.added.findIndex((m) => m.id === id);
      const added = addedAt >= 0 ? draft.added[addedAt] : null;
      edit((d) =>
        added ? { ...d, added: d.added.filter((m) => m.id !== id) } : { ...d, removed: [...d.removed, id] },
      );
      const wasSelected = selectedMeasureId === id;
      setSelectedMeasureId((s) => (s === id ? null : s));
      notify({
        text: `${id} removed. Save the framework to make it final.`,
        undo: async () => {
          edit((d) =>
            added
              ? { ...d, added: [...d.added.slice(0, addedAt), added, ...d.added.slice(addedAt)] }
              : { ...d, removed: d.removed.filter((x) => x !== id) },
          );
          if (wasSelected) setSelectedMeasureId(id);
          return `${id} is back.`;
        },
      });
    },
    [draft.added, edit, notify, selectedMeasureId],
  );

  const onSave = useCallback(() => {
    const applied = applyDraft(fw, draft);
    if (!applied.ok) {
      setErrors(applied.errors);
      setError(null);
      // A bad setting of a measure not on show: show it, so its field can take the focus.
      const first = Object.keys(applied.errors)[0] ?? '';
      const m = /^settings\.(.+)\.[a-zA-Z]+$/.exec(first);
      if (m) setSelectedMeasureId(m[1]);
      focusInvalidField();
      return;
    }
    setErrors({});
    setSaving(true);
    setError(null);
    const saved = draft;
    workbook
      .saveFramework(applied.framework)
      .then(() => {
        // Keep edits made while saving.
        setDraft((d) => (d === saved ? EMPTY_DRAFT : d));
        notify('Framework saved in the workbook.');
      })
      .catch((e: unknown) => setError(`Framework not saved: ${describeError(e)} Your changes are kept.`))
      .finally(() => setSaving(false));
  }, [fw, draft, workbook, notify, focusInvalidField]);

  return {
    framework: fw,
    figures,
    onGoTo,
    measures,
    taggedMeasureIds,
    selectedMeasureId,
    selectMeasure: setSelectedMeasureId,
    settingText: (id, key) => settingText(fw, draft, id, key),
    setSetting,
    baselineText: (id) => baselineText(fw, draft, id),
    setBaseline,
    defaultTolerance: draft.defaultTolerance ?? String(fw.defaults.tolerance),
    setDefaultTolerance: (t) => {
      edit((d) => ({ ...d, defaultTolerance: t }));
      setErrors(({ defaultTolerance: _gone, ...rest }) => rest);
    },
    population: draft.population ?? (fw.population !== undefined ? String(fw.population) : ''),
    setPopulation: (t) => {
      edit((d) => ({ ...d, population: t }));
      setErrors(({ population: _gone, ...rest }) => rest);
    },
    custom,
    setCustom: (patch) => {
      setCustomState((c) => ({ ...c, ...patch }));
      setCustomErrors((errs) => {
        const next = { ...errs };
        for (const k of Object.keys(patch) as (keyof CustomMeasureInput)[]) delete next[k];
        return next;
      });
    },
    customErrors,
    onAddCustom,
    onRemoveCustom,
    errors,
    dirty: !isDraftEmpty(draft),
    saving,
    onSave,
    onDiscard: () => {
      setDraft(EMPTY_DRAFT);
      setErrors({});
      clear();
    },
    error,
    dismissError: () => setError(null),
    viewRef,
    customFormRef,
  };
}
