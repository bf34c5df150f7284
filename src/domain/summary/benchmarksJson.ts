/** The benchmark keys of `pmf summary --json` per measure: each comparator's period, named comparators, rank. */
import type { MeasureFigures } from '../calc/types';

export function comparatorPeriodsJson(f: MeasureFigures) {
  const c = f.comparators;
  return {
    englandPeriod: c.england?.period ?? null,
    statNeighboursPeriod: c.statNeighbours?.period ?? null,
    regionPeriod: c.region?.period ?? null,
    statNeighboursFrom: c.statNeighbours?.from ?? null,
    named: (c.named ?? []).map((n) => ({ name: n.name, value: n.value, period: n.period ?? null })),
  };
}

export function rankJson(f: MeasureFigures): { position: number; of: number; quartile: number } | null {
  const r = f.rank;
  return r ? { position: r.position, of: r.of, quartile: r.quartile } : null;
}
