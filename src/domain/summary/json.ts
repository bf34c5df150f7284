import type { Direction, MeasureFigures, Rag, RepeatMissing, SpcFigures, SpcVariation } from '../calc/types';
import type { Polarity, Unit } from '../framework/types';
import type { Severity } from '../validate/types';
import type { SummaryModel } from './types';
import { comparatorPeriodsJson, rankJson } from './benchmarksJson';

/**
 * The stable JSON contract printed by `pmf summary --json`. Every key is always present (null when there is
 * nothing), except `date` on an evidence note, which is left out when the note has no date.
 * Percentages are in points (0-100); periods are canonical keys ('2025-03', '2024/25 Q4', '2024/25').
 */
export interface SummaryJson {
  readonly asAt: string;
  /** Each shown measure once, in the order first shown on the summary. */
  readonly measures: readonly SummaryJsonMeasure[];
  /** Every KLOE, in framework order. */
  readonly kloes: readonly SummaryJsonKloe[];
  /** The data-quality findings, in the order given. */
  readonly issues: readonly SummaryJsonIssue[];
  /** What the front page shows. */
  readonly frontPage: SummaryJsonFrontPage;
}

export interface SummaryJsonFrontPage {
  /** Each shown measure counted once; 'none': no target (RAG) or no judged change (direction). */
  readonly rag: {
    readonly green: number;
    readonly amber: number;
    readonly red: number;
    readonly none: number;
  };
  readonly direction: {
    readonly improving: number;
    readonly worsening: number;
    readonly stable: number;
    readonly none: number;
  };
  /** Every measure needing attention, most pressing first, with why ('concern', 'red', 'worsening', 'farFromEngland'). */
  readonly attention: readonly {
    readonly measureId: string;
    readonly reasons: readonly string[];
    readonly why: string;
    readonly sentence: string | null;
    readonly action: string | null;
  }[];
  /** Lines of enquiry with no measure shown and no evidence recorded. */
  readonly unevidencedKloes: readonly string[];
  readonly openErrors: number;
  readonly openWarnings: number;
  /**
   * Measures by the variation of their latest figure on the control chart ('commonCause', 'improvement',
   * 'concern', 'neutralHigh', 'neutralLow'); 'none': fewer than 12 points.
   */
  readonly variation: Readonly<Record<SpcVariation | 'none', number>>;
}

export interface SummaryJsonMeasure {
  readonly measureId: string;
  readonly name: string;
  /** The KLOEs the measure is shown under (home KLOE first). */
  readonly kloes: readonly string[];
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly tagIds: readonly string[];
  readonly latest: {
    readonly period: string;
    readonly label: string;
    readonly value: number;
    readonly numerator: number | null;
    readonly denominator: number | null;
  } | null;
  readonly previous: { readonly period: string; readonly label: string; readonly value: number } | null;
  readonly change: number | null;
  readonly direction: Direction | null;
  readonly target: number | null;
  /**
   * Where the target comes from ('setting': the framework's, which wins; 'sheet': the sheet's Target column),
   * and the sheet's own target with its cell whenever the sheet has one; null without a target.
   */
  readonly targetSource: {
    readonly from: 'setting' | 'sheet';
    readonly sheetTarget: number | null;
    readonly sheet: string | null;
    readonly cell: string | null;
  } | null;
  readonly rag: Rag | null;
  /** The plain-English sentence written from the figures; null when there is nothing to say. */
  readonly sentence: string | null;
  readonly comparators: {
    readonly england: number | null;
    readonly statNeighbours: number | null;
    readonly region: number | null;
    /** The period key each comparator's figure is for; null when it has none (a typed number, a column cell). */
    readonly englandPeriod: string | null;
    readonly statNeighboursPeriod: string | null;
    readonly regionPeriod: string | null;
    /** The number of peers averaged for the statistical neighbours' figure, or null. */
    readonly statNeighboursFrom: number | null;
    /** Comparators the officer named, in tag order; empty when none. */
    readonly named: readonly {
      readonly name: string;
      readonly value: number;
      readonly period: string | null;
    }[];
  };
  /** Our rank among us and the peers for the latest period (1 = best), or null. */
  readonly rank: { readonly position: number; readonly of: number; readonly quartile: number } | null;
  readonly records: {
    readonly count: number;
    readonly total: number;
    readonly mean: number | null;
    readonly median: number | null;
    readonly shareAtLeast3: number | null;
    readonly topTenthShare: number | null;
    /** Threshold measures (W02) only; null otherwise. */
    readonly threshold: number | null;
    readonly shareAbove: number | null;
  } | null;
  /** Statistical process control of the measure's figures; null with fewer than 12 points. */
  readonly spc: SummaryJsonSpc | null;
  /**
   * The child-level table the figures were worked out from (an SSDA903 table or an authority's own log), with
   * its sheet and range as read; null for keyed figures.
   */
  readonly derivedFrom: {
    readonly source: string;
    readonly sheet: string;
    readonly range: string;
    readonly text: string;
  } | null;
  /** M04 / M05 from a missing table: who went missing in the latest year, in numbers and in words; else null. */
  readonly repeatMissing: RepeatMissing | null;
}

/**
 * `spc` of a measure: points used (periods with a figure, from the baseline on), the XmR chart's mean and
 * process limits, the variation of the latest point, the assurance of the target (null without one or for
 * context-only measures), and whether the reading is provisional (12 to 19 points).
 */
export type SummaryJsonSpc = Pick<
  SpcFigures,
  'points' | 'mean' | 'lowerLimit' | 'upperLimit' | 'variation' | 'assurance' | 'provisional'
