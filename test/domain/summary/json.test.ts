import { summaryJson } from '../../../src/domain/summary/json';
import {
  at,
  comparator,
  figures,
  finding,
  framework,
  kloe,
  measure,
  model,
  note,
  point,
  records,
  spc,
} from './builders';

const fw = framework({
  kloes: [kloe('K00'), kloe('K01'), kloe('K04'), kloe('K09'), kloe('K10')],
  measures: [
    measure('P05', { kloes: ['K04', 'K01'], name: 'Placed outside the boundary' }),
    measure('S01', { kloes: ['K04'], name: 'Three or more placements' }),
    measure('M05', { kloes: ['K04'], polarity: 'contextual' }),
    measure('W02', { kloes: ['K09'] }),
  ],
  evidence: [note('K10', 'Members trained', '2025-01-12'), note('K10', 'CiCC met monthly')],
});

const json = summaryJson(
  model(
    fw,
    [
      figures('S01', {
        tagIds: ['t-1', 't-2'],
        latest: point('2025-03', 'Mar-25', 12.1, 10, 83),
        previous: point('2025-02', 'Feb-25', 11.2),
        change: 0.9,
        direction: 'worsening',
        target: 9,
        targetSource: { from: 'setting', sheet: { value: 10, cell: at('Monthly', 12, 17) } },
        rag: 'red',
        comparators: {
          england: comparator(10, 2.1, 'worse'),
          statNeighbours: comparator(10.5, 1.6),
          region: comparator(11, 1.1),
        },
        spc: spc({ variation: 'concern', assurance: 'fail' }),
        spcPoints: 13,
      }),
      figures('P05', {
        latest: null,
        previous: null,
        change: null,
        direction: null,
        rag: null,
        target: null,
        spc: null,
        spcPoints: 0,
      }),
      figures('M05', {
        records: records({
          count: 48,
          total: 150,
          mean: 3.1,
          median: 2,
          shareAtLeast3: 25,
          topTenthShare: 41,
        }),
      }),
      figures('W02', { records: records({ count: 60, threshold: 25, shareAbove: 15 }) }),
    ],
    [
      finding({
        ruleId: 'values.text',
        severity: 'error',
        measureId: 'S01',
        cell: at('Monthly', 12, 6),
        message: 'Text in S01',
      }),
      finding({ ruleId: 'coverage.kloe', severity: 'warning', kloeId: 'K00', message: 'K00 has no measure' }),
      finding({
        ruleId: 'target.missing',
        severity: 'info',
        measureId: 'W02',
        message: 'W02: there is no target. Set one in the Framework view.',
        panelMessage: 'W02: no target has been set.',
      }),
    ],
  ),
);

