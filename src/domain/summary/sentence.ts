/**
 * The plain-English sentence per measure, written from its figures: the templates, in one place.
 *
 *   45 of 456 children (9.9%) in March 2025, down from 10.2% in February, an improvement: better than our
 *   target of 10% and than England (10.0% in 2024); 7th of 11 among our statistical neighbours. The change
 *   is within ordinary variation, judged on the last 24 figures.
 *
 * Rules the templates keep:
 *  - the period is named in words ('March 2025', 'January to March 2025', '2024/25'); a comparator's or a
 *    rank's period is named when it is not ours;
 *  - counts come before the percentage when they are known ('45 of 456 children (9.9%)');
 *  - 'better', 'worse', 'an improvement' only where the polarity says which way is better; context-only
 *    measures are described ('for comparison, England ...'), never judged; 'closer to target' measures are
 *    judged by their distance from the target;
 *  - nothing unlike is compared: a count is never set beside England's (or anyone's) count, since the
 *    sizes of the populations differ; every comparator is in the measure's own unit;
 *  - suppressed, out-of-date, provisional and small-number figures are said to be so;
 *  - where statistical process control has been worked out (figures.spc), the sentence says whether the
 *    latest figure is within ordinary variation or beyond it, and why it is beyond ('seven months above the
 *    usual level');
 *  - M04 and M05 worked out from a missing table say plainly who went missing in the year, and how many
 *    away incidents were counted apart (figures.repeatMissing).
 * The officer's own commentary is never part of the sentence: it follows it, unchanged.
 */
import { latestReason } from '../calc/spc';
import type { ComparatorFigure, MeasureFigures, Rag, SpcFigures, Versus } from '../calc/types';
import type { Measure, Unit } from '../framework/types';
import { latestCounts } from './counts';
import { formatCount, formatValue } from './format';
import { inPeriod, ordinal, periodWords, publishedYearWords } from './periodWords';

/* ---------- numbers in words ---------- */

/** A value as the sentence says it: '9.9%', '70.0 per 10,000 children', '245 days', '£1,250', '14.2'. */
export function valueWords(value: number, unit: Unit, short = false): string {
  const text = formatValue(value, unit);
  if (unit !== 'rate10k') return text;
  return text.replace(/ per 10k$/, short ? ' per 10,000' : ' per 10,000 children');
}

/** What the counts count, for a measure: the catalogue's word, else nothing (custom measures). */
function countedWord(measure: Measure): string {
  return measure.counted?.trim() ?? '';
}

/* ---------- the opening: the figure and its period ---------- */

function lead(measure: Measure, f: MeasureFigures): string {
  const latest = f.latest!;
  const unit = measure.unit;
  const noun = countedWord(measure);
  const counts = latestCounts(f);
  const value = valueWords(latest.value, unit);
  let figure: string;
  if (counts && unit === 'percent') {
    const of = `${formatCount(counts.numerator)} of ${formatCount(counts.denominator)}`;
    figure = `${of}${noun ? ` ${noun}` : ''} (${value})`;
  } else if (counts && unit === 'rate10k') {
    figure = `${formatCount(counts.numerator)}${noun ? ` ${noun}` : ''} (${valueWords(latest.value, unit, true)})`;
  } else if (unit === 'count' && noun) {
    figure = `${value} ${noun}`;
  } else {
    figure = value;
  }
  return `${figure} ${inPeriod(latest.period, null, latest.label)}`;
}

/* ---------- the change since the previous period ---------- */

function change(measure: Measure, f: MeasureFigures): string {
  const latest = f.latest!;
  const prev = f.previous;
  if (!prev || f.change === null) return '';
  const unit = measure.unit;
  const when = inPeriod(prev.period, latest.period, prev.label);
  const before = `${valueWords(prev.value, unit, true)} ${when}`;
  const same = formatValue(prev.value, unit) === formatValue(latest.value, unit);
  let movement: string;
  if (same) movement = `the same as ${when}`;
  else if (f.direction === 'stable') movement = `little changed from ${before}`;
  else movement = `${latest.value > prev.value ? 'up' : 'down'} from ${before}`;
  const judged = same ? '' : directionJudgement(measure, f);
  return `, ${movement}${judged}`;
}