>;

export interface SummaryJsonKloe {
  readonly id: string;
  readonly measureIds: readonly string[];
  /** Evidence notes as objects: `date` (ISO) only when recorded. */
  readonly evidence: readonly { readonly text: string; readonly date?: string }[];
}

export interface SummaryJsonIssue {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly measureId: string | null;
  readonly sheet: string | null;
  /** A1 address without the sheet, e.g. 'F12'. */
  readonly cell: string | null;
  readonly message: string;
  /** The same finding as the Panel's summary sheet words it, without the officers' instructions. */
  readonly panelMessage: string;
}

/** The model as the stable JSON contract of `pmf summary --json` (a plain object; stringify it). */
export function summaryJson(model: SummaryModel): SummaryJson {
  const kloesOf = new Map<string, string[]>();
  const homeOrder = new Map<string, readonly string[]>();
  const order: SummaryJsonMeasure[] = [];

  for (const section of model.sections) {
    for (const row of section.rows) {
      const list = kloesOf.get(row.measure.id);
      if (list) {
        if (!list.includes(section.kloe.id)) list.push(section.kloe.id);
        continue;
      }
      kloesOf.set(row.measure.id, [section.kloe.id]);
      homeOrder.set(row.measure.id, row.measure.kloes);
      const f = row.figures;
      const m: SummaryJsonMeasure = {
        measureId: row.measure.id,
        name: row.measure.name,
        kloes: [],
        unit: row.measure.unit,
        polarity: row.measure.polarity,
        tagIds: [...f.tagIds],
        latest: f.latest
          ? {
              period: f.latest.period,
              label: f.latest.label,
              value: f.latest.value,
              numerator: f.latest.numerator,
              denominator: f.latest.denominator,
            }
          : null,
        previous: f.previous
          ? { period: f.previous.period, label: f.previous.label, value: f.previous.value }
          : null,
        change: f.change,
        direction: f.direction,
        target: f.target,
        targetSource: f.targetSource
          ? {
              from: f.targetSource.from,
              sheetTarget: f.targetSource.sheet?.value ?? null,
              sheet: f.targetSource.sheet?.cell.sheet ?? null,
              cell: f.targetSource.sheet?.cell.address ?? null,
            }
          : null,
        rag: f.rag,
        sentence: row.sentence,
        comparators: {
          england: f.comparators.england?.value ?? null,
          statNeighbours: f.comparators.statNeighbours?.value ?? null,
          region: f.comparators.region?.value ?? null,
          ...comparatorPeriodsJson(f),
        },
        rank: rankJson(f),
        records: f.records
          ? {
              count: f.records.count,
              total: f.records.total,
              mean: f.records.mean,
              median: f.records.median,
              shareAtLeast3: f.records.shareAtLeast3,
              topTenthShare: f.records.topTenthShare,
              threshold: f.records.threshold ?? null,
              shareAbove: f.records.threshold !== undefined ? (f.records.shareAbove ?? null) : null,
            }
          : null,
        spc: spcJson(f.spc),
        derivedFrom: f.derivedFrom
          ? {
              source: f.derivedFrom.source,
              sheet: f.derivedFrom.sheet,
              range: f.derivedFrom.range,
              text: f.derivedFrom.text,
            }
          : null,
        repeatMissing: f.repeatMissing ? { ...f.repeatMissing } : null,
      };
      order.push(m);
    }
  }

  // Home KLOE first: order the KLOEs a measure is shown under as the measure lists them.
  const measures = order.map((m) => {
    const shownUnder = kloesOf.get(m.measureId) ?? [];
    const listed = (homeOrder.get(m.measureId) ?? []).filter((k) => shownUnder.includes(k));
    return { ...m, kloes: dedupe([...listed, ...shownUnder]) };
  });

  return {
    asAt: model.asAt,
    measures,
    kloes: model.sections.map((s) => ({
      id: s.kloe.id,
      measureIds: s.rows.map((r) => r.measure.id),
      evidence: s.evidence.map((e) => (e.date ? { text: e.text, date: e.date } : { text: e.text })),
    })),
    issues: model.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      measureId: f.measureId ?? null,
      sheet: f.cell?.sheet ?? null,
      cell: f.cell?.address ?? null,
      message: f.message,
      panelMessage: f.panelMessage ?? f.message,
    })),
    frontPage: frontPageJson(model),
  };
}

function frontPageJson(model: SummaryModel): SummaryJsonFrontPage {
  const fp = model.frontPage;
  return {
    rag: { ...fp.rag },
    direction: { ...fp.direction },
    attention: fp.attention.map((a) => ({
      measureId: a.row.measure.id,
      reasons: a.reasons.map((r) => r.code),
      why: a.reasons.map((r) => r.text).join('; '),
      sentence: a.row.sentence,
      action: a.row.settings.action?.trim() || null,
    })),
    unevidencedKloes: fp.unevidencedKloes.map((k) => k.id),
    openErrors: fp.openErrors,
    openWarnings: fp.openWarnings,
    variation: { ...fp.variation },
  };
}

/** Exactly the contract's seven keys (the chart's detail stays in the figures). */
function spcJson(spc: MeasureFigures['spc']): SummaryJsonSpc | null {
  if (!spc) return null;
  return {
    points: spc.points,
    mean: spc.mean,
    lowerLimit: spc.lowerLimit,
    upperLimit: spc.upperLimit,
    variation: spc.variation,
    assurance: spc.assurance,
    provisional: spc.provisional,
  };
}

function dedupe(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
