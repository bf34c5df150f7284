import type { MeasureFigures } from '../calc/types';
import type { EvidenceNote, Framework, Measure } from '../framework/types';
import type { Finding } from '../validate/types';
import { buildFrontPage } from './frontPage';
import { measureSentence } from './sentence';
import type { KloeSection, MeasureRow, SummaryModel } from './types';
import { derivedDefinition } from '../tables/definitions';

export const DEFAULT_SUMMARY_TITLE = 'Corporate Parenting Panel: performance summary';

export interface SummaryInput {
  readonly framework: Framework;
  readonly figures: readonly MeasureFigures[];
  readonly findings: readonly Finding[];
  /** ISO date the report is as at. */
  readonly asAt: string;
  /** ISO timestamp the summary is produced (passed in, so the output is deterministic). */
  readonly producedAt: string;
  readonly workbookName: string;
  readonly title?: string;
}

/**
 * Whether a measure's figures deserve a row: it is tagged, or has a figure (derived measures such as F03 and
 * M03 have no tag of their own), or has child-level records.
 */
function hasFigures(f: MeasureFigures): boolean {
  return f.tagIds.length > 0 || f.latest !== null || f.records !== null;
}

/**
 * Everything the Panel summary shows: every KLOE in framework order; under each, the framework measures
 * that belong to it (a measure in several KLOEs appears under each) and have figures, in framework measure
 * order; each KLOE's evidence notes (always carried; the only content of a KLOE no number measures).
 * Figures for a measure the framework does not know are left out (validate reports unknown measures); the
 * first figures object of a measure wins. Each measure row carries its sentence (summary/sentence.ts); the
 * model carries the front page's content (summary/frontPage.ts).
 */
export function buildSummaryModel(input: SummaryInput): SummaryModel {
  const { framework } = input;

  const figuresById = new Map<string, MeasureFigures>();
  for (const f of input.figures) {
    if (!figuresById.has(f.measureId) && hasFigures(f)) figuresById.set(f.measureId, f);
  }

  const rowsByKloe = new Map<string, MeasureRow[]>();
  for (const k of framework.kloes) rowsByKloe.set(k.id, []);
  for (const measure of framework.measures) {
    const figures = figuresById.get(measure.id);
    if (!figures) continue;
    const row: MeasureRow = {
      measure,
      settings: framework.settings[measure.id] ?? {},
      figures,
      link: figures.source,
      sentence: measureSentence(measure, figures),
    };
    const seen = new Set<string>();
    for (const kloeId of measure.kloes) {
      if (seen.has(kloeId)) continue;
      seen.add(kloeId);
      rowsByKloe.get(kloeId)?.push(row);
    }
  }

  const evidenceByKloe = new Map<string, EvidenceNote[]>();
  for (const note of framework.evidence) {
    const list = evidenceByKloe.get(note.kloeId);
    if (list) list.push(note);
    else evidenceByKloe.set(note.kloeId, [note]);
  }

  const sections: KloeSection[] = [];
  const definitions: Measure[] = [];
  const shown = new Set<string>();
  const seenKloes = new Set<string>();
  for (const kloe of framework.kloes) {
    if (seenKloes.has(kloe.id)) continue;
    seenKloes.add(kloe.id);
    const rows = rowsByKloe.get(kloe.id) ?? [];
    for (const r of rows) {
      if (shown.has(r.measure.id)) continue;
      shown.add(r.measure.id);
      // A figure worked out from a child-level table is defined as the add-in worked it out.
      definitions.push(
        r.figures.derivedFrom ? derivedDefinition(r.measure, r.figures.derivedFrom) : r.measure,
      );
    }
    sections.push({ kloe, rows, evidence: evidenceByKloe.get(kloe.id) ?? [] });
  }

  const title = input.title?.trim();
  return {
    title: title ? title : DEFAULT_SUMMARY_TITLE,
    asAt: input.asAt,
    producedAt: input.producedAt,
    workbookName: input.workbookName,
    sections,
    findings: input.findings,
    definitions,
    frontPage: buildFrontPage(sections, input.findings, { stableBand: framework.defaults.stableBand }),
  };
}
