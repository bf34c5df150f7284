/** Test helpers: a table of text rows -> a tagged, read and worked-out table series. */
import type { CellValue, SheetGrid } from '../../../src/domain/grid';
import type { Series, TableSeries } from '../../../src/domain/series/types';
import { defaultFramework } from '../../../src/domain/framework';
import type { CheckContext } from '../../../src/domain/validate/types';
import { createTableTag } from '../../../src/domain/tables/create';
import { readTableSeries } from '../../../src/domain/tables/series';
import type { DerivedMeasure, DerivedPoint, TableSource } from '../../../src/domain/tables/types';
import type { TableTag } from '../../../src/domain/tags/types';
import { handGrid } from '../../fixtures/handGrid';

export function tableGrid(
  name: string,
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
): SheetGrid {
  return handGrid([header, ...rows], { name });
}

export function tagOf(
  grid: SheetGrid,
  source: TableSource,
  options: {
    range?: string;
    map?: Record<string, string>;
    values?: Record<string, Record<string, string>>;
  } = {},
): TableTag {
  const made = createTableTag({ grid, source, ...options, id: 't-table', created: '2025-04-01T09:00:00Z' });
  if ('error' in made) throw new Error(made.error);
  return made.tag;
}

export function seriesOf(
  grid: SheetGrid,
  source: TableSource,
  asAt: string,
  options: Parameters<typeof tagOf>[2] = {},
): TableSeries {
  return readTableSeries(tagOf(grid, source, options), grid, asAt);
}

export function measureOf(series: TableSeries, id: string): DerivedMeasure {
  const m = series.derived.find((d) => d.measureId === id);
  if (!m) throw new Error(`no ${id} in ${series.derived.map((d) => d.measureId).join(', ')}`);
  return m;
}

/** A measure's points as [period, value, numerator, denominator], values rounded to 4 places. */
export function points(
  series: TableSeries,
  id: string,
): [string, number | null, number | null, number | null][] {
  return measureOf(series, id).points.map((p: DerivedPoint) => [
    p.period.key,
    p.value === null ? null : Math.round(p.value * 1e4) / 1e4,
    p.numerator,
    p.denominator,
  ]);
}

/** A check context over table series (and any other series), with the default framework. */
export function tableContext(
  series: readonly Series[],
  asAt = '2025-03-31',
  extra: Partial<CheckContext> = {},
): CheckContext {
  return {
    framework: defaultFramework(),
    tags: series.map((s) => s.tag),
    brokenTagRows: [],
    tagSheetName: 'PMF Tags',
    series,
    figures: [],
    asAt,
    sheetNames: [...new Set(series.map((s) => s.tag.sheet))],
    ...extra,
  };
}
