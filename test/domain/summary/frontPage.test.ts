/**
 * The front page: which measures need the Panel's attention and in what order (special-cause concern,
 * red, worsening for two periods or more, far behind England), the counts, the lines of enquiry with
 * nothing to show, the errors still open; and the page itself (one A4 landscape page at full size).
 */
import type { MeasureFigures } from '../../../src/domain/calc/types';
import type { Measure } from '../../../src/domain/framework/types';
import { buildFrontPage, farFromEngland, worseningRun } from '../../../src/domain/summary/frontPage';
import {
  planFrontPage,
  planHeight,
  PRINTABLE_HEIGHT_PT,
  FRONT_PAGE_ATTENTION_LIMIT,
  variationLine,
} from '../../../src/domain/summary/frontPagePlan';
import { measureSpc } from '../../../src/domain/calc/spc';
import { addMonths } from '../../../src/domain/calc/periodKeys';
import { period } from '../builders';
import { comparator, figures, finding, framework, kloe, measure, model, note, point } from './builders';

const quiet: Partial<MeasureFigures> = {
  latest: point('2025-03', 'Mar-25', 50),
  previous: point('2025-02', 'Feb-25', 50),
  change: 0,
  direction: 'stable',
  target: null,
  rag: null,
  comparators: { england: null, statNeighbours: null, region: null },
  trend: [50, 50, 50],
  spc: null,
};

const M = (id: string, over: Partial<Measure> = {}) =>
  measure(id, { name: `Measure ${id}`, kloes: ['K04'], ...over });

const fw = framework({
  kloes: [kloe('K00'), kloe('K04'), kloe('K10'), kloe('K11', 'Fostering')],
  measures: [
    M('A1', { polarity: 'higher' }), // far behind England
    M('A2', { polarity: 'lower' }), // worse three periods running
    M('A3', { polarity: 'higher' }), // red
    M('A4', { polarity: 'higher' }), // special cause for concern, and red
    M('A5', { polarity: 'lower' }), // quiet
    M('A6', { polarity: 'contextual' }), // rising for ever, but context only
    M('A7', { unit: 'count', polarity: 'lower' }), // a count far from England's count: not compared
    M('A8', { polarity: 'lower' }), // worse once only
  ],
  evidence: [note('K10', 'Members’ training in November', '2024-11-20')],
});

const figs = [
  figures('A1', {
    ...quiet,
    latest: point('2025-03', 'Mar-25', 50),
    comparators: { england: comparator(60, -10, 'worse'), statNeighbours: null, region: null },
  }),
  figures('A2', { ...quiet, trend: [10, 11, 12.5, 14], direction: 'worsening' }),
  figures('A3', { ...quiet, target: 70, rag: 'red' }),
  figures('A4', {
    ...quiet,
    target: 70,
    rag: 'red',
    spc: {
      points: 24,
      mean: 60,
      lowerLimit: 55,
      upperLimit: 65,
      variation: 'concern',
      assurance: 'fail',
      provisional: false,
    },
  }),
  figures('A5', quiet),
  figures('A6', { ...quiet, direction: null, trend: [1, 2, 3, 4, 5] }),
  figures('A7', {
    ...quiet,
    latest: point('2025-03', 'Mar-25', 900),
    comparators: { england: comparator(80000, -79100, 'better'), statNeighbours: null, region: null },
  }),
  figures('A8', { ...quiet, trend: [10, 10, 12], direction: 'worsening' }),
];

const findings = [
  finding({ severity: 'error' }),
  finding({ severity: 'error' }),
  finding({ severity: 'warning' }),
  finding({ severity: 'info' }),
];

const theModel = model(fw, figs, findings);
const fp = theModel.frontPage;

