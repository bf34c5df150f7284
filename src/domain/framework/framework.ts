/**
 * The Panel's Performance Management Framework: the default framework built from the catalogue of
 * domain facts, and immutable helpers to change a workbook's copy of it (settings, custom measures,
 * evidence notes). Every function returns a new Framework; none mutates its input.
 */
import catalogue from './catalogue.json';
import { parsePeriodKey } from '../periods/period';
import { parsePeriodText } from '../periods/parse';
import {
  FREQUENCIES,
  POLARITIES,
  UNITS,
  type EvidenceNote,
  type Framework,
  type FrameworkDefaults,
  type Frequency,
  type Kloe,
  type Measure,
  type MeasureSettings,
  type Polarity,
  type Unit,
} from './types';

/** Framework-wide defaults. */
export const DEFAULT_TOLERANCE = 5;
/**
 * Stable band for percentages (percentage points) and rates per 10,000: a change smaller than half a
 * point is 'stable'. Other units use {@link stableBandFor}.
 */
export const DEFAULT_STABLE_BAND = 0.5;
export const DEFAULT_CASELOAD_THRESHOLD = 25;
export const DEFAULT_SMALL_DENOMINATOR = 10;

export const DEFAULT_DEFAULTS: FrameworkDefaults = {
  tolerance: DEFAULT_TOLERANCE,
  stableBand: DEFAULT_STABLE_BAND,
  caseloadThreshold: DEFAULT_CASELOAD_THRESHOLD,
  smallDenominator: DEFAULT_SMALL_DENOMINATOR,
};

/** Ids a Panel may give its own measures: a capital letter then 2-16 capitals, digits, '_' or '-'. */
export const CUSTOM_MEASURE_ID = /^[A-Z][A-Z0-9_-]{1,15}$/;

interface CatalogueMeasure {
  id: string;
  name: string;
  kloes: string[];
  unit: string;
  polarity: string;
  frequency: string;
  definition?: string;
  dataSource?: string;
  counted?: string;
  numerator?: string;
  denominator?: string;
  england?: { value: number; year: string };
  source?: string;
  derived?: boolean;
  range?: number[];
}

function isUnit(s: string): s is Unit {
  return (UNITS as readonly string[]).includes(s);
}
function isPolarity(s: string): s is Polarity {
  return (POLARITIES as readonly string[]).includes(s);
}
function isFrequency(s: string): s is Frequency {
  return (FREQUENCIES as readonly string[]).includes(s);
}

function fromCatalogue(m: CatalogueMeasure): Measure {
  if (!isUnit(m.unit) || !isPolarity(m.polarity) || !isFrequency(m.frequency)) {
    throw new Error(`catalogue measure ${m.id} has an unknown unit, polarity or frequency`);
  }
  const out: {
    -readonly [K in keyof Measure]: Measure[K];
  } = {
    id: m.id,
    name: m.name,
    kloes: [...m.kloes],
    unit: m.unit,
    polarity: m.polarity,
    frequency: m.frequency,
    source: m.source === 'local' ? 'local' : 'national',
    derived: m.derived === true,
    custom: false,
  };
  if (m.definition !== undefined) out.definition = m.definition;
  if (m.dataSource !== undefined) out.dataSource = m.dataSource;
  if (m.counted !== undefined) out.counted = m.counted;
  if (m.numerator !== undefined) out.numerator = m.numerator;
  if (m.denominator !== undefined) out.denominator = m.denominator;
  if (m.england !== undefined) out.england = { value: m.england.value, year: String(m.england.year) };
  if (m.range !== undefined && m.range.length === 2) out.range = [m.range[0], m.range[1]];
  return out;
}

let cachedDefault: Framework | undefined;

