import { cellRef, columnLetter, columnNumber, type CellRef } from '../../../domain/grid';
import type { ComparatorRole, Tag, TagRole, TagState } from '../../../domain/tags/types';
import { isLongTableTag } from '../../../domain/tags/types';
import type { TagListItem } from '../../../excel/operations-types';

export type BadgeColor = 'success' | 'warning' | 'danger' | 'informative';

export interface StateDisplay {
  readonly text: string;
  readonly color: BadgeColor;
  /** A sentence explaining the state, when there is more to say than the badge. */
  readonly detail?: string;
  readonly broken: boolean;
}

export function describeTagState(state: TagState): StateDisplay {
  switch (state.status) {
    case 'ok':
      return { text: 'OK', color: 'success', broken: false };
    case 'moved':
      return {
        text: 'Moved',
        color: 'informative',
        detail: `Found at row ${state.row} (was row ${state.from}).`,
        broken: false,
      };
    case 'labelChanged':
      return {
        text: 'Label changed',
        color: 'warning',
        detail: `The row's label is now ‘${state.label}’.`,
        broken: false,
      };
    case 'rowGone':
      return { text: 'Row gone', color: 'danger', detail: state.message, broken: true };
    case 'ambiguous':
      return {
        text: 'Ambiguous',
        color: 'danger',
        detail: `More than one row matches: rows ${state.rows.join(', ')}.`,
        broken: true,
      };
    case 'sheetGone':
      return { text: 'Sheet gone', color: 'danger', detail: 'The sheet no longer exists.', broken: true };
  }
}

/** Where the tag is now, for the 'go to' link; null when it has nowhere to go. */
export function tagTarget(tag: Tag, state: TagState): CellRef | null {
  if (tag.kind === 'table') {
    if (state.status === 'sheetGone') return null;
    const t = tag.details.table;
    const row = 'row' in state ? state.row : t.headerRow;
    const col =
      'column' in state && state.column !== undefined ? state.column : columnNumber(t.columns.CHILD ?? 'A');
    return cellRef(tag.sheet, row, col || 1);
  }
  if (tag.kind === 'column') {
    return state.status === 'sheetGone' ? null : cellRef(tag.sheet, tag.firstRow, tag.column);
  }
  switch (state.status) {
    case 'ok':
    case 'moved':
    case 'labelChanged':
      return cellRef(tag.sheet, state.row, 1);
    case 'ambiguous':
      return state.rows.length ? cellRef(tag.sheet, state.rows[0], 1) : null;
    default:
      return null;
  }
}

/** 'Monthly' row 12 · 'Missing episodes' D3:D120 */
export function tagPlace(tag: Tag, state: TagState): string {
  if (tag.kind === 'table') {
    const t = tag.details.table;
    return t.range
      ? `'${tag.sheet}' ${t.range}`
      : `'${tag.sheet}' from row ${'row' in state ? state.row : t.headerRow}`;
  }
  if (tag.kind === 'column') {
    const col = columnLetter(tag.column);
    return `'${tag.sheet}' ${col}${tag.firstRow}:${col}${tag.lastRow}`;
  }
  const row = 'row' in state ? state.row : tag.row;
  return `'${tag.sheet}' row ${row}`;
}

export const ROLE_LABEL = {
  value: 'Value',
  numerator: 'Numerator',
  denominator: 'Denominator',
  records: 'Child-level records',
  england: 'England',
  statNeighbours: "Statistical neighbours' average",
  region: 'Region',
  comparator: 'Named comparator',
  peers: 'Peers',
} as const satisfies Record<TagRole, string>;

/** The benchmark roles the Tag view offers for a row of an area table. */
export const BENCHMARK_ROLES: readonly ComparatorRole[] = [
  'england',
  'statNeighbours',
  'region',
  'comparator',
  'peers',
];

/** The choices of the role radio: the tag roles, and a column of a sheet laid out periods down the rows. */
export type PaneRole = keyof typeof ROLE_LABEL | 'periodsDown';

export const PANE_ROLE_LABEL: Record<PaneRole, string> = {
  ...ROLE_LABEL,
  records: 'Child-level records (a column, one row per child)',
  periodsDown: 'A column of periods (periods down the rows)',
  statNeighbours: "Statistical neighbours' average row",
  comparator: 'A comparator I name',
  peers: 'Peers: a block of rows, one authority each',
};

/** The tags in the order the list shows them: by measure, then sheet. */
export function sortTags(tags: readonly TagListItem[]): TagListItem[] {
  return [...tags].sort(
    (a, b) => a.tag.measureId.localeCompare(b.tag.measureId) || a.tag.sheet.localeCompare(b.tag.sheet),
  );
}

/** Whether a tag is what tagging the selection with `role` would make (its kind and role). */
export function tagHasPaneRole(tag: Tag, role: PaneRole): boolean {
  if (role === 'records') return tag.kind === 'column' && tag.role === 'records';
  if (role === 'periodsDown') return tag.kind === 'column' && tag.role === 'value';
  return tag.kind === 'row' && tag.role === role;
}

/** The tag of the selected cells that tagging them to `measureId` as `role` would repeat, if any. */
export function existingTagFor(
  tags: readonly TagListItem[],
  selectedTagIds: readonly string[],
  measureId: string,
  role: PaneRole,
): TagListItem | undefined {
  return tags.find(
    (t) => selectedTagIds.includes(t.tag.id) && t.tag.measureId === measureId && tagHasPaneRole(t.tag, role),
  );
}

/** How a tag is named in lists: its measure's id and name, or for a table 'Table' and the table's name. */
export function tagTitle(tag: Tag, names: ReadonlyMap<string, string>): { id: string; name: string } {
  if (tag.kind === 'table') return { id: 'Table', name: tag.label };
  return { id: tag.measureId, name: names.get(tag.measureId) ?? 'Unknown measure' };
}

/**
 * The role of a tag for a person: 'Value', 'Child-level records', 'Value (periods down the rows)', 'Comparator
 * ‘All children in the county’', 'Peers (rows 15–42)', 'England (long table: geographic_level = National)',
 * 'Child-level table (episodes)'.
 */
export function roleLabel(tag: Tag): string {
  if (tag.kind === 'table') return `Child-level table (${tag.details.table.source})`;
  const label =
    tag.role === 'comparator' && tag.details?.name
      ? `Comparator ‘${tag.details.name}’`
      : ROLE_LABEL[tag.role];
  if (isLongTableTag(tag)) {
    const filters = (tag.details.where ?? []).map(
      (f) => `${f.header || f.column} = ${f.values.join(' or ')}`,
    );
    const by = tag.details.by ? `, one per ${tag.details.by.header || tag.details.by.column}` : '';
    return `${label} (long table${filters.length ? `: ${filters.join(', ')}` : ''}${by})`;
  }
  if (tag.kind === 'row' && tag.lastRow) return `${label} (rows ${tag.row}–${tag.lastRow})`;
  return tag.kind === 'column' && tag.role !== 'records' ? `${label} (periods down the rows)` : label;
}