function directionJudgement(measure: Measure, f: MeasureFigures): string {
  if (measure.polarity === 'contextual' || f.direction === null || f.direction === 'stable') return '';
  if (measure.polarity === 'target') {
    return f.direction === 'improving' ? ', closer to our target' : ', further from our target';
  }
  return f.direction === 'improving' ? ', an improvement' : ', a deterioration';
}

/* ---------- against the target and the comparators ---------- */

type Verdict = 'better' | 'on' | 'close' | 'similar' | 'justShort' | 'near' | 'worse' | 'far';

interface Judgement {
  readonly verdict: Verdict;
  readonly object: string;
}

const GOOD: readonly Verdict[] = ['better', 'on', 'close'];
const BAD: readonly Verdict[] = ['worse', 'justShort', 'near', 'far'];

function opposite(a: Verdict, b: Verdict): boolean {
  return (GOOD.includes(a) && BAD.includes(b)) || (BAD.includes(a) && GOOD.includes(b));
}

function targetJudgement(measure: Measure, f: MeasureFigures): Judgement | null {
  if (f.target === null || f.rag === null || !f.latest) return null;
  const object = `our target of ${valueWords(f.target, measure.unit, true)}`;
  const rag: Rag = f.rag;
  if (measure.polarity === 'target') {
    const verdict: Verdict = rag === 'green' ? 'close' : rag === 'amber' ? 'near' : 'far';
    return { verdict, object };
  }
  if (rag === 'green') {
    const on = formatValue(f.latest.value, measure.unit) === formatValue(f.target, measure.unit);
    return { verdict: on ? 'on' : 'better', object };
  }
  return { verdict: rag === 'amber' ? 'justShort' : 'worse', object };
}

/** ' in 2023/24' when a comparator's figure is for another period than ours; ' in 2024' for a published one. */
function comparatorWhen(c: ComparatorFigure, latestPeriod: string): string {
  if (c.period) {
    return c.period === latestPeriod ? '' : ` ${inPeriod(c.period, null, c.periodLabel)}`;
  }
  if (c.year) {
    const y = publishedYearWords(c.year);
    return ` ${y.preposition} ${y.text}`;
  }
  return '';
}

interface NamedFigure {
  readonly who: string;
  readonly figure: ComparatorFigure;
}

/** The comparators in the order the sentence names them, each with who it is. */
function comparatorsOf(f: MeasureFigures): NamedFigure[] {
  const c = f.comparators;
  const out: NamedFigure[] = [];
  if (c.england) out.push({ who: 'England', figure: c.england });
  if (c.statNeighbours) {
    const from = c.statNeighbours.from;
    out.push({
      who: from ? `the average of our ${from} statistical neighbours` : 'our statistical neighbours',
      figure: c.statNeighbours,
    });
  }
  if (c.region) out.push({ who: 'our region', figure: c.region });
  for (const n of c.named ?? []) if (n.name.trim()) out.push({ who: nameInSentence(n.name), figure: n });
  return out;
}

/** Words that start a named comparator as a description, not a proper name ('All children in the county'). */
const COMMON_FIRST_WORDS = new Set(
  'all any the children young pupils other every our those looked care boys girls'.split(' '),
);

/**
 * A named comparator as it reads inside a sentence: 'than all children in the county', but 'than Northumberland'
 * and 'than SN average' (a proper name or an abbreviation keeps its capitals).
 */
export function nameInSentence(name: string): string {
  const n = name.trim();
  const first = /^[A-Z][a-z]*(?=\s|$)/.exec(n)?.[0];
  return first && COMMON_FIRST_WORDS.has(first.toLowerCase()) ? n.charAt(0).toLowerCase() + n.slice(1) : n;
}

function comparatorText(who: string, c: ComparatorFigure, unit: Unit, latestPeriod: string): string {
  return `${who} (${valueWords(c.value, unit, true)}${comparatorWhen(c, latestPeriod)})`;
}

const VERSUS: Readonly<Record<Versus, Verdict>> = { better: 'better', worse: 'worse', similar: 'similar' };

