/**
 * Tagged benchmarks -> comparator series: an area row of an area table (England, a region, the statistical
 * neighbours' average, a named comparator), a block of peer rows (one authority each), a column of a sheet
 * laid out periods down the rows, or the rows of a long table its filters keep (one area, or one per value
 * of its `by` column). Each area is read as a tagged row of ours is, against the same header.
 */
import type { SheetGrid } from '../grid';
import type { Unit } from '../framework/types';
import { aggregateKind } from '../layout/areas';
import { sheetReaderFor } from '../layout';
import type { SheetReader } from '../layout';
import { isComparatorRole, isLongTableTag } from '../tags/types';
import type { ComparatorRole, MeasureTag, TagState } from '../tags/types';
import { readLongTable } from './long';
import { readColumnSeries, readRowSeries } from './read';
import type { ComparatorArea, ComparatorSeries, SeriesNote } from './types';

export interface ReadComparatorOptions {
  readonly tag: MeasureTag;
  /** The tag's sheet; undefined when it is gone. */
  readonly grid: SheetGrid | undefined;
  readonly state: TagState;
  /** The measure's unit. */
  readonly unit?: Unit;
  readonly reader?: SheetReader;
  /** Rows of the sheet tagged to the measure with another role: a block of peers leaves them out. */
  readonly excludeRows?: ReadonlySet<number>;
  /** Areas (as filterKey of the `by` column) tagged to the measure with another role: left out of peers. */
  readonly excludeAreas?: ReadonlySet<string>;
}

function roleOf(tag: MeasureTag): ComparatorRole {
  return isComparatorRole(tag.role) ? tag.role : 'comparator';
}

/** Whether a row holds any figure or marker (a blank or title row holds none). */
function hasAnyFigure(obs: ComparatorArea['observations']): boolean {
  for (let i = 0; i < obs.length; i++) if (obs.missingReason(i) !== 'blank') return true;
  return false;
}

/** A tagged benchmark read against its sheet. Never throws; an unreadable one has no areas and says why. */
export function readComparatorSeries(opts: ReadComparatorOptions): ComparatorSeries {
  const { tag, grid, state, unit } = opts;
  const role = roleOf(tag);
  const name = tag.details?.name?.trim() || tag.label;
  const base = { kind: 'comparator' as const, tag, state, role, name, label: tag.label };
  if (!grid || !('row' in state)) return { ...base, areas: [], notes: [] };
  const moved = state.status === 'moved' ? state.row - state.from : 0;

  if (tag.kind === 'column') {
    const column = state.status === 'moved' && state.column !== undefined ? state.column : tag.column;
    const firstRow = tag.firstRow + moved;
    const lastRow = tag.lastRow + moved;
    if (isLongTableTag(tag)) {
      const read = readLongTable(tag, grid, {
        unit,
        column,
        firstRow,
        lastRow,
        ...(opts.excludeAreas ? { exclude: opts.excludeAreas } : {}),
      });
      const single = tag.details.where?.[tag.details.where.length - 1]?.values.join(' or ');
      const areas: ComparatorArea[] = read.groups.map((g) => ({
        name: g.name || (role === 'comparator' ? name : single || read.label),
        observations: g.observations,
      }));
      return {
        ...base,
        label: read.label,
        name: tag.details.name?.trim() || read.label,
        areas,
        notes: read.notes,
      };
    }
    const s = readColumnSeries(tag, grid, { state, unit, column, firstRow, lastRow });
    return {
      ...base,
      label: s.label,
      name: tag.details?.name?.trim() || s.label,
      areas: [{ name: s.label, observations: s.observations }],
      notes: s.notes,
    };
  }

  const reader = opts.reader && opts.reader.grid === grid ? opts.reader : sheetReaderFor(grid);
  const headerRow =
    tag.headerRow !== undefined && tag.headerRow + moved >= 1 ? tag.headerRow + moved : undefined;
  const first = state.row;
  const last = tag.lastRow !== undefined ? tag.lastRow + (first - tag.row) : first;
  const areas: ComparatorArea[] = [];
  let notes: readonly SeriesNote[] = [];
  for (let row = first; row <= last; row++) {
    const block = last > first;
    if (block) {
      // A block of peers: one authority per row. Rows tagged otherwise (our own row, England), header rows
      // and aggregate rows ('England', 'North East', 'SN average') are not peers; nor are blank or title
      // rows (no figure and no marker, below).
      if (opts.excludeRows?.has(row) || reader.isHeaderRow(row)) continue;
      if (aggregateKind(reader.labelOf(row)) !== undefined) continue;
    }
    const s = readRowSeries({
      tag: { ...tag, row },
      grid,
      state: { status: 'ok', row },
      row,
      unit,
      reader,
      ...(headerRow !== undefined ? { headerRow } : {}),
    });
    if (row === first) notes = s.notes;
    if (block && !hasAnyFigure(s.observations)) continue;
    areas.push({ name: s.label, row, observations: s.observations });
  }
  return { ...base, name: tag.details?.name?.trim() || areas[0]?.name || tag.label, areas, notes };
}
