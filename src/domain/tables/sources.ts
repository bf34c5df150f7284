/**
 * What each table is: its 903 columns (shared/domain/ssda903.md, "Tables and their columns"), how each
 * column is read, the measures the table gives and the columns each of them needs. Columns are found by their
 * 903 names in any order (extra columns are ignored); an authority's own names come through the officer's map.
 */
import type { Field, TableSource } from './types';

export type FieldKind = 'id' | 'date' | 'code' | 'score' | 'text';

/** How a field is read, wherever it appears. */
export const FIELD_KINDS: Readonly<Record<Field, FieldKind>> = {
  CHILD: 'id',
  DOB: 'date',
  DECOM: 'date',
  DEC: 'date',
  MIS_START: 'date',
  MIS_END: 'date',
  REVIEW: 'date',
  DUC: 'date',
  RNE: 'code',
  LS: 'code',
  PLACE: 'code',
  MISSING: 'code',
  REVIEW_CODE: 'code',
  CONVICTED: 'code',
  HEALTH_CHECK: 'code',
  IMMUNISATIONS: 'code',
  TEETH_CHECK: 'code',
  SUBSTANCE_MISUSE: 'code',
  IN_TOUCH: 'code',
  ACTIV: 'code',
  SDQ_SCORE: 'score',
};

export function fieldKind(field: Field): FieldKind {
  return FIELD_KINDS[field] ?? 'text';
}

export interface SourceInfo {
  readonly source: TableSource;
  /** "the 903 episodes table" */
  readonly name: string;
  /** One row per ... */
  readonly rowIs: string;
  /** The table's 903 columns, in the return's order. */
  readonly fields: readonly Field[];
  /**
   * The columns read: those the measures and the checks use (a 50,000-row table is read as these columns
   * alone). Exact duplicates are rows the same in all of them.
   */
  readonly read: readonly Field[];
  /** The measures the table gives, each with the columns it needs. */
  readonly measures: Readonly<Record<string, readonly Field[]>>;
  /** The date that places a row in a year, for the years the table covers (undefined: the as-at year only). */
  readonly eventField?: Field;
}