describe('summaryJson', () => {
  it('has exactly the contract’s top-level keys (the earlier ones first, in their order)', () => {
    expect(Object.keys(json)).toEqual(['asAt', 'measures', 'kloes', 'issues', 'frontPage']);
    expect(json.asAt).toBe('2025-03-31');
  });

  it('lists each measure once, even when it is under several KLOEs, home KLOE first', () => {
    expect(json.measures.map((m) => m.measureId)).toEqual(['P05', 'S01', 'M05', 'W02']);
    expect(json.measures[0].kloes).toEqual(['K04', 'K01']);
  });

  it('gives a measure’s figures in the contract’s shape', () => {
    expect(json.measures[1]).toEqual({
      measureId: 'S01',
      name: 'Three or more placements',
      kloes: ['K04'],
      unit: 'percent',
      polarity: 'lower',
      tagIds: ['t-1', 't-2'],
      latest: { period: '2025-03', label: 'Mar-25', value: 12.1, numerator: 10, denominator: 83 },
      previous: { period: '2025-02', label: 'Feb-25', value: 11.2 },
      change: 0.9,
      direction: 'worsening',
      target: 9,
      targetSource: { from: 'setting', sheetTarget: 10, sheet: 'Monthly', cell: 'Q12' },
      rag: 'red',
      sentence:
        '10 of 83 (12.1%) in March 2025, up from 11.2% in February, a deterioration: worse than our target of 9.0% ' +
        'and than England (10.0%); for comparison, our statistical neighbours 10.5%, our region 11.0%. ' +
        'This is beyond ordinary variation (seven months above the usual level), judged on only 13 figures, so provisional: a cause for concern.',
      comparators: {
        england: 10,
        statNeighbours: 10.5,
        region: 11,
        englandPeriod: null,
        statNeighboursPeriod: null,
        regionPeriod: null,
        statNeighboursFrom: null,
        named: [],
      },
      rank: null,
      records: null,
      spc: {
        points: 13,
        mean: 10,
        lowerLimit: 7,
        upperLimit: 13,
        variation: 'concern',
        assurance: 'fail',
        provisional: true,
      },
      derivedFrom: null,
      repeatMissing: null,
    });
  });

  it('gives spc null with fewer than 12 points, and for figures that carry none', () => {
    expect(json.measures[0].spc).toBeNull();
    expect(json.measures[2].spc).toBeNull();
    expect(json.measures.every((m) => 'spc' in m)).toBe(true);
  });

  it('gives every measure a sentence, string or null, and keeps every earlier key', () => {
    const keys = [
      'measureId',
      'name',
      'kloes',
      'unit',
      'polarity',
      'tagIds',
      'latest',
      'previous',
      'change',
      'direction',
      'target',
      'rag',
      'comparators',
      'records',
    ];
    for (const m of json.measures) {
      for (const k of keys) expect(m).toHaveProperty(k);
      expect(m.sentence === null || typeof m.sentence === 'string').toBe(true);
    }
    // P05 has no figure and no note saying why: nothing to say.
    expect(json.measures[0].sentence).toBeNull();
  });

  it('gives the front page: counts, what needs attention and why, gaps, open errors', () => {
    const fp = json.frontPage;
    expect(Object.keys(fp)).toEqual([
      'rag',
      'direction',
      'attention',
      'unevidencedKloes',
      'openErrors',
      'openWarnings',
      'variation',
    ]);
    expect(fp.rag).toEqual({ green: 0, amber: 0, red: 3, none: 1 });
    expect(fp.direction).toEqual({ improving: 0, worsening: 3, stable: 0, none: 1 });
    // S01's latest figure is a special cause of concern: listed first, with the reason.
    expect(fp.attention[0]).toEqual({
      measureId: 'S01',
      reasons: ['concern', 'red'],
      why: 'Special cause for concern: seven months above the usual level; Red against the target of 9.0%',
      sentence: json.measures[1].sentence,
      action: null,
    });
    expect(fp.attention.map((a) => a.measureId)).toEqual(['S01', 'M05', 'W02']);
    expect(fp.unevidencedKloes).toEqual(['K00']);
    expect([fp.openErrors, fp.openWarnings]).toEqual([1, 1]);
    // Is the change real? S01 is the one measure with a control chart, and its latest figure a concern.
    expect(fp.variation).toEqual({
      commonCause: 0,
      improvement: 0,
      concern: 1,
      neutralHigh: 0,
      neutralLow: 0,
      none: 3,
    });
  });

  it('uses null for absent figures', () => {
    const p05 = json.measures[0];
    expect(p05.latest).toBeNull();
    expect(p05.previous).toBeNull();
    expect(p05.change).toBeNull();
    expect(p05.direction).toBeNull();
    expect(p05.rag).toBeNull();
    expect(p05.targetSource).toBeNull();
  });

  it('gives record statistics, with threshold and share above only for threshold measures', () => {
    expect(json.measures[2].records).toEqual({
      count: 48,
      total: 150,
      mean: 3.1,
      median: 2,
      shareAtLeast3: 25,
      topTenthShare: 41,
      threshold: null,
      shareAbove: null,
    });
    expect(json.measures[3].records).toMatchObject({ count: 60, threshold: 25, shareAbove: 15 });
  });

  it('lists every KLOE with its measures and evidence objects', () => {
    expect(json.kloes.map((k) => k.id)).toEqual(['K00', 'K01', 'K04', 'K09', 'K10']);
    expect(json.kloes[1].measureIds).toEqual(['P05']);
    expect(json.kloes[2].measureIds).toEqual(['P05', 'S01', 'M05']);
    expect(json.kloes[4]).toEqual({
      id: 'K10',
      measureIds: [],
      evidence: [{ text: 'Members trained', date: '2025-01-12' }, { text: 'CiCC met monthly' }],
    });
  });

  it('gives issues with sheet and cell, null when workbook-wide', () => {
    expect(json.issues).toEqual([
      {
        ruleId: 'values.text',
        severity: 'error',
        measureId: 'S01',
        sheet: 'Monthly',
        cell: 'F12',
        message: 'Text in S01',
        panelMessage: 'Text in S01',
      },
      {
        ruleId: 'coverage.kloe',
        severity: 'warning',
        measureId: null,
        sheet: null,
        cell: null,
        message: 'K00 has no measure',
        panelMessage: 'K00 has no measure',
      },
      {
        ruleId: 'target.missing',
        severity: 'info',
        measureId: 'W02',
        sheet: null,
        cell: null,
        message: 'W02: there is no target. Set one in the Framework view.',
        panelMessage: 'W02: no target has been set.',
      },
    ]);
  });

  it('survives a round trip through JSON text unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
