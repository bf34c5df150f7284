/**
 * The workbook-specific part of the framework (settings, custom measures, evidence, population, as-at)
 * as rows of cells for the hidden 'PMF Settings' sheet, and back.
 *
 * Layout (row 1 is the header; one row per setting after it; columns A-D):
 *
 *   | kind      | id    | field             | value                      |   schema | 1
 *   | framework |       | population        | 61200                      |
 *   | framework |       | asAt              | 2025-03-31                 |
 *   | framework |       | tolerance         | 5                          |
 *   | framework |       | stableBand        | 0.5                        |
 *   | framework |       | caseloadThreshold | 25                         |
 *   | framework |       | smallDenominator  | 10                         |
 *   | custom    | LOC1  | name              | Children with a life story |
 *   | custom    | LOC1  | kloes             | K04, K10                   |
 *   | custom    | LOC1  | unit / polarity / frequency / definition / numerator / denominator /
 *   |           |       | england / englandYear / rangeMin / rangeMax                    |
 *   | measure   | S01   | target            | 9                          |
 *   | measure   | S01   | comment           | =Up on last year ...       |   (text kept exactly)
 *   | measure   | S01   | spcBaseline       | 2023-04                    |   (a period; SPC starts there)
 *   | evidence  | K10   | 2025-02-11        | Members' training held...  |   (field = date, may be blank)
 *
 * The header's cells E1:F1 hold 'schema' and the schema version. Text is written as text by the
 * writer, so commentary starting with '=' or holding newlines round-trips exactly.
 */
import {
  addCustomMeasure,
  defaultFramework,
  isIsoDate,
  MEASURE_SETTING_FIELDS,
  NUMERIC_SETTING_FIELDS,
  spcBaselineKey,
  type CustomMeasureDraft,
  type MeasureSettingField,
} from './framework';
import type { EvidenceNote, Framework, FrameworkDefaults, MeasureSettings } from './types';
import { periodFromSerial } from '../periods/parse';

export const SETTINGS_SHEET_NAME = 'PMF Settings';
export const SETTINGS_SCHEMA_VERSION = 1;
export const SETTINGS_HEADER: readonly (string | number)[] = [
  'kind',
  'id',
  'field',
  'value',
  'schema',
  SETTINGS_SCHEMA_VERSION,
];

export type SettingsCell = string | number | boolean;

export interface SettingsProblem {
  /** 1-based row of the settings sheet; 1 for the header. */
  readonly sheetRow: number;
  readonly message: string;
}

export interface SettingsReadResult {
  readonly framework: Framework;
  readonly problems: SettingsProblem[];
  /** Schema version found in the header (undefined when there is no header). */
  readonly schema?: number;
  /**
   * True when the sheet was written by a newer version of the add-in. The framework is then the default
   * one, and the caller must not write the sheet back (it would lose what the newer version stored).
   */
  readonly newerSchema: boolean;
}

const CUSTOM_FIELDS = [
  'name',
  'kloes',
  'unit',
  'polarity',
  'frequency',
  'definition',
  'numerator',
  'denominator',
  'england',
  'englandYear',
  'rangeMin',
  'rangeMax',
] as const;
type CustomField = (typeof CUSTOM_FIELDS)[number];

const FRAMEWORK_FIELDS = [
  'population',
  'asAt',
  'tolerance',
  'stableBand',
  'caseloadThreshold',
  'smallDenominator',
] as const;

