/**
 * Pure helpers of the Framework view: edits are kept as text (so half-typed numbers survive), validated, and
 * applied to the framework the workbook holds at save time, immutably. Only the edited fields change, so
 * commentary saved meanwhile from the Summary view is not overwritten.
 */
import {
  FREQUENCIES,
  POLARITIES,
  UNITS,
  type Frequency,
  type Framework,
  type Measure,
  type MeasureSettings,
  type Polarity,
  type Unit,
} from '../../../domain/framework/types';
import {
  CUSTOM_MEASURE_ID,
  NUMERIC_SETTING_FIELDS,
  catalogueMeasureIds,
  spcBaselineKey,
} from '../../../domain/framework';
import { periodFromKey } from '../../../domain/calc/periodKeys';

export type NumericSetting = 'target' | 'tolerance' | 'threshold' | 'england' | 'statNeighbours' | 'region';
/** The numeric settings of a measure, in the framework's order. */
export const NUMERIC_SETTINGS = NUMERIC_SETTING_FIELDS as readonly NumericSetting[];
export const SETTING_LABEL: Record<NumericSetting, string> = {
  target: 'Target',
  tolerance: 'Tolerance (% of target)',
  threshold: 'Threshold',
  england: 'England',
  statNeighbours: 'Statistical neighbours',
  region: 'Region',
};

export interface FrameworkDraft {
  readonly settings: Readonly<Record<string, Readonly<Partial<Record<NumericSetting, string>>>>>;
  /** SPC baselines as typed, by measure id ('' clears one). */
  readonly baselines?: Readonly<Record<string, string>>;
  readonly defaultTolerance?: string;
  readonly population?: string;
  readonly added: readonly Measure[];
  readonly removed: readonly string[];
}

export const EMPTY_DRAFT: FrameworkDraft = { settings: {}, added: [], removed: [] };

export function isDraftEmpty(d: FrameworkDraft): boolean {
  return (
    Object.keys(d.settings).length === 0 &&
    Object.keys(d.baselines ?? {}).length === 0 &&
    d.defaultTolerance === undefined &&
    d.population === undefined &&
    d.added.length === 0 &&
    d.removed.length === 0
  );
}

export type DraftErrors = Readonly<Record<string, string>>;

export const settingKey = (measureId: string, key: NumericSetting) => `settings.${measureId}.${key}`;

/** The text a setting's input shows: the draft if edited, else the saved number. */
export function settingText(
  fw: Framework,
  draft: FrameworkDraft,
  measureId: string,
  key: NumericSetting,
): string {
  const edited = draft.settings[measureId]?.[key];
  if (edited !== undefined) return edited;
  const saved = fw.settings[measureId]?.[key];
  return typeof saved === 'number' ? String(saved) : '';
}

export const baselineKey = (measureId: string) => `settings.${measureId}.spcBaseline`;

/** The text the SPC baseline input shows: the draft if edited, else the saved period's label ('Apr-23'). */
export function baselineText(fw: Framework, draft: FrameworkDraft, measureId: string): string {
  const edited = draft.baselines?.[measureId];
  if (edited !== undefined) return edited;
  const saved = fw.settings[measureId]?.spcBaseline;
  return saved ? (periodFromKey(saved)?.label ?? saved) : '';
}

