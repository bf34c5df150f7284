/**
 * The generated extract of a real return's size (test/fixtures/ssda903-large.ts): the figures worked out in
 * one pass per table agree, year by year, with a plain reading of the definitions in ssda903.md written here
 * (every child's episodes scanned from the whole table, no grouping, no shortcuts).
 */
import type { CellValue } from '../../../src/domain/grid';
import type { TableSeries } from '../../../src/domain/series/types';
import { collectionYear } from '../../../src/domain/tables/years';
import { LARGE_903_AS_AT, LARGE_HEADERS, large903, largeGrid } from '../../fixtures/ssda903-large';
import { seriesOf } from './helpers';

const data = large903();

function day(v: CellValue): number {
  if (typeof v === 'number') return Math.floor(v) - 25569;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(v).trim());
  return m ? Math.round(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) / 86400000) : NaN;
}

function unique<T>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = JSON.stringify(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface Ep {
  child: string;
  decom: number;
  dec: number;
  rne: string;
  ls: string;
  place: string;
  rec: string;
  index: number;
}
const eps: Ep[] = unique(data.episodes)
  .map((r, index) => ({
    child: String(r[0]),
    decom: day(r[1]),
    dec: r[7] === '' ? NaN : day(r[7]),
    rne: String(r[2]),
    ls: String(r[3]),
    place: String(r[5]),
    rec: String(r[8]),
    index,
  }))
  .filter((e) => e.ls !== 'V3' && e.ls !== 'V4');
const open = (e: Ep, d: number) => e.decom <= d && (Number.isNaN(e.dec) || e.dec > d);

function valueOf(s: TableSeries, id: string, key: string) {
  const p = s.derived.find((m) => m.measureId === id)?.points.find((x) => x.period.key === key);
  if (!p) throw new Error(`no ${id} for ${key}`);
  return [p.numerator ?? p.value, p.denominator];
}

describe('the generated 903 extract, against a plain reading of the definitions', () => {
  const episodes = seriesOf(
    largeGrid('Episodes', LARGE_HEADERS.episodes, data.episodes),
    'episodes',
    LARGE_903_AS_AT,
  );
  const years = episodes.derived.find((m) => m.measureId === 'D02')!.points.map((p) => p.period.key);

  it('is the size of a real return and covers several years', () => {
    expect(data.episodes.length).toBeGreaterThanOrEqual(2000);
    expect(data.reviews.length).toBeGreaterThanOrEqual(10000);
    expect(years.length).toBeGreaterThanOrEqual(5);
    expect(years.at(-1)).toBe('2024/25');
  });

  it('gives the same D02, D03, D04, P01, P03 and S01 for every year', () => {
    for (let back = 0; back < years.length; back++) {
      const y = collectionYear(LARGE_903_AS_AT, back);
      const key = y.period.key;
      const children = [...new Set(eps.map((e) => e.child))];
      const inCare = children.filter((c) => eps.some((e) => e.child === c && open(e, y.last)));
      const onDay = (c: string) =>
        eps
          .filter((e) => e.child === c && open(e, y.last))
          .sort((a, b) => b.decom - a.decom || b.index - a.index)[0];
      const foster = inCare.filter((c) => /^U[1-6]$/.test(onDay(c).place)).length;
      const parents = inCare.filter((c) => onDay(c).place === 'P1').length;
      const started = new Set(
        eps.filter((e) => e.rne === 'S' && e.decom >= y.first && e.decom <= y.last).map((e) => e.child),
      );
      const ceased = new Set(
        eps.filter((e) => e.dec >= y.first && e.dec <= y.last && e.rec !== 'X1').map((e) => e.child),
      );
      const threePlus = inCare.filter((c) => {
        const mine = eps
          .filter((e) => e.child === c && e.decom <= y.last && (Number.isNaN(e.dec) || e.dec >= y.first))
          .sort((a, b) => a.decom - b.decom || a.index - b.index);
        return 1 + mine.slice(1).filter((e) => ['S', 'P', 'B'].includes(e.rne)).length >= 3;
      }).length;
      expect([key, valueOf(episodes, 'D02', key)]).toEqual([key, [inCare.length, null]]);
      expect([key, valueOf(episodes, 'D03', key)]).toEqual([key, [started.size, null]]);
      expect([key, valueOf(episodes, 'D04', key)]).toEqual([key, [ceased.size, null]]);
      expect([key, valueOf(episodes, 'P01', key)]).toEqual([key, [foster, inCare.length]]);
      expect([key, valueOf(episodes, 'P03', key)]).toEqual([key, [parents, inCare.length]]);
      expect([key, valueOf(episodes, 'S01', key)]).toEqual([key, [threePlus, inCare.length]]);
    }
  });

  it('gives the same missing figures and review participation for the year', () => {
    const y = collectionYear(LARGE_903_AS_AT);
    const missing = seriesOf(
      largeGrid('Missing', LARGE_HEADERS.missing, data.missing),
      'missing',
      LARGE_903_AS_AT,
    );
    const rows = unique(data.missing).filter(
      (r) => r[2] === 'M' && day(r[3]) >= y.first && day(r[3]) <= y.last,
    );
    const perChild = new Map<string, number>();
    for (const r of rows) perChild.set(String(r[0]), (perChild.get(String(r[0])) ?? 0) + 1);
    const counts = [...perChild.values()].sort((a, b) => b - a);
    const top = counts.slice(0, Math.max(1, Math.ceil(counts.length / 10))).reduce((s, v) => s + v, 0);
    expect(valueOf(missing, 'M01', '2024/25')).toEqual([perChild.size, null]);
    expect(valueOf(missing, 'M02', '2024/25')).toEqual([rows.length, null]);
    expect(valueOf(missing, 'M04', '2024/25')).toEqual([counts.filter((c) => c >= 3).length, perChild.size]);
    expect(valueOf(missing, 'M05', '2024/25')).toEqual([top, rows.length]);

    const reviews = seriesOf(
      largeGrid('Reviews', LARGE_HEADERS.reviews, data.reviews),
      'reviews',
      LARGE_903_AS_AT,
    );
    const inYear = unique(data.reviews).filter((r) => day(r[2]) >= y.first && day(r[2]) <= y.last);
    const counted = inYear.filter((r) => /^PN[1-7]$/.test(String(r[3])));
    const took = counted.filter((r) => String(r[3]) !== 'PN7');
    expect(valueOf(reviews, 'V01', '2024/25')).toEqual([took.length, counted.length]);
  });
});