describe('the front page: what needs attention', () => {
  it('puts special causes of concern first, then red, then worsening for two periods or more, then far from England', () => {
    expect(fp.attention.map((a) => a.row.measure.id)).toEqual(['A4', 'A3', 'A2', 'A1']);
    expect(fp.attention[0].reasons.map((r) => r.code)).toEqual(['concern', 'red']);
    expect(fp.attention[0].reasons[1].text).toBe('Red against the target of 70.0%');
    expect(fp.attention[2].reasons).toEqual([
      { code: 'worsening', text: 'Worse in each of the last 3 periods' },
    ]);
    expect(fp.attention[3].reasons).toEqual([
      { code: 'farFromEngland', text: 'Far behind England: 50.0% against 60.0%' },
    ]);
  });

  it('names the period of England’s figure when it is not ours (a benchmark row with no figure for our period yet)', () => {
    const behind = figures('A1', {
      ...quiet,
      latest: point('2024/25', '2024/25', 50),
      comparators: {
        england: { ...comparator(60, -10, 'worse'), period: '2023/24', periodLabel: '2023/24' },
        statNeighbours: null,
        region: null,
      },
    });
    const page = model(fw, [behind], []).frontPage;
    expect(page.attention[0].reasons).toEqual([
      { code: 'farFromEngland', text: 'Far behind England: 50.0% against 60.0% in 2023/24' },
    ]);
  });

  it('carries each measure’s sentence and settings (the officer’s action)', () => {
    const withAction = model(
      { ...fw, settings: { A3: { action: 'Weekly review by the head of service' } } },
      figs,
      findings,
    );
    const a3 = withAction.frontPage.attention.find((a) => a.row.measure.id === 'A3')!;
    expect(a3.row.settings.action).toBe('Weekly review by the head of service');
    expect(a3.row.sentence).toMatch(
      /^50\.0% in March 2025, the same as in February: worse than our target of 70\.0%\.$/,
    );
  });

  it('leaves out the quiet, the worse-once, the context-only and counts set beside England’s count', () => {
    const ids = fp.attention.map((a) => a.row.measure.id);
    for (const id of ['A5', 'A6', 'A7', 'A8']) expect(ids).not.toContain(id);
  });

  it('counts green, amber, red and the direction of travel, each measure once', () => {
    expect(fp.measures).toBe(8);
    expect(fp.rag).toEqual({ green: 0, amber: 0, red: 2, none: 6 });
    expect(fp.direction).toEqual({ improving: 0, worsening: 2, stable: 5, none: 1 });
  });

  it('counts the variation of each measure’s latest figure: is the change real?', () => {
    expect(fp.variation).toEqual({
      commonCause: 0,
      improvement: 0,
      concern: 1,
      neutralHigh: 0,
      neutralLow: 0,
      none: 7,
    });
  });

  it('says why a special cause is one, from the chart behind the figures', () => {
    // Two years of 60 and 62 alternating, then the last three months at 50: below the lower limit.
    const values = [...Array.from({ length: 24 }, (_, i) => (i % 2 ? 62 : 60)), 50, 50, 50];
    const chart = measureSpc({
      points: values.map((value, i) => ({ period: period(addMonths('2022-12', i) as string), value })),
      polarity: 'higher',
      target: 70,
      tolerance: 5,
    }).spc;
    const m = model(framework({ kloes: [kloe('K04')], measures: [M('A4', { polarity: 'higher' })] }), [
      figures('A4', { ...quiet, latest: point('2025-03', 'Mar-25', 50), target: 70, rag: 'red', spc: chart }),
    ]);
    expect(m.frontPage.attention[0].reasons[0]).toEqual({
      code: 'concern',
      text: 'Special cause for concern: below the lower process limit and the last three months all close to the lower process limit',
    });
  });

  it('lists lines of enquiry with no measure and no evidence, and the errors still open', () => {
    expect(fp.unevidencedKloes.map((k) => k.id)).toEqual(['K00', 'K11']);
    expect([fp.openErrors, fp.openWarnings]).toEqual([2, 1]);
  });
});

describe('the rules behind the reasons', () => {
  const lower = M('X', { polarity: 'lower' });
  it('a worsening run skips gaps, stops at the first step that is not worse, and ignores stable steps', () => {
    expect(worseningRun(lower, figures('X', { trend: [9, 10, null, 11, 12] }), 0.5)).toBe(3);
    expect(worseningRun(lower, figures('X', { trend: [12, 10, 11, 12] }), 0.5)).toBe(2);
    expect(worseningRun(lower, figures('X', { trend: [10, 11, 11.2] }), 0.5)).toBe(0);
    expect(worseningRun(M('Y', { polarity: 'contextual' }), figures('Y', { trend: [1, 2, 3] }), 0.5)).toBe(0);
  });

  it('far from England: 5 points for percentages, a fifth of England’s figure for other units, never counts', () => {
    const pct = M('P', { polarity: 'lower' });
    const far = (m: Measure, value: number, england: number) =>
      farFromEngland(
        m,
        figures(m.id, {
          latest: point('2025-03', 'Mar-25', value),
          comparators: {
            england: comparator(england, value - england, 'worse'),
            statNeighbours: null,
            region: null,
          },
        }),
      );
    expect(far(pct, 15, 10)).toBe(true);
    expect(far(pct, 14.9, 10)).toBe(false);
    const days = M('D', { unit: 'days', polarity: 'lower' });
    expect(far(days, 600, 500)).toBe(true);
    expect(far(days, 590, 500)).toBe(false);
    expect(far(M('C', { unit: 'count', polarity: 'lower' }), 900, 10)).toBe(false);
  });

  it('uses the sections given, each measure once even under two lines of enquiry', () => {
    const twice = framework({
      kloes: [kloe('K04'), kloe('K09')],
      measures: [M('S01', { kloes: ['K04', 'K09'] })],
    });
    const m = model(twice, [figures('S01', { target: 9, rag: 'red' })]);
    expect(buildFrontPage(m.sections, [], { stableBand: 0.5 }).attention).toHaveLength(1);
  });
});

