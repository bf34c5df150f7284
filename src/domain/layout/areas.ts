/**
 * Areas as benchmark tables name them: England, the nine English regions, the statistical neighbours'
 * average, and authorities. Area tables (the DfE's Local Authority Interactive Tool, ChAT, regional
 * benchmarking workbooks) list one area per row; long tables (Explore Education Statistics, Fingertips, LG
 * Inform) one area per row and period. A label is judged as a whole, never by a word in it: 'North East
 * Lincolnshire' is an authority, not the North East region.
 */

export type AreaKind = 'england' | 'region' | 'statNeighbours' | 'authority';

/** England's regions as the DfE and ONS name them (also 'Inner London' and 'Outer London'). */
export const ENGLISH_REGIONS: readonly string[] = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'Inner London',
  'Outer London',
  'South East',
  'South West',
];

/** Words after an aggregate's name that do not change it: 'England average', 'North East (region)'. */
const SUFFIX = String.raw`(?:\s*[-–:(,]?\s*(?:average|avg\.?|mean|total|rate|figure|region|regional|value|\(average\)|\(mean\)|\(region\))\)?)*`;
const ENGLAND = new RegExp(`^(?:england|national|england and wales|all england)${SUFFIX}$`);
const STAT_NEIGHBOURS = new RegExp(
  String.raw`^(?:(?:statistical|stat\.?)\s*neighbou?rs?|sns?|stat\s*n(?:bs?|s)|comparator (?:group|authorities)|statistical neighbou?r group)${SUFFIX}$`,
);
const REGION_NAMES = ENGLISH_REGIONS.map((r) => r.toLowerCase().replace(/ and the /, ' and (?:the )?'));
const REGION = new RegExp(`^(?:${REGION_NAMES.join('|')}|yorkshire and humber|yorkshire|eastern)${SUFFIX}$`);

function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[’']/g, '')
    .replace(/&/g, 'and')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * An ONS area code: E92000001 (England), E12000001-9 (regions), E06/E08/E09/E10/E11 (authorities), W, S, N
 * and K codes likewise. Codes sit beside names in area tables; they are never a row's label.
 */
export function isAreaCode(text: unknown): boolean {
  return typeof text === 'string' && /^\s*[EWSNK]\d{8}\s*$/.test(text);
}

/** What an area code stands for, when its prefix says so. */
export function areaKindOfCode(code: string): AreaKind | undefined {
  const t = code.trim().toUpperCase();
  if (!isAreaCode(t)) return undefined;
  if (t === 'E92000001') return 'england';
  if (t.startsWith('E12')) return 'region';
  if (/^E(06|07|08|09|10|11)/.test(t) || /^[WSN]\d/.test(t)) return 'authority';
  return undefined;
}

/**
 * Which kind of area a label names, judged on the whole label: 'England', 'England average' and 'National'
 * are England; 'North East', 'Yorkshire and the Humber (region)' a region; 'Statistical neighbours',
 * 'SN average' the neighbours' average; anything else undefined (it may be an authority: see
 * {@link areaKind} with its code).
 */
export function aggregateKind(label: string): Exclude<AreaKind, 'authority'> | undefined {
  const t = normalise(label);
  if (t === '') return undefined;
  if (ENGLAND.test(t)) return 'england';
  if (STAT_NEIGHBOURS.test(t)) return 'statNeighbours';
  if (REGION.test(t)) return 'region';
  return undefined;
}

/**
 * A label that starts by naming England or the statistical neighbours, qualified after ('England (children in
 * care)', 'England average 2023-24', 'Statistical neighbours (10)'). Regions are left out: 'North East
 * Lincolnshire' starts with a region's name.
 */
export function leadingAggregateKind(label: string): 'england' | 'statNeighbours' | undefined {
  const whole = aggregateKind(label);
  if (whole === 'england' || whole === 'statNeighbours') return whole;
  const t = normalise(label);
  if (/^england\b(?! and wales)/.test(t)) return 'england';
  if (/^(?:statistical|stat\.?)\s*neighbou?rs?\b/.test(t)) return 'statNeighbours';
  return undefined;
}

/** The kind of area of a row: its label's aggregate kind, else its code's, else undefined. */
export function areaKind(label: string, code?: string): AreaKind | undefined {
  return aggregateKind(label) ?? (code ? areaKindOfCode(code) : undefined);
}

/** Column headers that name areas in area and long tables ('LA name', 'la_name', 'Local authority', 'Area'). */
export const AREA_NAME_HEADER =
  /^(?:(?:la|local authority|authority|area|geography|region|country|council|organisation|org)[\s_]*(?:name|label|long label)?|la_name|area_name|region_name|country_name|geography_name)$/i;

/** Column headers of area codes ('new_la_code', 'LA code', 'Area Code', 'ONS code'). */
export const AREA_CODE_HEADER =
  /^(?:(?:new|old)?[\s_]*la[\s_]*(?:code|number|no\.?)|(?:local authority|area|region|country|geography|ons|gss)[\s_]*code|code)$/i;

/** How specific an area-name column is: an authority's name before a region's before a country's. */
export function areaHeaderRank(header: string): number {
  const t = header.trim().toLowerCase();
  if (/country/.test(t)) return 3;
  if (/region/.test(t)) return 2;
  return 1;
}
