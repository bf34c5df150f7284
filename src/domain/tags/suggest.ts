/**
 * Suggesting measures for rows, so an officer can tag a 60-row workbook in minutes. Suggestions only:
 * no tag is made without the officer's confirmation.
 *
 * Method: a label (and its section heading) is reduced to features (see vocabulary.ts): concepts for the
 * words officers use ('LAC', 'EET', '3+ placements', 'RHI'...) and leftover stemmed words. Each measure
 * has a profile: the features of its name (its core) plus those of hint phrases. A feature weighs more
 * the fewer measures share it (IDF). The score (0-1) is labelCoverage x (0.3 + 0.7 x coreCoverage):
 * how much of the label the measure explains (words no measure uses weigh it down), times how much of
 * the measure's name the label covers. Features of the section heading count half and only when they
 * match. A label naming one of a set of mutually exclusive things ('17-18' v '19-21',
 * '12 months' v 'two years', in-house v external...) marks down measures defined by another.
 */
import { cellAt, formatAt, gridBottom, type SheetGrid } from '../grid';
import type { Framework, Measure, Unit } from '../framework/types';
import {
  isBlankRow,
  isDataRow,
  isHeaderRow,
  isSectionRow,
  isSubtitleText,
  normaliseLabel,
  rowLabel,
  rowLabelCell,
} from './labels';
import { locateTag } from './locate';
import type { ComparatorRole, RowRole, Tag } from './types';
import { areaRole, areaTableFor, isOurRegion, ourAreas, type AreaTable } from './areaTable';
import { leadingAggregateKind } from '../layout/areas';
import { CONCEPTS, EXCLUSIVE_GROUPS, MEASURE_HINTS, STOPWORDS } from './vocabulary';

export interface Suggestion {
  readonly measureId: string;
  /** 0-1, higher is better. */
  readonly score: number;
}

export interface SuggestContext {
  /** The text of the nearest section row above the label ('Care leavers', 'Health'). */
  readonly sectionHeading?: string;
  /** Labels of nearby rows: weak context, used only to break near-ties. */
  readonly neighbours?: readonly string[];
}

const COMPILED: readonly { name: string; re: RegExp; weight: number }[] = CONCEPTS.map(([name, alts, w]) => ({
  name,
  re: new RegExp(`(?<![a-z0-9])(?:${alts})(?![a-z0-9])`, 'g'),
  weight: w ?? 1,
}));
const CONCEPT_WEIGHT = new Map(COMPILED.map((c) => [`c:${c.name}`, c.weight]));
/** Weight of a word no measure uses: it lowers every measure's score equally, so keep it small. */
/** Weight of a word no measure uses (times its concept weight for 'offtopic' words). */
const UNKNOWN_WEIGHT = 1.5;
/** Share of the score a label gets for being explained even when it covers little of the measure's name. */
const BASE_SHARE = 0.3;