/** Counts are never compared: our number of children against England's says nothing. */
function comparable(unit: Unit): boolean {
  return unit !== 'count';
}

function judgements(measure: Measure, f: MeasureFigures): Judgement[] {
  const out: Judgement[] = [];
  const target = targetJudgement(measure, f);
  if (target) out.push(target);
  if (!comparable(measure.unit) || !f.latest) return out;
  for (const { who, figure } of comparatorsOf(f)) {
    if (!figure.versus) continue;
    out.push({
      verdict: VERSUS[figure.versus],
      object: comparatorText(who, figure, measure.unit, f.latest.period),
    });
  }
  return out;
}

function listWith(objects: readonly string[], joiner: string): string {
  if (objects.length === 1) return objects[0];
  return `${objects.slice(0, -1).join(`, ${joiner}`)} and ${joiner}${objects[objects.length - 1]}`;
}

function groupText(verdict: Verdict, objects: readonly string[]): string {
  switch (verdict) {
    case 'better':
      return `better than ${listWith(objects, 'than ')}`;
    case 'worse':
      return `worse than ${listWith(objects, 'than ')}`;
    case 'similar':
      return `similar to ${listWith(objects, 'to ')}`;
    case 'on':
      return `on ${listWith(objects, '')}`;
    case 'justShort':
      return `just short of ${listWith(objects, '')}`;
    case 'close':
      return `close to ${listWith(objects, '')}`;
    case 'near':
      return `a little way from ${listWith(objects, '')}`;
    case 'far':
      return `far from ${listWith(objects, '')}`;
  }
}

function classOf(v: Verdict): 'good' | 'bad' | 'neutral' {
  return GOOD.includes(v) ? 'good' : BAD.includes(v) ? 'bad' : 'neutral';
}

/**
 * 'on our target of 10% and better than our region (9.0%), but worse than England (8.0%)': one group per
 * verdict; the groups on the side of the first come first, then 'similar', then the other side after 'but'.
 */
function judgementText(list: readonly Judgement[]): string {
  const groups: { verdict: Verdict; objects: string[] }[] = [];
  for (const j of list) {
    const g = groups.find((x) => x.verdict === j.verdict);
    if (g) g.objects.push(j.object);
    else groups.push({ verdict: j.verdict, objects: [j.object] });
  }
  if (groups.length === 0) return '';
  const first = classOf(groups[0].verdict);
  const rank = (v: Verdict): number => {
    const c = classOf(v);
    return c === first ? 0 : c === 'neutral' ? 1 : 2;
  };
  const ordered = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g.verdict) - rank(b.g.verdict) || a.i - b.i)
    .map((x) => x.g);
  // Segments of groups on one side, set apart by 'but' where the side changes.
  const segments: (typeof ordered)[] = [];
  ordered.forEach((g, i) => {
    if (i > 0 && !opposite(ordered[i - 1].verdict, g.verdict)) segments[segments.length - 1].push(g);
    else segments.push([g]);
  });
  const text = segments
    .map((seg) => {
      const parts = seg.map((g) => groupText(g.verdict, g.objects));
      if (parts.length === 1) return parts[0];
      const listy = seg.some((g) => g.objects.length > 1) || parts.length > 2;
      return `${parts.slice(0, -1).join(', ')}${listy ? ', and ' : ' and '}${parts[parts.length - 1]}`;
    })
    .join(', but ');
  return text;
}

/**
 * The figures beside ours that are described and not judged: every comparator of a context-only measure
 * (and its target), and, for other measures, comparators with no better or worse (closer-to-target ones).
 */
function forComparison(measure: Measure, f: MeasureFigures): string {
  const parts: string[] = [];
  const contextual = measure.polarity === 'contextual';
  if (contextual && f.target !== null) parts.push(`our target ${valueWords(f.target, measure.unit, true)}`);
  if (comparable(measure.unit) && f.latest) {
    for (const { who, figure } of comparatorsOf(f)) {
      if (!contextual && figure.versus) continue;
      parts.push(
        `${who} ${valueWords(figure.value, measure.unit, true)}${comparatorWhen(figure, f.latest.period)}`,
      );
    }
  }
  return parts.length ? `for comparison, ${parts.join(', ')}` : '';
}

