import { useCallback, useMemo, useState } from 'react';
import type { MeasureFigures } from '../../../domain/calc/types';
import type { Kloe, Measure } from '../../../domain/framework/types';
import type { CellRef } from '../../../domain/grid';
import { measureMatches } from '../../components/measureSearch';
import { describeError } from '../../errors';
import type { ViewDeps } from '../types';

export interface FigureItem {
  readonly measure: Measure;
  readonly figures: MeasureFigures;
}

export interface FigureSection {
  readonly kloe: Kloe | null;
  readonly items: readonly FigureItem[];
}

export interface FiguresViewModel {
  readonly sections: readonly FigureSection[];
  readonly total: number;
  readonly query: string;
  readonly setQuery: (q: string) => void;
  readonly onGoTo: (cell: CellRef) => void;
  readonly error: string | null;
  readonly dismissError: () => void;
}

/** State of the Figures view: figures grouped under their measure's home KLOE, filtered by a search. */
export function useFiguresView({ service, state }: ViewDeps): FiguresViewModel {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sections = useMemo(() => {
    const kloes = new Map(state.framework.kloes.map((k) => [k.id, k]));
    const measures = new Map(state.framework.measures.map((m) => [m.id, m]));
    const byKloe = new Map<string, FigureItem[]>();
    for (const figures of state.figures) {
      const measure = measures.get(figures.measureId);
      if (!measure || !measureMatches(measure, kloes, query)) continue;
      const home = measure.kloes.find((k) => kloes.has(k)) ?? '';
      byKloe.set(home, [...(byKloe.get(home) ?? []), { measure, figures }]);
    }
    const out: FigureSection[] = state.framework.kloes
      .filter((k) => byKloe.has(k.id))
      .map((k) => ({ kloe: k, items: byKloe.get(k.id)! }));
    if (byKloe.has('')) out.push({ kloe: null, items: byKloe.get('')! });
    return out;
  }, [state.figures, state.framework, query]);

  const onGoTo = useCallback(
    (cell: CellRef) => {
      setError(null);
      service.select(cell).catch((e: unknown) => setError(describeError(e, { sheet: cell.sheet })));
    },
    [service],
  );

  return {
    sections,
    total: state.figures.length,
    query,
    setQuery,
    onGoTo,
    error,
    dismissError: () => setError(null),
  };
}
