/**
 * A tag that repeats one already made: the same row (or overlapping rows of the same column) of the same
 * sheet, for the same measure in the same role. Such a tag adds nothing but a second copy of the figures
 * ("row 13; row 13" in the checks), so it is refused wherever tags are made.
 *
 * Existing tags are compared where they are now (a row tag found again after rows were inserted counts at
 * its new row); a tag whose row cannot be found (gone or ambiguous) points nowhere and repeats nothing.
 * A child-level table is repeated by a second tag of the same kind of table on the same sheet under the
 * same header row.
 */
import { columnLetter, type SheetGrid } from '../grid';
import { createLabelIndex, locateTag } from './locate';
import type { Tag, TagRole } from './types';
import { isLongTableTag } from './types';

/** Where a tag points now: a row, or a column and its rows; null when it cannot be found. */
interface Place {
  readonly row?: number;
  readonly column?: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

function placeNow(tag: Tag, grid: SheetGrid | undefined): Place | null {
  if (tag.kind === 'table') return candidatePlace(tag);
  if (!grid) return null;
  const state = locateTag(tag, grid, createLabelIndex(grid));
  if (state.status === 'sheetGone' || state.status === 'rowGone' || state.status === 'ambiguous') return null;
  if (tag.kind === 'row') return { row: state.row, firstRow: state.row, lastRow: state.row };
  const column = state.status === 'moved' && state.column !== undefined ? state.column : tag.column;
  const shift = state.row - tag.firstRow;
  return { column, firstRow: tag.firstRow + shift, lastRow: tag.lastRow + shift };
}

function candidatePlace(tag: Tag): Place {
  if (tag.kind === 'table') {
    const header = tag.details.table.headerRow;
    return { firstRow: header, lastRow: header };
  }
  return tag.kind === 'row'
    ? { row: tag.row, firstRow: tag.row, lastRow: tag.row }
    : { column: tag.column, firstRow: tag.firstRow, lastRow: tag.lastRow };
}

function samePlace(kind: Tag['kind'], a: Place, b: Place): boolean {
  if (kind === 'row') return a.row === b.row;
  if (kind === 'table') return a.firstRow === b.firstRow;
  return a.column === b.column && a.firstRow <= b.lastRow && b.firstRow <= a.lastRow;
}

const sheetKey = (sheet: string) => sheet.toLowerCase();
/**
 * What tells two tags of one place apart besides measure and role: a named comparator's name, and a long
 * table's filters (its rows for one area are not another area's).
 */
function benchmarkKey(tag: Tag): string {
  if (tag.kind === 'table') return '';
  const name = tag.role === 'comparator' ? (tag.details?.name ?? '').trim().toLowerCase() : '';
  if (!isLongTableTag(tag)) return name;
  const where = (tag.details.where ?? []).map(
    (f) => `${(f.header || f.column).toLowerCase()}=${f.values.map((v) => v.trim().toLowerCase()).join('|')}`,
  );
  return `${name}\u0000${where.join('&')}\u0000${tag.details.by?.header ?? ''}`;
}

const groupKey = (tag: Tag) =>
  tag.kind === 'table'
    ? `${sheetKey(tag.sheet)}\u0000table\u0000${tag.details.table.source}`
    : `${sheetKey(tag.sheet)}\u0000${tag.kind}\u0000${tag.measureId}\u0000${tag.role}\u0000${benchmarkKey(tag)}`;

export interface DuplicateFinder {
  /** The tag that `candidate` would repeat, if any. */
  find(candidate: Tag): Tag | undefined;
  /** Counts a tag just made, so a later candidate in the same batch is compared with it too. */
  add(tag: Tag): void;
}

/**
 * Finds repeats of `existing` tags. `gridOf` gives the sheet as it is now (undefined when it is not read or
 * gone); each sheet's tags are located once, on first use.
 */
export function duplicateFinder(
  existing: readonly Tag[],
  gridOf: (sheet: string) => SheetGrid | undefined,
): DuplicateFinder {
  const groups = new Map<string, { tag: Tag; place: Place | null; made: boolean }[]>();
  for (const tag of existing) {
    const key = groupKey(tag);
    groups.set(key, [...(groups.get(key) ?? []), { tag, place: null, made: false }]);
  }
  const located = new Set<string>();
  const locate = (key: string, sheet: string) => {
    if (located.has(key)) return;
    located.add(key);
    const grid = gridOf(sheet);
    for (const entry of groups.get(key) ?? []) if (!entry.made) entry.place = placeNow(entry.tag, grid);
  };
  return {
    find(candidate) {
      const key = groupKey(candidate);
      locate(key, candidate.sheet);
      const here = candidatePlace(candidate);
      return groups
        .get(key)
        ?.find(
          (e) => e.place !== null && e.tag.id !== candidate.id && samePlace(candidate.kind, e.place, here),
        )?.tag;
    },
    add(tag) {
      const key = groupKey(tag);
      locate(key, tag.sheet);
      groups.set(key, [...(groups.get(key) ?? []), { tag, place: candidatePlace(tag), made: true }]);
    },
  };
}

const ROLE_WORD: Record<TagRole, string> = {
  value: 'its value',
  numerator: 'its numerator',
  denominator: 'its denominator',
  records: 'its child-level records',
  england: 'its England figure',
  statNeighbours: "its statistical neighbours' average",
  region: 'its region',
  comparator: 'a comparator of the same name',
  peers: 'its peers',
};

/** "'Monthly PMF' row 13 is already tagged as S01 (its value)." */
export function duplicateTagMessage(candidate: Tag, existing: Tag): string {
  if (candidate.kind === 'table' || existing.kind === 'table') {
    return `'${candidate.sheet}' is already tagged as ${existing.label} (tag ${existing.id}); a second tag would only repeat it.`;
  }
  const where =
    candidate.kind === 'row'
      ? `'${candidate.sheet}' row ${candidate.row}`
      : `'${candidate.sheet}' column ${columnLetter(candidate.column)} rows ${candidate.firstRow}-${candidate.lastRow}`;
  const role = ROLE_WORD[existing.role];
  return `${where} is already tagged as ${existing.measureId} (${role}, tag ${existing.id}); a second tag would only repeat it.`;
}