/** Lower case, punctuation to spaces, numbers tidied ('10,000' -> '10000', '19 - 21' -> '19-21'). */
export function normaliseForMatching(text: string): string {
  let t = ` ${text.toLowerCase()} `;
  t = t.replace(/[’'`]/g, '').replace(/&/g, ' and ').replace(/[–—]/g, '-').replace(/≥/g, '>=');
  t = t.replace(/(\d),(\d{3})/g, '$1$2');
  t = t.replace(/(\d)\s*-\s*(\d)/g, '$1-$2');
  t = t.replace(/\b(19|20)\d{2}\s*[/-]\s*\d{2}(\d{2})?\b/g, ' '); // financial years 2024/25
  t = t.replace(/\b(19|20)\d{2}\b/g, ' '); // years
  t = t.replace(/\b(q[1-4])\b/g, ' ');
  t = t.replace(/[^a-z0-9+%/.<>=£#-]+/g, ' ');
  t = t.replace(/(?<!\d)\.|\.(?!\d)/g, ' ');
  t = t.replace(/(?<![a-z0-9])-|-(?![a-z0-9])/g, ' ');
  return t.replace(/\s+/g, ' ');
}

function stem(word: string): string {
  if (word.length <= 4) return word;
  const s = word.replace(/(ing|ed|es|s|e)$/, '');
  return s.length >= 3 ? s : word;
}

const featureCache = new Map<string, ReadonlySet<string>>();

/** A label's features: 'c:concept' and 'w:word'. */
export function labelFeatures(text: string): ReadonlySet<string> {
  const hit = featureCache.get(text);
  if (hit) return hit;
  let t = normaliseForMatching(text);
  const out = new Set<string>();
  for (const c of COMPILED) {
    c.re.lastIndex = 0;
    if (c.re.test(t)) {
      out.add(`c:${c.name}`);
      c.re.lastIndex = 0;
      t = t.replace(c.re, ' ');
    }
  }
  for (const raw of t.split(/[\s/]+/)) {
    const w = raw.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+(\.\d+)?$/.test(w)) continue;
    out.add(`w:${stem(w)}`);
  }
  if (featureCache.size > 5000) featureCache.clear();
  featureCache.set(text, out);
  return out;
}

interface Profile {
  readonly measure: Measure;
  readonly core: ReadonlySet<string>;
  readonly all: ReadonlySet<string>;
}

interface Model {
  readonly profiles: readonly Profile[];
  readonly df: ReadonlyMap<string, number>;
}

const UNIT_FEATURE: Partial<Record<Unit, string>> = {
  count: 'c:num',
  percent: 'c:pct',
  rate10k: 'c:rate10k',
};

const models = new WeakMap<readonly Measure[], Model>();

function model(framework: Framework): Model {
  const hit = models.get(framework.measures);
  if (hit) return hit;
  const profiles: Profile[] = framework.measures.map((m) => {
    const core = new Set(labelFeatures(m.name));
    const all = new Set(core);
    for (const h of MEASURE_HINTS[m.id] ?? []) for (const f of labelFeatures(h)) all.add(f);
    const unit = UNIT_FEATURE[m.unit];
    if (unit) all.add(unit);
    if (m.unit === 'ratio' || m.unit === 'score' || m.unit === 'days' || m.unit === 'currency')
      all.add('c:avg');
    return { measure: m, core, all };
  });
  const df = new Map<string, number>();
  for (const p of profiles) for (const f of p.all) df.set(f, (df.get(f) ?? 0) + 1);
  const out = { profiles, df };
  models.set(framework.measures, out);
  return out;
}

function weight(f: string, m: Model): number {
  const df = m.df.get(f);
  if (!df) return UNKNOWN_WEIGHT * (CONCEPT_WEIGHT.get(f) ?? 1);
  const base = CONCEPT_WEIGHT.get(f) ?? 1;
  return base * Math.log(1 + m.profiles.length / df);
}

const GROUP_OF = new Map<string, readonly string[]>();
for (const g of EXCLUSIVE_GROUPS) for (const f of g) GROUP_OF.set(f, g);

function scoreProfile(
  p: Profile,
  label: ReadonlySet<string>,
  heading: ReadonlySet<string>,
  neighbours: ReadonlySet<string>,
  m: Model,
): number {
  let labelW = 0;
  let matchL = 0;
  for (const f of label) {
    const w = weight(f, m);
    labelW += w;
    if (p.all.has(f)) matchL += w;
  }
  let matchH = 0;
  for (const f of heading) if (!label.has(f) && p.all.has(f)) matchH += 0.5 * weight(f, m);
  let coreW = 0;
  let coreHit = 0;
  for (const f of p.core) {
    const w = weight(f, m);
    coreW += w;
    if (label.has(f)) coreHit += w;
    else if (heading.has(f)) coreHit += 0.5 * w;
  }
  const denom = labelW + matchH;
  if (denom === 0 || matchL + matchH === 0) return 0;
  const labelCov = (matchL + matchH) / denom;
  const coreCov = coreW === 0 ? 0 : coreHit / coreW;
  let s = labelCov * (BASE_SHARE + (1 - BASE_SHARE) * coreCov);
  // Mutually exclusive features: a label saying '17-18' is not about a measure defined by '19-21'.
  for (const f of label) {
    const g = GROUP_OF.get(f);
    if (!g || p.core.has(f)) continue;
    if (g.some((o) => o !== f && p.core.has(o) && !label.has(o))) s *= 0.35;
  }
  let nb = 0;
  for (const f of neighbours) if (p.all.has(f) && !label.has(f)) nb++;
  s += Math.min(0.02, nb * 0.005);
  return Math.max(0, Math.min(1, s));
}

/**
 * Measures ranked by how well a row's label (and its section heading) matches their names and the
 * words officers use. Scores 0-1, best first; measures scoring 0 are left out. `limit` (default 5).
 */
export function suggestMeasures(
  label: string,
  context: SuggestContext,
  framework: Framework,
  limit = 5,
): Suggestion[] {
  const m = model(framework);
  const lf = labelFeatures(label);
  if (lf.size === 0) return [];
  const hf = context.sectionHeading ? labelFeatures(context.sectionHeading) : new Set<string>();
  const nf = new Set<string>();
  for (const n of context.neighbours ?? []) for (const f of labelFeatures(n)) nf.add(f);
  const scored: Suggestion[] = [];
  for (const p of m.profiles) {
    const score = scoreProfile(p, lf, hf, nf, m);
    if (score > 0) scored.push({ measureId: p.measure.id, score: Math.round(score * 1000) / 1000 });
  }
  scored.sort((a, b) => b.score - a.score || a.measureId.localeCompare(b.measureId));
  return scored.slice(0, limit);
}

/** A proposed tag for one row of a sheet (nothing is tagged until the officer confirms). */
export interface RowSuggestion {
  readonly sheet: string;
  readonly row: number;
  readonly label: string;
  readonly sectionHeading?: string;
  readonly measureId: string;
  readonly score: number;
  /**
   * 'value' unless the row looks like the count behind a percentage measure; on an area table, England's,
   * the region's or the neighbours' row is proposed with that benchmark's role.
   */
  readonly role: RowRole | ComparatorRole;
  /** The next best measures, for the officer to pick instead. */
  readonly alternatives: readonly Suggestion[];
  /** The whole ranking, best (measureId) first: [best, ...alternatives]. */
  readonly suggestions: readonly Suggestion[];
}

export interface SuggestForSheetOptions {
  /** Tags already in the workbook: rows they point at (after relocation) are skipped. */
  readonly existingTags?: readonly Tag[];
  /** Minimum score to propose (default SUGGESTION_THRESHOLD). */
  readonly threshold?: number;
}

/** Scores below this are not proposed by suggestForSheet. */
export const SUGGESTION_THRESHOLD = 0.4;

function looksLikePercentRow(grid: SheetGrid, row: number): boolean {
  const label = rowLabelCell(grid, row);
  const from = label ? label.col + 1 : grid.left;
  const line = grid.values[row - grid.top] ?? [];
  for (let c = from; c < grid.left + line.length; c++) {
    const v = cellAt(grid, row, c);
    if (typeof v === 'string' && /%\s*$/.test(v.trim())) return true;
    if (typeof v === 'number' && formatAt(grid, row, c).includes('%')) return true;
  }
  return false;
}

function guessRole(label: string, measure: Measure | undefined, percentRow: boolean): RowRole {
  if (!measure || measure.unit !== 'percent' || percentRow) return 'value';
  const t = label.toLowerCase();
  if (/%|percent|proportion|rate/.test(t)) return 'value';
  if (/denominator|cohort|eligible|total (number|no)|all (cla|lac|children|starts|care leavers)/.test(t)) {
    return 'denominator';
  }
  if (/numerator|^(number|no\.?|count|#)\b/.test(t)) return 'numerator';
  return 'value';
}

/** The last sheet row the grid holds. */
function bottomRow(grid: SheetGrid): number {
  return grid.top + grid.values.length - 1;
}

/**
 * The measures an area table's title or headings name, best first: the heading that suggests a measure with
 * the highest score wins ("Care leavers aged 19 to 21 in education, employment or training (%)" -> C02).
 */
export function bestHeading(
  table: AreaTable,
  framework: Framework,
  limit = 5,
): { readonly heading: string; readonly suggestions: Suggestion[] } {
  let best = { heading: table.headings[0] ?? '', suggestions: [] as Suggestion[] };
  for (const heading of table.headings) {
    const s = suggestMeasures(heading, {}, framework, limit);
    if (s.length > 0 && (best.suggestions.length === 0 || s[0].score > best.suggestions[0].score)) {
      best = { heading, suggestions: s };
    }
  }
  return best;
}

/**
 * Proposes a tag for every data row of a sheet whose label matches a measure well (score at or above
 * the threshold). On an area table the measure comes from its title or heading, England's, the region's and
 * the neighbours' rows are proposed as those benchmarks, and of the authorities only the one the workbook
 * already has as ours (a value tag with its name) is proposed, as our value. The section heading is the nearest section row above. Header, title, section and blank
 * rows are skipped, as are rows already tagged.
 */
export function suggestForSheet(
  grid: SheetGrid,
  framework: Framework,
  options: SuggestForSheetOptions = {},
): RowSuggestion[] {
  const threshold = options.threshold ?? SUGGESTION_THRESHOLD;
  const tagged = new Set<number>();
  for (const t of options.existingTags ?? []) {
    if (t.sheet !== grid.name) continue;
    if (t.kind === 'column') {
      // Rows of a tagged child-level list are records, not indicators: never propose them.
      for (let r = t.firstRow; r <= t.lastRow; r++) tagged.add(r);
      continue;
    }
    if (t.kind === 'table') {
      // Nor the rows of a tagged child-level table.
      const from = t.details.table.headerRow;
      for (let r = from; r <= bottomRow(grid); r++) tagged.add(r);
      continue;
    }
    const state = locateTag(t, grid);
    if (state.status === 'ok' || state.status === 'moved') tagged.add(state.row);
    else tagged.add(t.row);
  }
  const byId = new Map(framework.measures.map((m) => [m.id, m]));
  const mine = ourAreas(options.existingTags ?? []);
  const out: RowSuggestion[] = [];
  // The section heading as sectionHeadingFor gives it: a section row below the header, or the one standing
  // right above a header (a block's title); never a title, subtitle or note.
  let heading: string | undefined;
  let aboveHeader: string | undefined;
  const bottom = gridBottom(grid);
  for (let row = grid.top; row <= bottom; row++) {
    if (isBlankRow(grid, row)) continue;
    if (isHeaderRow(grid, row)) {
      heading = aboveHeader;
      continue;
    }
    if (isSectionRow(grid, row)) {
      const label = rowLabel(grid, row);
      aboveHeader = isSubtitleText(label) ? undefined : label;
      if (aboveHeader !== undefined) heading = aboveHeader;
      continue;
    }
    aboveHeader = undefined;
    if (!isDataRow(grid, row) || tagged.has(row)) continue;
    const label = rowLabel(grid, row);
    const table = areaTableFor(grid, row);
    if (table) {
      const proposal = areaRowSuggestion(grid, row, label, table, framework, mine, threshold);
      if (proposal) out.push({ ...proposal, ...(heading !== undefined ? { sectionHeading: heading } : {}) });
      continue;
    }
    const neighbours = [rowLabel(grid, row - 1), rowLabel(grid, row + 1)].filter((l) => l !== '');
    const ranked = suggestMeasures(label, { sectionHeading: heading, neighbours }, framework, 4);
    const best = ranked[0];
    if (!best || best.score < threshold) continue;
    out.push({
      sheet: grid.name,
      row,
      label,
      ...(heading !== undefined ? { sectionHeading: heading } : {}),
      measureId: best.measureId,
      score: best.score,
      // England's or the neighbours' row beside ours is a benchmark, never our value.
      role:
        leadingAggregateKind(label) ??
        guessRole(label, byId.get(best.measureId), looksLikePercentRow(grid, row)),
      alternatives: ranked.slice(1),
      suggestions: ranked,
    });
  }
  return out;
}

/** An area table's row as a proposal, or undefined (another authority's row, or no measure named). */
function areaRowSuggestion(
  grid: SheetGrid,
  row: number,
  label: string,
  table: AreaTable,
  framework: Framework,
  mine: ReadonlySet<string>,
  threshold: number,
): Omit<RowSuggestion, 'sectionHeading'> | undefined {
  const role = areaRole(label);
  if (role === 'value' && !mine.has(normaliseLabel(label))) return undefined;
  if (role === 'region' && !isOurRegion(grid, table, row, mine)) return undefined;
  const ranked = bestHeading(table, framework, 4).suggestions;
  const best = ranked[0];
  if (!best || best.score < threshold) return undefined;
  return {
    sheet: grid.name,
    row,
    label,
    measureId: best.measureId,
    score: best.score,
    role,
    alternatives: ranked.slice(1),
    suggestions: ranked,
  };
}

/** One labelled example for measuring suggestion accuracy. */
export interface LabelCase {
  readonly label: string;
  readonly sectionHeading?: string;
  readonly measureId: string;
}

export interface AccuracyReport {
  readonly total: number;
  readonly top1: number;
  readonly top3: number;
  /** top1 / total. */
  readonly accuracy: number;
  readonly top3Accuracy: number;
  readonly misses: readonly {
    readonly label: string;
    readonly expected: string;
    readonly got: readonly Suggestion[];
  }[];
}

/** Top-1 and top-3 accuracy of suggestMeasures over a labelled corpus. */
export function measureSuggestionAccuracy(
  corpus: readonly LabelCase[],
  framework: Framework,
): AccuracyReport {
  let top1 = 0;
  let top3 = 0;
  const misses: { label: string; expected: string; got: Suggestion[] }[] = [];
  for (const c of corpus) {
    const got = suggestMeasures(c.label, { sectionHeading: c.sectionHeading }, framework, 3);
    if (got[0]?.measureId === c.measureId) top1++;
    else misses.push({ label: c.label, expected: c.measureId, got });
    if (got.some((g) => g.measureId === c.measureId)) top3++;
  }
  const total = corpus.length;
  return {
    total,
    top1,
    top3,
    accuracy: total === 0 ? 0 : top1 / total,
    top3Accuracy: total === 0 ? 0 : top3 / total,
    misses,
  };
}
