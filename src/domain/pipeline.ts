/**
 * The one data flow that serves the pane, the CLI and the tests:
 * tags + grids -> series -> figures + findings (-> summary model, in summary/). Tagged child-level tables
 * (src/domain/tables/) join as one more kind of series, with their measures worked out year by year.
 */
import type { SheetGrid } from './grid';
import type { Framework } from './framework/types';
import { measureById } from './framework';
import type { BrokenTagRow, Tag, TagState } from './tags/types';
import { isComparatorRole, isLongTableTag } from './tags/types';
import { createLabelIndex, locateTag } from './tags';
import type { Series } from './series/types';
import {
  ObservationList,
  readColumnSeries,
  readComparatorSeries,
  readLongSeries,
  readRecordSeries,
  readRowSeries,
  RecordList,
} from './series';
import { comparatorExclusions } from './series/exclusions';
import { sheetReaderFor } from './layout';
import type { MeasureFigures } from './calc/types';
import { computeFigures } from './calc';
import type { Finding } from './validate/types';
import { runChecks } from './validate';
import { readTableSeries } from './tables/series';

export interface AnalysisInput {
  readonly framework: Framework;
  readonly tags: readonly Tag[];
  readonly brokenTagRows: readonly BrokenTagRow[];
  readonly tagSheetName: string;
  /** The used ranges of (at least) every tagged sheet that exists. A tagged sheet not here is gone. */
  readonly grids: ReadonlyMap<string, SheetGrid>;
  readonly sheetNames: readonly string[];
  /** ISO date. */
  readonly asAt: string;
}

export interface Analysis {
  readonly series: readonly Series[];
  readonly states: ReadonlyMap<string, TagState>;
  readonly figures: readonly MeasureFigures[];
  readonly findings: readonly Finding[];
}

/**
 * Reads every tag against its sheet: each sheet's label index and layout analysis are built once. Tagged
 * child-level tables are worked out for the collection year ending on `asAt` (default: the framework's as-at
 * date, else today) and the earlier years they cover.
 */
export function readAllSeries(
  framework: Framework,
  tags: readonly Tag[],
  grids: ReadonlyMap<string, SheetGrid>,
  asAt: string = framework.asAt ?? new Date().toISOString().slice(0, 10),
): Series[] {
  const indexes = new Map<string, ReturnType<typeof createLabelIndex>>();
  const indexFor = (grid: SheetGrid) => {
    let index = indexes.get(grid.name);
    if (!index) {
      index = createLabelIndex(grid);
      indexes.set(grid.name, index);
    }
    return index;
  };
  // Table tags are placed by their own reader; the other tags are located once, here.
  const states = tags.map((tag): TagState | null => {
    if (tag.kind === 'table') return null;
    const grid = grids.get(tag.sheet);
    return locateTag(tag, grid, grid ? indexFor(grid) : undefined);
  });
  // Peers leave out the areas tagged to their measure with another role (our own row, England...).
  const exclusions = comparatorExclusions(tags, states);
  return tags.map((tag, i): Series => {
    const grid = grids.get(tag.sheet);
    if (tag.kind === 'table') return readTableSeries(tag, grid, asAt);
    const state = states[i] as TagState;
    if (isComparatorRole(tag.role)) {
      return readComparatorSeries({
        tag,
        grid,
        state,
        unit: measureById(framework, tag.measureId)?.unit,
        ...(grid ? { reader: sheetReaderFor(grid) } : {}),
        ...exclusions.get(tag.id),
      });
    }
    if (tag.kind === 'column' && tag.role === 'records') {
      if (!grid)
        return { kind: 'records', tag, state, label: tag.label, records: RecordList.empty, notes: [] };
      if (state.status !== 'moved') return readRecordSeries(tag, grid, { state });
      // The list moved (rows or a column inserted): read it where its header is now.
      const shift = state.row - state.from;
      return readRecordSeries(tag, grid, {
        state,
        column: state.column ?? tag.column,
        firstRow: tag.firstRow + shift,
        lastRow: tag.lastRow + shift,
      });
    }
    if (tag.kind === 'column') {
      // A column of a sheet laid out periods down the rows: a series like a tagged row.
      if (!grid || !('row' in state)) {
        return { kind: 'row', tag, state, label: tag.label, observations: ObservationList.empty, notes: [] };
      }
      const measure = measureById(framework, tag.measureId);
      const moved = state.status === 'moved' ? state.row - state.from : 0;
      if (isLongTableTag(tag)) {
        return readLongSeries(tag, grid, state, {
          unit: tag.role === 'value' ? measure?.unit : 'count',
          column: state.status === 'moved' && state.column !== undefined ? state.column : tag.column,
          firstRow: tag.firstRow + moved,
          lastRow: tag.lastRow + moved,
        });
      }
      return readColumnSeries(tag, grid, {
        state,
        unit: tag.role === 'value' ? measure?.unit : 'count',
        column: state.status === 'moved' && state.column !== undefined ? state.column : tag.column,
        firstRow: tag.firstRow + moved,
        lastRow: tag.lastRow + moved,
      });
    }
    if (!grid || !('row' in state)) {
      return { kind: 'row', tag, state, label: tag.label, observations: ObservationList.empty, notes: [] };
    }
    const measure = measureById(framework, tag.measureId);
    const unit = tag.role === 'value' ? measure?.unit : 'count';
    return readRowSeries({
      tag,
      grid,
      state,
      row: state.row,
      unit,
      reader: sheetReaderFor(grid),
      headerRow: shiftedHeaderRow(tag.headerRow, state),
    });
  });
}

/**
 * The header row recorded at tagging time, moved by as much as the tagged row moved. The series reader
 * falls back to detecting the header when this row is not a header any more.
 */
function shiftedHeaderRow(headerRow: number | undefined, state: TagState): number | undefined {
  if (headerRow === undefined) return undefined;
  const moved = state.status === 'moved' ? state.row - state.from : 0;
  const shifted = headerRow + moved;
  return shifted >= 1 ? shifted : undefined;
}

export function analyse(input: AnalysisInput): Analysis {
  const series = readAllSeries(input.framework, input.tags, input.grids, input.asAt);
  const states = new Map<string, TagState>(series.map((s) => [s.tag.id, s.state]));
  const figures = computeFigures({ framework: input.framework, series, asAt: input.asAt });
  const findings = runChecks({
    framework: input.framework,
    tags: input.tags,
    brokenTagRows: input.brokenTagRows,
    tagSheetName: input.tagSheetName,
    series,
    figures,
    asAt: input.asAt,
    sheetNames: input.sheetNames,
  });
  return { series, states, figures, findings };
}