function rankText(measure: Measure, f: MeasureFigures): string {
  const r = f.rank;
  if (!r || measure.polarity === 'contextual' || !f.latest) return '';
  const when = r.period && r.period !== f.latest.period ? ` ${inPeriod(r.period)}` : '';
  return `${ordinal(r.position)} of ${r.of} among our statistical neighbours${when}`;
}

/* ---------- caveats and variation ---------- */

function spcText(spc: SpcFigures, hasChange: boolean, direction: MeasureFigures['direction']): string {
  const judged = spc.provisional
    ? `judged on only ${spc.points} figures, so provisional`
    : `judged on the last ${spc.points} figures`;
  // Why the latest figure is a special cause, when the chart behind the figures is known.
  const reason = spc.variation === 'commonCause' ? null : latestReason(spc);
  const why = reason ? ` (${reason})` : '';
  // A one-period change the other way from a real shift ('a deterioration', then 'real improvement'):
  // the chart reads the months together, so the sentence says so.
  const against =
    (spc.variation === 'improvement' && direction === 'worsening') ||
    (spc.variation === 'concern' && direction === 'improving');
  const lead = against ? 'Over time, though, this is' : 'This is';
  switch (spc.variation) {
    case 'commonCause':
      return `${hasChange ? 'The change is' : 'This is'} within ordinary variation, ${judged}.`;
    case 'improvement':
      return `${lead} beyond ordinary variation${why}, ${judged}: a sign of real improvement.`;
    case 'concern':
      return `${lead} beyond ordinary variation${why}, ${judged}: a cause for concern.`;
    case 'neutralHigh':
      return `This is higher than ordinary variation explains${why}, ${judged}.`;
    case 'neutralLow':
      return `This is lower than ordinary variation explains${why}, ${judged}.`;
  }
}

function caveats(f: MeasureFigures): string[] {
  const out: string[] = [];
  const codes = new Set(f.notes.map((n) => n.code));
  const suppressed = f.notes.find((n) => n.code === 'suppressed');
  if (suppressed) out.push(suppressed.text.trim());
  else if (codes.has('latestMissing')) {
    const newest = f.trendPeriods[f.trendPeriods.length - 1];
    const value = f.trend[f.trend.length - 1];
    if (newest && (value === null || value === undefined) && newest.key !== f.latest?.period) {
      out.push(`There is no figure for ${periodWords(newest.key, null, newest.label)} yet.`);
    }
  }
  if (codes.has('stale')) out.push('This figure is out of date: a newer one was due.');
  if (codes.has('estimated')) out.push('The figure is marked as provisional in the source.');
  const latest = f.latest;
  if (codes.has('smallNumbers') && latest && latest.denominator) {
    const points = Math.round(100 / latest.denominator);
    out.push(`Small numbers: each one moves the percentage by about ${points} points.`);
  }
  return out;
}

/* ---------- the sentence ---------- */

/**
 * The plain-English sentence for a measure's figures (see the header for the rules). With no figure, says
 * why when it knows (suppressed); null when there is nothing to say.
 */
export function measureSentence(measure: Measure, f: MeasureFigures): string | null {
  if (!f.latest) {
    const why = caveats(f);
    return why.length ? why.join(' ') : null;
  }
  let text = lead(measure, f) + change(measure, f);
  if (measure.polarity !== 'contextual') {
    const tail = [judgementText(judgements(measure, f)), rankText(measure, f)].filter((t) => t !== '');
    if (tail.length) text += `: ${tail.join('; ')}`;
  }
  const described = forComparison(measure, f);
  if (described) text += `; ${described}`;
  const sentences = [`${capitalise(text)}.`];
  if (f.spc) sentences.push(spcText(f.spc, f.previous !== null && f.change !== null, f.direction));
  if (f.repeatMissing && f.repeatMissing.period === f.latest.period) sentences.push(f.repeatMissing.text);
  sentences.push(...caveats(f));
  return sentences.join(' ');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