export const SOURCES: Readonly<Record<TableSource, SourceInfo>> = {
  header: {
    source: 'header',
    read: ['CHILD', 'DOB'],
    name: 'the 903 header table',
    rowIs: 'child',
    fields: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN'],
    measures: {},
  },
  episodes: {
    source: 'episodes',
    read: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
    name: 'the 903 episodes table',
    rowIs: 'episode of care',
    fields: [
      'CHILD',
      'DECOM',
      'RNE',
      'LS',
      'CIN',
      'PLACE',
      'PLACE_PROVIDER',
      'DEC',
      'REC',
      'REASON_PLACE_CHANGE',
      'HOME_POST',
      'PL_POST',
      'URN',
    ],
    measures: {
      D02: ['CHILD', 'DECOM', 'DEC', 'LS'],
      D03: ['CHILD', 'DECOM', 'RNE', 'LS'],
      D04: ['CHILD', 'DECOM', 'DEC', 'REC', 'LS'],
      P01: ['CHILD', 'DECOM', 'DEC', 'LS', 'PLACE'],
      P03: ['CHILD', 'DECOM', 'DEC', 'LS', 'PLACE'],
      S01: ['CHILD', 'DECOM', 'DEC', 'LS', 'RNE'],
    },
    eventField: 'DEC',
  },
  missing: {
    source: 'missing',
    read: ['CHILD', 'MISSING', 'MIS_START', 'MIS_END'],
    name: 'the 903 missing table',
    rowIs: 'missing or away incident',
    fields: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
    measures: {
      M01: ['CHILD', 'MISSING', 'MIS_START'],
      M02: ['CHILD', 'MISSING', 'MIS_START'],
      M03: ['CHILD', 'MISSING', 'MIS_START'],
      M04: ['CHILD', 'MISSING', 'MIS_START'],
      M05: ['CHILD', 'MISSING', 'MIS_START'],
    },
    eventField: 'MIS_START',
  },
  oc2: {
    source: 'oc2',
    read: ['CHILD', 'DOB', 'SDQ_SCORE', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK'],
    name: 'the 903 OC2 table',
    rowIs: 'child looked after continuously for 12 months',
    fields: [
      'CHILD',
      'DOB',
      'SDQ_SCORE',
      'SDQ_REASON',
      'CONVICTED',
      'HEALTH_CHECK',
      'IMMUNISATIONS',
      'TEETH_CHECK',
      'HEALTH_ASSESSMENT',
      'SUBSTANCE_MISUSE',
    ],
    measures: {
      H01: ['CHILD', 'HEALTH_CHECK'],
      H02: ['CHILD', 'TEETH_CHECK'],
      H03: ['CHILD', 'IMMUNISATIONS'],
      H06: ['CHILD', 'DOB', 'SDQ_SCORE'],
      H07: ['CHILD', 'DOB', 'SDQ_SCORE'],
      O01: ['CHILD', 'DOB', 'CONVICTED'],
    },
  },
  oc3: {
    source: 'oc3',
    read: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    name: 'the 903 OC3 table',
    rowIs: 'care leaver',
    fields: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    measures: {
      C01: ['CHILD', 'DOB', 'IN_TOUCH'],
      C02: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV'],
      C03: ['CHILD', 'DOB', 'IN_TOUCH', 'ACCOM'],
      C04: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV'],
      C05: ['CHILD', 'DOB', 'IN_TOUCH', 'ACCOM'],
    },
  },
  reviews: {
    source: 'reviews',
    read: ['CHILD', 'REVIEW', 'REVIEW_CODE'],
    name: 'the 903 reviews table',
    rowIs: 'looked after review',
    fields: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
    measures: { V01: ['CHILD', 'REVIEW', 'REVIEW_CODE'] },
    eventField: 'REVIEW',
  },
  uasc: {
    source: 'uasc',
    read: ['CHILD', 'DOB', 'DUC'],
    name: 'the 903 UASC table',
    rowIs: 'unaccompanied asylum-seeking child',
    fields: ['CHILD', 'SEX', 'DOB', 'DUC'],
    measures: {},
  },
};

/** Every column any of the table's measures needs (CHILD always). */
export function requiredFields(source: TableSource): Field[] {
  const info = SOURCES[source];
  const out = new Set<Field>(['CHILD']);
  for (const fields of Object.values(info.measures)) for (const f of fields) out.add(f);
  return info.fields.filter((f) => out.has(f));
}

/** The measures a missing column blocks. */
export function measuresNeeding(source: TableSource, field: Field): string[] {
  return Object.entries(SOURCES[source].measures)
    .filter(([, fields]) => fields.includes(field))
    .map(([id]) => id);
}

/** The measures the table gives. */
export function measuresOf(source: TableSource): string[] {
  return Object.keys(SOURCES[source].measures);
}

/** Which table gives a measure, if any. */
export function sourceOfMeasure(measureId: string): TableSource | undefined {
  for (const s of Object.values(SOURCES)) if (measureId in s.measures) return s.source;
  return undefined;
}

/**
 * The headers authorities' own logs use for a field, for proposing a column map in the pane (never applied
 * without the officer): compared lower case with punctuation and spaces collapsed.
 */
export const FIELD_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  CHILD: [
    'child id',
    'childid',
    'child ref',
    'child reference',
    'young person id',
    'yp id',
    'person id',
    'client id',
    'lac id',
    'cla id',
    'case id',
    'id',
    'reference',
    'ref',
  ],
  DOB: ['date of birth', 'birth date', 'd o b', 'dob'],
  SEX: ['gender', 'sex'],
  MISSING: [
    'missing or away',
    'missing away',
    'missing absent',
    'type',
    'incident type',
    'episode type',
    'category',
    'missing type',
  ],
  MIS_START: [
    'reported missing',
    'date reported missing',
    'date missing',
    'missing date',
    'missing from',
    'start date',
    'start',
    'went missing',
    'incident start',
    'date went missing',
  ],
  MIS_END: [
    'returned',
    'date returned',
    'return date',
    'found',
    'date found',
    'missing to',
    'end date',
    'end',
    'incident end',
  ],
  DECOM: ['date episode commenced', 'episode start', 'start date', 'date started'],
  DEC: ['date episode ceased', 'episode end', 'end date', 'date ceased'],
  RNE: ['reason for new episode', 'reason new episode'],
  LS: ['legal status'],
  PLACE: ['placement type', 'placement'],
  REC: ['reason episode ceased', 'reason ceased'],
  REVIEW: ['review date', 'date of review'],
  REVIEW_CODE: ['participation', 'participation code', 'review participation'],
  IN_TOUCH: ['in touch'],
  ACTIV: ['activity', 'main activity'],
  ACCOM: ['accommodation'],
  SDQ_SCORE: ['sdq', 'sdq score', 'sdq total'],
  HEALTH_CHECK: ['health check', 'health assessment up to date'],
  TEETH_CHECK: ['dental check', 'teeth check', 'dental'],
  IMMUNISATIONS: ['immunisations', 'immunisations up to date'],
  CONVICTED: ['convicted', 'convicted or cautioned'],
};

/** Header text as compared with 903 names and aliases: lower case, punctuation and spaces collapsed. */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
