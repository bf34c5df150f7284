import { useCallback, useMemo, useState } from 'react';
import type { Severity, Finding } from '../../../domain/validate/types';
import type { Framework } from '../../../domain/framework/types';
import { describeError } from '../../errors';
import { isIsoDate } from '../../format';
import type { ViewDeps } from '../types';

export interface FindingGroup {
  readonly key: string;
  readonly title: string;
  readonly findings: readonly Finding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly groups: readonly FindingGroup[];
  readonly count: number;
}

export interface CheckViewModel {
  readonly severities: readonly SeverityGroup[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly asAt: string;
  readonly setAsAt: (asAt: string) => void;
  readonly asAtError: string | undefined;
  readonly running: boolean;
  readonly onRun: () => void;
  readonly onGoTo: (finding: Finding) => void;
  readonly error: string | null;
  readonly dismissError: () => void;
  readonly lastChecked: string | null;
}

const ORDER: readonly { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Information' },
];

/** Findings by severity (errors first), then by measure in framework order; workbook-wide findings last. */
export function groupFindings(findings: readonly Finding[], framework: Framework): SeverityGroup[] {
  const order = new Map(framework.measures.map((m, i) => [m.id, i]));
  const names = new Map(framework.measures.map((m) => [m.id, m.name]));
  const kloes = new Map(framework.kloes.map((k) => [k.id, k.title]));
  return ORDER.map(({ severity, title }) => {
    const mine = findings.filter((f) => f.severity === severity);
    const byKey = new Map<string, Finding[]>();
    for (const f of mine) {
      const key = f.measureId ? `m:${f.measureId}` : f.kloeId ? `k:${f.kloeId}` : 'wb';
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
    const rank = (key: string) =>
      key.startsWith('m:') ? (order.get(key.slice(2)) ?? 9999) : key.startsWith('k:') ? 10000 : 20000;
    const groups = [...byKey.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([key, fs]) => {
        const id = key.slice(2);
        const title = key.startsWith('m:')
          ? `${id} ${names.get(id) ?? '(not in the framework)'}`
          : key.startsWith('k:')
            ? `${id} ${kloes.get(id) ?? ''}`.trim()
            : 'Whole workbook';
        return { key, title, findings: fs };
      });
    return { severity, title, groups, count: mine.length };
  });
}

/** State of the Check view: the as-at date, running the checks again, and going to a finding's cell. */
export function useCheckView({ service, state, workbook }: ViewDeps): CheckViewModel {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [lastChecked, setLastChecked] = useState<string | null>(null);
  const severities = useMemo(
    () => groupFindings(state.findings, state.framework),
    [state.findings, state.framework],
  );
  const counts = {
    error: severities[0].count,
    warning: severities[1].count,
    info: severities[2].count,
  };
  const asAtError =
    workbook.asAt && !isIsoDate(workbook.asAt)
      ? 'Enter the date as day/month/year, such as 31/03/2025.'
      : undefined;

  const onRun = useCallback(() => {
    if (asAtError) return;
    setRunning(true);
    setError(null);
    workbook
      .load(workbook.asAt || undefined)
      .then(() =>
        setLastChecked(new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })),
      )
      .catch((e: unknown) => setError(describeError(e)))
      .finally(() => setRunning(false));
  }, [workbook, asAtError]);

  const onGoTo = useCallback(
    (finding: Finding) => {
      if (!finding.cell) return;
      const cell = finding.cell;
      setError(null);
      service.select(cell).catch((e: unknown) => setError(describeError(e, { sheet: cell.sheet })));
    },
    [service],
  );

  return {
    severities,
    counts,
    asAt: workbook.asAt,
    setAsAt: workbook.setAsAt,
    asAtError,
    running,
    onRun,
    onGoTo,
    error,
    dismissError: () => setError(null),
    lastChecked,
  };
}