describe('the front page sheet', () => {
  const plan = planFrontPage(theModel, { summarySheet: 'PMF Summary' });
  const text = plan.values
    .flat()
    .filter((v) => typeof v === 'string')
    .join(' | ');

  it('prints one A4 landscape page, 14 columns wide, its marker outside the printed area', () => {
    expect(plan.pageSetup).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      fitToPagesWide: 1,
      fitToPagesTall: 1,
      printColumns: 14,
    });
    expect(plan.marker.col).toBe(14);
    expect(plan.columnWidths.slice(0, 14).reduce((a, b) => a + b, 0)).toBe(770);
    expect(planHeight(plan)).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PT);
    expect(plan.printTitleRow).toBeNull();
  });

  it('says the as-at date in words, the counts in words as well as colour, and the open errors', () => {
    expect(plan.values[1][0]).toMatch(/^The Panel’s front page, as at 31 March 2025/);
    expect(plan.values[3].filter((v) => v !== null)).toEqual([0, 0, 2, 0, 2, 4, 2]);
    expect(plan.values[4].filter((v) => v !== null)).toEqual([
      'green',
      'amber',
      'red',
      'improving',
      'worsening',
      'need attention',
      'data errors open',
    ]);
    expect(text).toContain(
      'Data quality: 2 errors and 1 warning still open; each is listed with its cell in ‘PMF Summary’.',
    );
    expect(text).toContain('K00 Title of K00; K11 Fostering. Record evidence for them');
  });

  it('lists the measures needing attention with why, the sentence, and the action or that none is recorded', () => {
    const first = plan.values.findIndex((r) => r[0] === 'A4 Measure A4');
    expect(first).toBeGreaterThan(0);
    expect(plan.values[first][3]).toBe(
      'Special cause for concern: beyond ordinary variation; Red against the target of 70.0%',
    );
    expect(plan.values[first][5]).toMatch(
      /beyond ordinary variation, judged on the last 24 figures: a cause for concern\.$/,
    );
    expect(plan.values[first][11]).toBe('No action recorded');
  });

  it('keeps to one page when sentences and actions are long, listing fewer and saying where the rest are', () => {
    const long =
      'A long action agreed with partners, reviewed monthly by the service manager and reported back. '.repeat(
        3,
      );
    const many = framework({
      kloes: [kloe('K04')],
      measures: Array.from({ length: 14 }, (_, i) => M(`R${i}`, { polarity: 'higher' })),
      settings: Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`R${i}`, { action: long }])),
    });
    const big = model(
      many,
      Array.from({ length: 14 }, (_, i) => figures(`R${i}`, { ...quiet, target: 90, rag: 'red' })),
    );
    const p = planFrontPage(big);
    expect(planHeight(p)).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PT);
    const listed = p.values.filter((r) => typeof r[0] === 'string' && /^R\d+ /.test(r[0])).length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(FRONT_PAGE_ATTENTION_LIMIT);
    expect(p.values.flat()).toContain(
      `Needs the Panel’s attention: 14 measures (the ${listed} most pressing here; all are in ‘PMF Summary’)`,
    );
  });

  it('says how many measures changed beyond ordinary variation, and how many moved only within it', () => {
    expect(text).toContain(
      'Of the 1 measure with a control chart (12 periods or more), 1 changed beyond ordinary variation for the worse and none for the better.',
    );
    const v = { commonCause: 9, improvement: 1, concern: 2, neutralHigh: 1, neutralLow: 0, none: 5 };
    expect(variationLine(v, 18)).toBe(
      'Of the 13 measures with a control chart (12 periods or more), 2 changed beyond ordinary variation for the worse, ' +
        '1 for the better and 1 (context only) is unusually high or low; the other 9 moved only within the usual ups and downs.',
    );
    expect(variationLine({ ...v, improvement: 0, concern: 0, neutralHigh: 0 }, 14)).toBe(
      'Of the 9 measures with a control chart (12 periods or more), none changed beyond ordinary variation: they moved only within the usual ups and downs.',
    );
    expect(
      variationLine({ ...v, commonCause: 0, improvement: 0, concern: 0, neutralHigh: 0, none: 4 }, 4),
    ).toBe(
      'No measure has the 12 periods of figures a control chart needs to tell a real change from ordinary variation.',
    );
  });

  it('says so when nothing needs attention', () => {
    const calm = model(framework({ kloes: [kloe('K04')], measures: [M('A5')] }), [figures('A5', quiet)]);
    expect(planFrontPage(calm).values.flat()).toContain(
      'Needs the Panel’s attention: no measure is red, worsening for two periods, far behind England or a special cause for concern',
    );
  });

  it('is rectangular, deterministic and writes every string as text', () => {
    const again = planFrontPage(theModel, { summarySheet: 'PMF Summary' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
    plan.values.forEach((row, r) => {
      expect(row).toHaveLength(15);
      row.forEach((v, c) => {
        if (typeof v === 'string') expect(plan.numberFormats[r][c]).toBe('@');
      });
    });
  });
});
