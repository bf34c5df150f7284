/** The summary on the real catalogue of KLOEs and measures (the default framework's measures). */
import catalogue from '../../../src/domain/framework/catalogue.json';
import { defaultFramework } from '../../../src/domain/framework';
import { planSummarySheet, SUMMARY_COLUMNS } from '../../../src/domain/summary';
import { summaryJson } from '../../../src/domain/summary';
import { at, figures, framework, model, note, point, records } from './builders';

const fw = framework({
  kloes: catalogue.kloes,
  measures: defaultFramework().measures,
  settings: { W02: { threshold: 25, comment: 'Two teams above 25', action: 'Agency cover agreed' } },
  evidence: [note('K10', 'Members completed corporate parenting training', '2025-02-10')],
});

const figs = [
  figures('D01', {
    latest: point('2025-03', 'Mar-25', 71.3),
    direction: null,
    rag: null,
    source: at('Monthly', 5, 14),
  }),
  figures('P05', { source: at('Quarterly', 9, 7) }),
  figures('S01', { latest: point('2025-03', 'Mar-25', 12.1, 10, 83), source: at('Monthly', 12, 14) }),
  figures('M04', {
    latest: point('2024/25 Q4', 'Q4 2024/25', 25),
    records: records(),
    source: at('Missing (child level)', 2, 3),
  }),
  figures('W02', {
    latest: point('2025-03', 'Mar-25', 15),
    records: records({ count: 60, threshold: 25, shareAbove: 15, shareAtLeast3: null, topTenthShare: null }),
  }),
];

describe('summary of the default catalogue', () => {
  const m = model(fw, figs);
  const plan = planSummarySheet(m, { markerText: 'PMF' });

  it('shows every line of enquiry, K00 first, measured or not', () => {
    const table = plan.values.slice(
      0,
      plan.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Data quality')),
    );
    const bands = table.filter((r) => typeof r[0] === 'string' && /^K\d\d$/.test(r[0])).map((r) => r[0]);
    expect(bands).toEqual(catalogue.kloes.map((k) => k.id));
    const unmeasured = plan.values.filter((r) => r[1] === 'Not measured by a number yet').length;
    expect(unmeasured).toBe(catalogue.kloes.length - 4); // K00, K01, K04 and K09 hold measures
  });

  it('puts P05 under both its KLOEs and once in the JSON', () => {
    expect(plan.values.filter((r) => r[0] === 'P05').length).toBe(2 + 1); // two sections and the definitions
    expect(summaryJson(m).measures.filter((x) => x.measureId === 'P05')).toHaveLength(1);
  });

  it('is rectangular', () => {
    expect(plan.values.every((r) => r.length === SUMMARY_COLUMNS.length)).toBe(true);
  });
});