/** The default framework: every catalogue KLOE (context and demand, K00, first) and measure. */
export function defaultFramework(): Framework {
  if (!cachedDefault) {
    const kloes: Kloe[] = (catalogue.kloes as Kloe[]).map((k) => ({
      id: k.id,
      title: k.title,
      question: k.question,
    }));
    kloes.sort((a, b) => (a.id === 'K00' ? -1 : b.id === 'K00' ? 1 : 0));
    const measures = (catalogue.measures as CatalogueMeasure[]).map(fromCatalogue);
    cachedDefault = deepFreeze({
      kloes,
      measures,
      settings: {},
      evidence: [],
      defaults: { ...DEFAULT_DEFAULTS },
    });
  }
  return cachedDefault;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

/** Ids of the measures in the catalogue (custom measures may not reuse them). */
export function catalogueMeasureIds(): ReadonlySet<string> {
  return new Set(defaultFramework().measures.map((m) => m.id));
}

/** Index of a measure list by id (the first measure of each id, as `find` would return), built once per list. */
const measureIndexes = new WeakMap<readonly Measure[], ReadonlyMap<string, Measure>>();

export function measureById(framework: Framework, id: string): Measure | undefined {
  // Frameworks are immutable (every change makes a new one), so a list's index stays valid.
  const list = framework.measures;
  let index = measureIndexes.get(list);
  if (!index) {
    const built = new Map<string, Measure>();
    for (const m of list) if (!built.has(m.id)) built.set(m.id, m);
    measureIndexes.set(list, built);
    index = built;
  }
  return index.get(id);
}

export function kloeById(framework: Framework, id: string): Kloe | undefined {
  return framework.kloes.find((k) => k.id === id);
}

/** Measures under a KLOE, in framework order. `homeOnly` keeps those whose first KLOE it is. */
export function measuresForKloe(framework: Framework, kloeId: string, homeOnly = false): Measure[] {
  return framework.measures.filter((m) => (homeOnly ? m.kloes[0] === kloeId : m.kloes.includes(kloeId)));
}

/** A measure's settings, {} when none. */
export function settingsFor(framework: Framework, measureId: string): MeasureSettings {
  return framework.settings[measureId] ?? {};
}

/** Amber tolerance for a measure: its own, else the framework default (percent of target). */
export function toleranceFor(framework: Framework, measureId: string): number {
  return framework.settings[measureId]?.tolerance ?? framework.defaults.tolerance;
}

/** Threshold for threshold measures (W02): the measure's own, else the framework caseload threshold. */
export function thresholdFor(framework: Framework, measureId: string): number {
  return framework.settings[measureId]?.threshold ?? framework.defaults.caseloadThreshold;
}

/**
 * A change smaller than this, in the measure's unit, counts as 'stable' for direction of travel.
 *  - percent (percentage points) and rate per 10,000: the framework's stableBand (default 0.5);
 *  - count: 0 (any change in a whole number of children is a change);
 *  - score (SDQ, Attainment 8) and ratio (caseload, incidents per child): 0.1;
 *  - days: 1 day; currency: £1.
 */
export function stableBandFor(measure: Pick<Measure, 'unit'>, framework: Framework): number {
  switch (measure.unit) {
    case 'percent':
    case 'rate10k':
      return framework.defaults.stableBand;
    case 'count':
      return 0;
    case 'score':
    case 'ratio':
      return 0.1;
    case 'days':
    case 'currency':
      return 1;
  }
}

export const MEASURE_SETTING_FIELDS = [
  'target',
  'tolerance',
  'threshold',
  'england',
  'statNeighbours',
  'region',
  'comment',
  'action',
  'spcBaseline',
] as const;
export type MeasureSettingField = (typeof MEASURE_SETTING_FIELDS)[number];
/** The settings that are text; every other setting is a number. */
const TEXT_SETTING_FIELDS: readonly MeasureSettingField[] = ['comment', 'action', 'spcBaseline'];

/**
 * The canonical key of a baseline period as an officer writes it ('Apr-23', 'April 2023', '2023-04',
 * 'Q1 2023/24', '2023/24'); null when the text is not a period.
 */
export function spcBaselineKey(text: string): string | null {
  const t = text.trim();
  return (parsePeriodKey(t) ?? parsePeriodText(t))?.key ?? null;
}
export const NUMERIC_SETTING_FIELDS: readonly MeasureSettingField[] = MEASURE_SETTING_FIELDS.filter(
  (f) => !TEXT_SETTING_FIELDS.includes(f),
);

/** A change to a measure's settings: a field set to `undefined` is cleared. */
export type SettingsPatch = { [K in keyof MeasureSettings]?: MeasureSettings[K] | undefined };

/**
 * A new framework with a measure's settings patched. Throws on an unknown measure id or a number that
 * is not finite (programming errors: the pane offers only known measures and parsed numbers).
 */
export function withSettings(framework: Framework, measureId: string, patch: SettingsPatch): Framework {
  if (!measureById(framework, measureId)) throw new RangeError(`No measure with id '${measureId}'`);
  const next: Record<string, unknown> = { ...(framework.settings[measureId] ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (!(MEASURE_SETTING_FIELDS as readonly string[]).includes(key)) continue;
    if (value === undefined || value === '') {
      delete next[key];
    } else if (key === 'spcBaseline') {
      const baseline = spcBaselineKey(String(value));
      if (baseline === null) {
        throw new RangeError(`the SPC baseline for ${measureId}, '${value}', is not a period such as Apr-23`);
      }
      next[key] = baseline;
    } else if ((NUMERIC_SETTING_FIELDS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new RangeError(`${key} for ${measureId} must be a finite number`);
      }
      next[key] = value;
    } else {
      next[key] = String(value);
    }
  }
  const settings: Record<string, MeasureSettings> = { ...framework.settings };
  if (Object.keys(next).length === 0) delete settings[measureId];
  else settings[measureId] = next as MeasureSettings;
  return { ...framework, settings };
}

/** Framework-wide settings a workbook can set. `undefined` clears population / as-at. */
export interface FrameworkSettingsPatch {
  readonly population?: number | undefined;
  readonly asAt?: string | undefined;
  readonly tolerance?: number;
  readonly stableBand?: number;
  readonly caseloadThreshold?: number;
  readonly smallDenominator?: number;
}

/** A new framework with framework-wide settings changed. Throws on numbers that are not finite. */
export function withFrameworkSettings(framework: Framework, patch: FrameworkSettingsPatch): Framework {
  const defaults: { -readonly [K in keyof FrameworkDefaults]: number } = { ...framework.defaults };
  for (const key of ['tolerance', 'stableBand', 'caseloadThreshold', 'smallDenominator'] as const) {
    const v = patch[key];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${key} must be a number of 0 or more`);
    defaults[key] = v;
  }
  const out: { -readonly [K in keyof Framework]: Framework[K] } = { ...framework, defaults };
  if ('population' in patch) {
    const p = patch.population;
    if (p === undefined) delete out.population;
    else if (!Number.isFinite(p) || p <= 0) throw new RangeError('population must be a positive number');
    else out.population = p;
  }
  if ('asAt' in patch) {
    const a = patch.asAt;
    if (a === undefined || a === '') delete out.asAt;
    else if (!isIsoDate(a)) throw new RangeError(`as-at date '${a}' is not a date like 2025-03-31`);
    else out.asAt = a;
  }
  return out;
}

/** YYYY-MM-DD and a real calendar date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** What a Panel fills in to add a measure of its own. */
export interface CustomMeasureDraft {
  readonly id: string;
  readonly name: string;
  readonly kloes: readonly string[];
  readonly unit: string;
  readonly polarity: string;
  readonly frequency: string;
  readonly definition?: string;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly england?: { readonly value: number; readonly year: string };
  readonly range?: readonly [number, number];
}

/** Checks a draft against the framework; [] when it can be added. */
export function validateCustomMeasure(framework: Framework, draft: CustomMeasureDraft): string[] {
  const errors: string[] = [];
  const id = typeof draft.id === 'string' ? draft.id.trim() : '';
  if (!CUSTOM_MEASURE_ID.test(id)) {
    errors.push(
      `Measure id '${id}' must be 2 to 16 characters: a capital letter, then capitals, digits, '_' or '-' (for example LOCAL1)`,
    );
  } else if (catalogueMeasureIds().has(id)) {
    errors.push(`Measure id '${id}' is a measure of the default framework; choose another id`);
  } else if (measureById(framework, id)) {
    errors.push(`Measure id '${id}' is already used by another measure`);
  }
  if (typeof draft.name !== 'string' || draft.name.trim() === '') errors.push('The measure needs a name');
  if (!isUnit(String(draft.unit))) errors.push(`Unit '${draft.unit}' is not one of ${UNITS.join(', ')}`);
  if (!isPolarity(String(draft.polarity))) {
    errors.push(`Polarity '${draft.polarity}' is not one of ${POLARITIES.join(', ')}`);
  }
  if (!isFrequency(String(draft.frequency))) {
    errors.push(`Frequency '${draft.frequency}' is not one of ${FREQUENCIES.join(', ')}`);
  }
  const kloes = Array.isArray(draft.kloes) ? draft.kloes : [];
  if (kloes.length === 0) errors.push('The measure needs at least one key line of enquiry');
  for (const k of kloes) {
    if (!kloeById(framework, k)) errors.push(`Key line of enquiry '${k}' is not in the framework`);
  }
  if (new Set(kloes).size !== kloes.length) errors.push('A key line of enquiry is listed twice');
  if (draft.england !== undefined && !Number.isFinite(draft.england.value)) {
    errors.push('The England value must be a number');
  }
  if (draft.range !== undefined) {
    const [lo, hi] = draft.range;
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
      errors.push('The plausible range must be two numbers, the lower first');
    }
  }
  return errors;
}

function measureFromDraft(draft: CustomMeasureDraft): Measure {
  const out: { -readonly [K in keyof Measure]: Measure[K] } = {
    id: draft.id.trim(),
    name: draft.name.trim(),
    kloes: [...draft.kloes],
    unit: draft.unit as Unit,
    polarity: draft.polarity as Polarity,
    frequency: draft.frequency as Frequency,
    source: 'local',
    derived: false,
    custom: true,
  };
  if (draft.definition) out.definition = draft.definition;
  if (draft.numerator) out.numerator = draft.numerator;
  if (draft.denominator) out.denominator = draft.denominator;
  if (draft.england) out.england = { value: draft.england.value, year: draft.england.year };
  if (draft.range) out.range = [draft.range[0], draft.range[1]];
  return out;
}

/** Adds a Panel's own measure (source 'local', custom), after validation. */
export function addCustomMeasure(
  framework: Framework,
  draft: CustomMeasureDraft,
): { framework: Framework } | { errors: string[] } {
  const errors = validateCustomMeasure(framework, draft);
  if (errors.length > 0) return { errors };
  return { framework: { ...framework, measures: [...framework.measures, measureFromDraft(draft)] } };
}

/** Removes a custom measure and its settings. Catalogue measures cannot be removed. */
export function removeCustomMeasure(framework: Framework, id: string): Framework {
  const m = measureById(framework, id);
  if (!m || !m.custom) return framework;
  const settings = { ...framework.settings };
  delete settings[id];
  return { ...framework, measures: framework.measures.filter((x) => x.id !== id), settings };
}

/** Why an evidence note cannot be recorded; [] when it can. */
export function validateEvidence(framework: Framework, note: EvidenceNote): string[] {
  const errors: string[] = [];
  if (!kloeById(framework, note.kloeId))
    errors.push(`Key line of enquiry '${note.kloeId}' is not in the framework`);
  if (typeof note.text !== 'string' || note.text.trim() === '') errors.push('The evidence note has no text');
  if (note.date !== undefined && note.date !== '' && !isIsoDate(note.date)) {
    errors.push(`Date '${note.date}' is not a date like 2025-03-31`);
  }
  return errors;
}

/**
 * Records evidence for a line of enquiry (typically one that no number measures). Throws a RangeError
 * listing the problems when the note is invalid (check first with {@link validateEvidence}).
 */
export function addEvidence(framework: Framework, note: EvidenceNote): Framework {
  const errors = validateEvidence(framework, note);
  if (errors.length > 0) throw new RangeError(errors.join('; '));
  const clean: EvidenceNote = note.date
    ? { kloeId: note.kloeId, text: note.text, date: note.date }
    : { kloeId: note.kloeId, text: note.text };
  return { ...framework, evidence: [...framework.evidence, clean] };
}

/** Removes the evidence note at `index` of framework.evidence (no change when out of range). */
export function removeEvidence(framework: Framework, index: number): Framework {
  if (!Number.isInteger(index) || index < 0 || index >= framework.evidence.length) return framework;
  return { ...framework, evidence: framework.evidence.filter((_, i) => i !== index) };
}

/** Evidence notes for a KLOE, in the order recorded. */
export function evidenceForKloe(framework: Framework, kloeId: string): EvidenceNote[] {
  return framework.evidence.filter((e) => e.kloeId === kloeId);
}

/** KLOEs with no measure and no evidence (coverage). */
export function uncoveredKloes(framework: Framework): Kloe[] {
  return framework.kloes.filter(
    (k) => measuresForKloe(framework, k.id).length === 0 && evidenceForKloe(framework, k.id).length === 0,
  );
}