/** '1,234', '90', '90%', ' 12.5 ' -> number; '' -> null; anything else -> NaN. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/%$/, '').trim();
  if (t === '') return null;
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^-?\.\d+$/.test(t)) return NaN;
  return Number(t.replace(/,/g, ''));
}

function checkSetting(measure: Measure | undefined, key: NumericSetting, value: number): string | null {
  const name = `${measure?.id ?? ''} ${SETTING_LABEL[key].toLowerCase()}`.trim();
  if (key === 'tolerance') return value < 0 || value > 100 ? `${name} must be between 0 and 100.` : null;
  if (key === 'threshold') return value < 0 ? `${name} cannot be negative.` : null;
  if (measure?.unit === 'percent' && (value < 0 || value > 100)) {
    return `${name} must be between 0 and 100 (it is a percentage).`;
  }
  if (measure?.range && (value < measure.range[0] || value > measure.range[1])) {
    return `${name} must be between ${measure.range[0]} and ${measure.range[1]}.`;
  }
  if (measure && measure.unit !== 'ratio' && measure.unit !== 'score' && value < 0)
    return `${name} cannot be negative.`;
  return null;
}

export type ApplyResult =
  { readonly ok: true; readonly framework: Framework } | { readonly ok: false; readonly errors: DraftErrors };

export function applyDraft(fw: Framework, draft: FrameworkDraft): ApplyResult {
  const errors: Record<string, string> = {};
  const removed = new Set(draft.removed);
  const measures = [
    ...fw.measures.filter((m) => !removed.has(m.id)),
    ...draft.added.filter((m) => !removed.has(m.id)),
  ];
  const byId = new Map(measures.map((m) => [m.id, m]));

  const settings: Record<string, MeasureSettings> = { ...fw.settings };
  for (const [id, edits] of Object.entries(draft.settings)) {
    let next: Record<string, unknown> = { ...(settings[id] ?? {}) };
    for (const key of NUMERIC_SETTINGS) {
      const text = edits[key];
      if (text === undefined) continue;
      const value = parseNumber(text);
      if (value === null) {
        const { [key]: _gone, ...rest } = next;
        next = rest;
      } else if (Number.isNaN(value)) {
        errors[settingKey(id, key)] =
          `${id} ${SETTING_LABEL[key].toLowerCase()}: enter a number, such as 90.`;
      } else {
        const problem = checkSetting(byId.get(id), key, value);
        if (problem) errors[settingKey(id, key)] = problem;
        else next = { ...next, [key]: value };
      }
    }
    if (Object.keys(next).length === 0) delete settings[id];
    else settings[id] = next as MeasureSettings;
  }

  for (const [id, text] of Object.entries(draft.baselines ?? {})) {
    const { spcBaseline: _old, ...rest } = settings[id] ?? {};
    if (text.trim() === '') {
      if (Object.keys(rest).length === 0) delete settings[id];
      else settings[id] = rest;
      continue;
    }
    const key = spcBaselineKey(text);
    if (key === null) {
      errors[baselineKey(id)] = `${id} SPC baseline: enter a period, such as Apr-23, Q1 2023/24 or 2023/24.`;
    } else {
      settings[id] = { ...rest, spcBaseline: key };
    }
  }

  let defaults = fw.defaults;
  if (draft.defaultTolerance !== undefined) {
    const t = parseNumber(draft.defaultTolerance);
    if (t === null || Number.isNaN(t))
      errors.defaultTolerance = 'Enter the default tolerance as a number, such as 5.';
    else if (t < 0 || t > 100) errors.defaultTolerance = 'The default tolerance must be between 0 and 100.';
    else defaults = { ...defaults, tolerance: t };
  }

  let population = fw.population;
  if (draft.population !== undefined) {
    const p = parseNumber(draft.population);
    if (p === null) population = undefined;
    else if (Number.isNaN(p) || !Number.isInteger(p) || p <= 0) {
      errors.population = 'Enter the population aged 0-17 as a whole number, such as 61,250.';
    } else population = p;
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  const next: Framework = { ...fw, measures, settings, defaults, population };
  if (population === undefined) {
    const { population: _p, ...rest } = next;
    return { ok: true, framework: rest };
  }
  return { ok: true, framework: next };
}

/* ---------- custom measures ---------- */

export interface CustomMeasureInput {
  readonly id: string;
  readonly name: string;
  readonly unit: Unit | '';
  readonly polarity: Polarity | '';
  readonly frequency: Frequency | '';
  readonly kloes: readonly string[];
  readonly definition: string;
}

export const EMPTY_CUSTOM: CustomMeasureInput = {
  id: '',
  name: '',
  unit: '',
  polarity: '',
  frequency: '',
  kloes: [],
  definition: '',
};

export type CustomMeasureErrors = Partial<Record<keyof CustomMeasureInput, string>>;

export function validateCustomMeasure(
  input: CustomMeasureInput,
  measures: readonly Measure[],
  kloeIds: readonly string[],
): CustomMeasureErrors {
  const errors: Record<string, string> = {};
  const id = input.id.trim().toUpperCase();
  if (!id) errors.id = 'Give the measure an id, such as X01.';
  else if (!CUSTOM_MEASURE_ID.test(id)) {
    errors.id = 'The id must be 2 to 16 characters: a letter, then letters, digits, - or _.';
  } else {
    const clash = measures.find((m) => m.id.toUpperCase() === id);
    if (clash) errors.id = `The id ${clash.id} is already used by ‘${clash.name}’.`;
    else if (catalogueMeasureIds().has(id)) {
      errors.id = `The id ${id} belongs to a measure of the default framework; choose another.`;
    }
  }
  const name = input.name.trim();
  if (!name) errors.name = 'Give the measure a name.';
  else if (name.length > 200) errors.name = 'Keep the name to 200 characters or fewer.';
  else if (/^[=+\-@]/.test(name)) errors.name = 'The name cannot start with =, +, - or @.';
  if (!input.unit || !UNITS.includes(input.unit)) errors.unit = 'Choose a unit.';
  if (!input.polarity || !POLARITIES.includes(input.polarity))
    errors.polarity = 'Choose which direction is better.';
  if (!input.frequency || !FREQUENCIES.includes(input.frequency))
    errors.frequency = 'Choose how often it is reported.';
  if (input.kloes.length === 0) errors.kloes = 'Choose at least one line of enquiry (KLOE).';
  else {
    const unknown = input.kloes.filter((k) => !kloeIds.includes(k));
    if (unknown.length) errors.kloes = `Unknown line of enquiry: ${unknown.join(', ')}.`;
  }
  if (input.definition.length > 1000) errors.definition = 'Keep the definition to 1,000 characters or fewer.';
  return errors;
}

/** A valid input as a Measure (call validateCustomMeasure first). KLOEs in framework order. */
export function toCustomMeasure(input: CustomMeasureInput, kloeOrder: readonly string[]): Measure {
  const definition = input.definition.trim();
  return {
    id: input.id.trim().toUpperCase(),
    name: input.name.trim(),
    kloes: kloeOrder.filter((k) => input.kloes.includes(k)),
    unit: input.unit as Unit,
    polarity: input.polarity as Polarity,
    frequency: input.frequency as Frequency,
    ...(definition ? { definition } : {}),
    source: 'local',
    derived: false,
    custom: true,
  };
}