/** Rows for the settings sheet, header first. Only the workbook-specific part is written. */
export function frameworkToRows(framework: Framework): (string | number)[][] {
  const rows: (string | number)[][] = [[...SETTINGS_HEADER]];
  if (framework.population !== undefined) rows.push(['framework', '', 'population', framework.population]);
  if (framework.asAt !== undefined) rows.push(['framework', '', 'asAt', framework.asAt]);
  rows.push(['framework', '', 'tolerance', framework.defaults.tolerance]);
  rows.push(['framework', '', 'stableBand', framework.defaults.stableBand]);
  rows.push(['framework', '', 'caseloadThreshold', framework.defaults.caseloadThreshold]);
  rows.push(['framework', '', 'smallDenominator', framework.defaults.smallDenominator]);

  for (const m of framework.measures) {
    if (!m.custom) continue;
    const put = (field: CustomField, value: string | number | undefined) => {
      if (value !== undefined && value !== '') rows.push(['custom', m.id, field, value]);
    };
    put('name', m.name);
    put('kloes', m.kloes.join(', '));
    put('unit', m.unit);
    put('polarity', m.polarity);
    put('frequency', m.frequency);
    put('definition', m.definition);
    put('numerator', m.numerator);
    put('denominator', m.denominator);
    put('england', m.england?.value);
    put('englandYear', m.england?.year);
    put('rangeMin', m.range?.[0]);
    put('rangeMax', m.range?.[1]);
  }

  for (const [id, s] of Object.entries(framework.settings)) {
    for (const field of MEASURE_SETTING_FIELDS) {
      const v = s[field];
      if (v !== undefined) rows.push(['measure', id, field, v]);
    }
  }

  for (const e of framework.evidence) rows.push(['evidence', e.kloeId, e.date ?? '', e.text]);
  return rows;
}

function cellText(v: SettingsCell | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** A number from a number cell or from text such as '12.5' or ' 1,200 '; undefined otherwise. */
export function numberFromCell(v: SettingsCell | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function show(v: SettingsCell | undefined): string {
  const t = cellText(v);
  const short = t.length > 40 ? `${t.slice(0, 37)}...` : t;
  return `'${short.replace(/\n/g, ' ')}'`;
}

/** Excel date serial (days since 1899-12-30) to ISO; the writer should store dates as text, but be kind. */
function serialToIso(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 2958465) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + n * 86400000);
  return d.toISOString().slice(0, 10);
}

function isoDateFromCell(v: SettingsCell | undefined): string | undefined {
  if (typeof v === 'number') return serialToIso(v);
  const t = cellText(v).trim();
  return isIsoDate(t) ? t : undefined;
}

/** Reads the schema version from a header row: the number after a 'schema' cell. */
function headerSchema(row: readonly SettingsCell[] | undefined): number | undefined {
  if (!row) return undefined;
  for (let i = 0; i < row.length - 1; i++) {
    if (cellText(row[i]).trim().toLowerCase() === 'schema') {
      const n = numberFromCell(row[i + 1]);
      return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
    }
  }
  return undefined;
}

/** A baseline period from its cell: text such as 'Apr-23' or '2023-04', or a date cell (its month). */
function baselineFromCell(v: SettingsCell | undefined): string | undefined {
  const fromText = spcBaselineKey(cellText(v));
  if (fromText !== null) return fromText;
  return typeof v === 'number' ? (periodFromSerial(v)?.key ?? undefined) : undefined;
}

const isBlankRow = (row: readonly SettingsCell[]) => row.every((c) => cellText(c).trim() === '');

/**
 * Reads the settings sheet onto the default framework. Malformed rows are reported (naming the sheet
 * row) and skipped; everything else loads. Never throws.
 */
export function frameworkFromRows(rows: readonly (readonly SettingsCell[])[]): SettingsReadResult {
  const problems: SettingsProblem[] = [];
  const where = (r: number) => `${SETTINGS_SHEET_NAME} row ${r}`;
  const report = (sheetRow: number, message: string) =>
    problems.push({ sheetRow, message: `${where(sheetRow)}: ${message}` });
  let framework = defaultFramework();

  if (rows.length === 0 || rows.every((r) => isBlankRow(r))) {
    return { framework, problems, newerSchema: false };
  }
  const schema = headerSchema(rows[0]);
  let first = 1;
  if (schema === undefined) {
    const kind = cellText(rows[0][0]).trim().toLowerCase();
    if (['framework', 'measure', 'custom', 'evidence'].includes(kind)) {
      first = 0;
      report(1, `no header row with a schema version; read as schema ${SETTINGS_SCHEMA_VERSION}`);
    } else {
      report(1, `the header has no schema version; read as schema ${SETTINGS_SCHEMA_VERSION}`);
    }
  } else if (schema > SETTINGS_SCHEMA_VERSION) {
    report(
      1,
      `the settings were saved by a newer version of the add-in (schema ${schema}; this version reads schema ${SETTINGS_SCHEMA_VERSION}). ` +
        'Default settings are used and the sheet is left as it is; update the add-in to use them.',
    );
    return { framework, problems, schema, newerSchema: true };
  }

  const defaults: { -readonly [K in keyof FrameworkDefaults]: number } = { ...framework.defaults };
  let population: number | undefined;
  let asAt: string | undefined;
  const customs = new Map<
    string,
    { firstRow: number; fields: Map<CustomField, { row: number; v: SettingsCell }> }
  >();
  const settingRows: { row: number; id: string; field: MeasureSettingField; v: SettingsCell }[] = [];
  const evidence: EvidenceNote[] = [];
  const seen = new Map<string, number>();
  const dup = (key: string, r: number): boolean => {
    const prev = seen.get(key);
    seen.set(key, r);
    if (prev !== undefined) {
      report(r, `repeats the setting on row ${prev}; the later value (this row) is used`);
      return true;
    }
    return false;
  };

  for (let i = first; i < rows.length; i++) {
    const r = i + 1;
    const row = rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const kind = cellText(row[0]).trim().toLowerCase();
    const id = cellText(row[1]).trim();
    const fieldRaw = cellText(row[2]).trim();
    const value = row[3];
    switch (kind) {
      case 'framework': {
        const field = FRAMEWORK_FIELDS.find((f) => f.toLowerCase() === fieldRaw.toLowerCase());
        if (!field) {
          report(
            r,
            `'${fieldRaw}' is not a framework setting (expected one of ${FRAMEWORK_FIELDS.join(', ')})`,
          );
          break;
        }
        dup(`framework|${field}`, r);
        if (field === 'asAt') {
          const iso = isoDateFromCell(value);
          if (iso === undefined) report(r, `as-at date is ${show(value)}, not a date like 2025-03-31`);
          else asAt = iso;
          break;
        }
        const n = numberFromCell(value);
        if (n === undefined) {
          report(r, `${field} is ${show(value)}, not a number`);
        } else if (field === 'population' ? n <= 0 : n < 0) {
          report(r, `${field} is ${n}; it must be ${field === 'population' ? 'above 0' : '0 or more'}`);
        } else if (field === 'population') {
          population = n;
        } else {
          defaults[field] = n;
        }
        break;
      }
      case 'measure': {
        if (id === '') {
          report(r, 'the measure id (column B) is empty');
          break;
        }
        const field = MEASURE_SETTING_FIELDS.find((f) => f.toLowerCase() === fieldRaw.toLowerCase());
        if (!field) {
          report(
            r,
            `'${fieldRaw}' is not a measure setting (expected one of ${MEASURE_SETTING_FIELDS.join(', ')})`,
          );
          break;
        }
        dup(`measure|${id}|${field}`, r);
        settingRows.push({ row: r, id, field, v: value ?? '' });
        break;
      }
      case 'custom': {
        const field = CUSTOM_FIELDS.find((f) => f.toLowerCase() === fieldRaw.toLowerCase());
        if (id === '') {
          report(r, 'the custom measure id (column B) is empty');
          break;
        }
        if (!field) {
          report(
            r,
            `'${fieldRaw}' is not a field of a custom measure (expected one of ${CUSTOM_FIELDS.join(', ')})`,
          );
          break;
        }
        dup(`custom|${id}|${field}`, r);
        let entry = customs.get(id);
        if (!entry) customs.set(id, (entry = { firstRow: r, fields: new Map() }));
        entry.fields.set(field, { row: r, v: value ?? '' });
        break;
      }
      case 'evidence': {
        const text = cellText(value);
        if (text.trim() === '') {
          report(r, `evidence for ${id || '(no KLOE)'} has no text`);
          break;
        }
        if (!framework.kloes.some((k) => k.id === id)) {
          report(r, `evidence is for '${id}', which is not a key line of enquiry of the framework`);
          break;
        }
        const rawDate = row[2];
        if (cellText(rawDate).trim() === '') {
          evidence.push({ kloeId: id, text });
        } else {
          const date = isoDateFromCell(rawDate);
          if (date === undefined) {
            report(
              r,
              `evidence date is ${show(rawDate)}, not a date like 2025-03-31; the note is kept undated`,
            );
            evidence.push({ kloeId: id, text });
          } else {
            evidence.push({ kloeId: id, text, date });
          }
        }
        break;
      }
      default:
        report(r, `kind ${show(row[0])} is not one of framework, measure, custom, evidence`);
    }
  }

  // Custom measures first, so that their settings are known.
  for (const [id, entry] of customs) {
    const get = (f: CustomField) => entry.fields.get(f);
    const text = (f: CustomField) => cellText(get(f)?.v).trim();
    const draftErrors: string[] = [];
    const num = (f: CustomField): number | undefined => {
      const c = get(f);
      if (!c || cellText(c.v).trim() === '') return undefined;
      const n = numberFromCell(c.v);
      if (n === undefined) draftErrors.push(`${f} is ${show(c.v)}, not a number (row ${c.row})`);
      return n;
    };
    const england = num('england');
    const lo = num('rangeMin');
    const hi = num('rangeMax');
    const draft: CustomMeasureDraft = {
      id,
      name: text('name'),
      kloes: text('kloes')
        .split(/[,;\s]+/)
        .filter((k) => k !== ''),
      unit: text('unit'),
      polarity: text('polarity'),
      frequency: text('frequency'),
      ...(text('definition') ? { definition: cellText(get('definition')?.v) } : {}),
      ...(text('numerator') ? { numerator: cellText(get('numerator')?.v) } : {}),
      ...(text('denominator') ? { denominator: cellText(get('denominator')?.v) } : {}),
      ...(england !== undefined ? { england: { value: england, year: text('englandYear') } } : {}),
      ...(lo !== undefined && hi !== undefined ? { range: [lo, hi] as const } : {}),
    };
    if ((lo === undefined) !== (hi === undefined) && draftErrors.length === 0) {
      draftErrors.push('the plausible range needs both rangeMin and rangeMax');
    }
    const added = addCustomMeasure(framework, draft);
    if ('errors' in added) {
      report(
        entry.firstRow,
        `custom measure ${id} is not loaded: ${[...added.errors, ...draftErrors].join('; ')}`,
      );
    } else {
      framework = added.framework;
      for (const e of draftErrors) report(entry.firstRow, `custom measure ${id}: ${e}`);
    }
  }

  const known = new Set(framework.measures.map((m) => m.id));
  const settings: Record<string, Record<string, number | string>> = {};
  for (const { row, id, field, v } of settingRows) {
    if (!known.has(id)) {
      report(
        row,
        `${field} is set for measure '${id}', which is not in the framework; the setting is kept but not used`,
      );
    }
    let stored: number | string | undefined;
    if (field === 'spcBaseline') {
      if (cellText(v).trim() === '') continue;
      stored = baselineFromCell(v);
      if (stored === undefined) {
        report(
          row,
          `spcBaseline for ${id} is ${show(v)}, not a period such as Apr-23, 2023-04 or 2023/24 Q1`,
        );
        continue;
      }
    } else if ((NUMERIC_SETTING_FIELDS as readonly string[]).includes(field)) {
      if (cellText(v).trim() === '') continue;
      stored = numberFromCell(v);
      if (stored === undefined) {
        report(row, `${field} for ${id} is ${show(v)}, not a number`);
        continue;
      }
    } else {
      stored = cellText(v);
      if (stored === '') continue;
    }
    (settings[id] ??= {})[field] = stored;
  }

  const out: { -readonly [K in keyof Framework]: Framework[K] } = {
    ...framework,
    defaults,
    settings: settings as Record<string, MeasureSettings>,
    evidence,
  };
  if (population !== undefined) out.population = population;
  if (asAt !== undefined) out.asAt = asAt;
  problems.sort((a, b) => a.sheetRow - b.sheetRow);
  return { framework: out, problems, schema, newerSchema: false };
}
