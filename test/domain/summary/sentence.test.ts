/**
 * The sentence per measure, from figures built by hand: each unit, each polarity, and the cases a Panel
 * meets (suppressed, out of date, provisional, no previous figure, no comparator, comparators for another
 * period, rank, statistical process control).
 */
import type { ComparatorFigure, MeasureFigures, SpcFigures } from '../../../src/domain/calc/types';
import type { Measure, Polarity, Unit } from '../../../src/domain/framework/types';
import { measureSentence, nameInSentence, valueWords } from '../../../src/domain/summary/sentence';
import { measureSpc } from '../../../src/domain/calc/spc';
import { addMonths } from '../../../src/domain/calc/periodKeys';
import { period } from '../builders';
import { ordinal, periodWords } from '../../../src/domain/summary/periodWords';
import { comparator, figures, measure, point, records } from './builders';

const S01 = measure('S01', {
  name: 'Children with three or more placements in the last 12 months',
  unit: 'percent',
  polarity: 'lower',
  counted: 'children',
});

function say(m: Measure, over: Partial<MeasureFigures>): string {
  const s = measureSentence(m, figures(m.id, over));
  if (s === null) throw new Error('no sentence');
  return s;
}

const NONE = { england: null, statNeighbours: null, region: null };

function spc(over: Partial<SpcFigures> = {}): SpcFigures {
  return {
    points: 24,
    mean: 10,
    lowerLimit: 8,
    upperLimit: 12,
    variation: 'commonCause',
    assurance: null,
    provisional: false,
    ...over,
  };
}

describe('the sentence: the issue’s example', () => {
  it('says counts, period, change, target, England and rank in one sentence', () => {
    const text = say(S01, {
      latest: point('2025-03', 'Mar-25', 9.9, 45, 456),
      previous: point('2025-02', 'Feb-25', 10.2),
      change: -0.3,
      direction: 'improving',
      target: 10,
      rag: 'green',
      comparators: { england: comparator(10, -0.1, 'better'), statNeighbours: null, region: null },
      rank: { position: 7, of: 11, quartile: 3, period: '2025-03' },
    });
    expect(text).toBe(
      '45 of 456 children (9.9%) in March 2025, down from 10.2% in February, an improvement: ' +
        'better than our target of 10.0% and than England (10.0%); 7th of 11 among our statistical neighbours.',
    );
  });
});

describe('the sentence per unit', () => {
  it('percent without counts: the value first', () => {
    expect(
      say(S01, {
        latest: point('2025-03', 'Mar-25', 12.1),
        previous: point('2025-02', 'Feb-25', 11.2),
        change: 0.9,
        direction: 'worsening',
        target: 9,
        rag: 'red',
        comparators: NONE,
      }),
    ).toBe('12.1% in March 2025, up from 11.2% in February, a deterioration: worse than our target of 9.0%.');
  });

  it('count: the number with what it counts, never set beside England’s count', () => {
    const D02 = measure('D02', {
      unit: 'count',
      polarity: 'contextual',
      kloes: ['K00'],
      counted: 'children',
    });
    const text = say(D02, {
      latest: point('2025-03', 'Mar-25', 456),
      previous: point('2024-12', 'Dec-24', 441),
      change: 15,
      direction: null,
      target: null,
      rag: null,
      comparators: { england: comparator(81770, -81314), statNeighbours: comparator(520, -64), region: null },
    });
    expect(text).toBe('456 children in March 2025, up from 441 in December 2024.');
    expect(text).not.toMatch(/England|81,770|neighbours/);
  });

  it('count with a polarity: judged against the Panel’s target, still not against England', () => {
    const M02 = measure('M02', { unit: 'count', polarity: 'lower', counted: 'incidents' });
    const text = say(M02, {
      latest: point('2025-03', 'Mar-25', 131),
      previous: point('2025-02', 'Feb-25', 112),
      change: 19,
      direction: 'worsening',
      target: 100,
      rag: 'red',
      comparators: { england: comparator(86900, -86769, 'better'), statNeighbours: null, region: null },
    });
    expect(text).toBe(
      '131 incidents in March 2025, up from 112 in February, a deterioration: worse than our target of 100.',
    );
  });

  it('rate per 10,000: the children counted, then the rate; context only, so described', () => {
    const D01 = measure('D01', { unit: 'rate10k', polarity: 'contextual', counted: 'children' });
    const text = say(D01, {
      latest: point('2025-03', 'Mar-25', 70, 456, 65200),
      previous: point('2025-02', 'Feb-25', 68.1),
      change: 1.9,
      direction: null,
      target: null,
      rag: null,
      comparators: {
        england: { value: 67, source: 'framework', year: '2025', versus: null, gap: 3 },
        statNeighbours: null,
        region: null,
      },
    });
    expect(text).toBe(
      '456 children (70.0 per 10,000) in March 2025, up from 68.1 per 10,000 in February; ' +
        'for comparison, England 67.0 per 10,000 in 2025.',
    );
  });

  it('rate per 10,000 without counts names the children', () => {
    const D01 = measure('D01', { unit: 'rate10k', polarity: 'higher' });
    expect(
      say(D01, {
        latest: point('2025-03', 'Mar-25', 70),
        previous: null,
        change: null,
        direction: null,
        target: null,
        rag: null,
        comparators: NONE,
      }),
    ).toBe('70.0 per 10,000 children in March 2025.');
  });

  it('days, by financial quarter', () => {
    const A01 = measure('A01', { unit: 'days', polarity: 'lower' });
    expect(
      say(A01, {
        latest: point('2024/25 Q4', 'Q4 2024/25', 412),
        previous: point('2024/25 Q3', 'Q3 2024/25', 430),
        change: -18,
        direction: 'improving',
        target: 450,
        rag: 'green',
        comparators: NONE,
      }),
    ).toBe(
      '412 days in January to March 2025, down from 430 days in October to December 2024, an improvement: ' +
        'better than our target of 450 days.',
    );
  });

  it('currency, with no target: the change only', () => {
    const F01 = measure('F01', { unit: 'currency', polarity: 'lower' });
    expect(
      say(F01, {
        latest: point('2024/25 Q4', 'Q4 2024/25', 1250),
        previous: point('2024/25 Q3', 'Q3 2024/25', 1200),
        change: 50,
        direction: 'worsening',
        target: null,
        rag: null,
        comparators: NONE,
      }),
    ).toBe('£1,250 in January to March 2025, up from £1,200 in October to December 2024, a deterioration.');
  });

  it('ratio, against a published England figure at 30 September', () => {
    const W01 = measure('W01', { unit: 'ratio', polarity: 'lower' });
    expect(
      say(W01, {
        latest: point('2025-03', 'Mar-25', 17.5),
        previous: point('2025-02', 'Feb-25', 18.2),
        change: -0.7,
        direction: 'improving',
        target: 18,
        rag: 'green',
        comparators: {
          england: { value: 16, source: 'framework', year: '2023 (30 September)', versus: 'worse', gap: 1.5 },
          statNeighbours: null,
          region: null,
        },
      }),
    ).toBe(
      '17.50 in March 2025, down from 18.20 in February, an improvement: better than our target of 18.00, ' +
        'but worse than England (16.00 at 30 September 2023).',
    );
  });

  it('score, by financial year, similar to England', () => {
    const H06 = measure('H06', { unit: 'score', polarity: 'lower' });
    expect(
      say(H06, {
        latest: point('2024/25', '2024/25', 14.2),
        previous: point('2023/24', '2023/24', 14.8),
        change: -0.6,
        direction: 'improving',
        target: null,
        rag: null,
        comparators: { england: comparator(14, 0.2, 'similar'), statNeighbours: null, region: null },
      }),
    ).toBe('14.2 in 2024/25, down from 14.8 in 2023/24, an improvement: similar to England (14.0).');
  });

  it('a custom measure names no counted noun it was not given', () => {
    const LOCAL = measure('LOCAL1', { custom: true, polarity: 'higher' });
    expect(
      say(LOCAL, {
        latest: point('2025-03', 'Mar-25', 90, 9, 10),
        previous: null,
        change: null,
        direction: null,
        target: null,
        rag: null,
        comparators: NONE,
        notes: [],
      }),
    ).toBe('9 of 10 (90.0%) in March 2025.');
  });
});

describe('the sentence per polarity', () => {
  const base: Partial<MeasureFigures> = {
    latest: point('2025-03', 'Mar-25', 60),
    previous: point('2025-02', 'Feb-25', 55),
    change: 5,
    comparators: {
      england: comparator(66, -6, 'worse'),
      statNeighbours: comparator(58, 2, 'better'),
      region: null,
    },
  };

  it('higher is better: a rise is an improvement; better and worse are set apart with "but"', () => {
    const C02 = measure('C02', { polarity: 'higher', counted: 'young people' });
    expect(say(C02, { ...base, direction: 'improving', target: 60, rag: 'green' })).toBe(
      '60.0% in March 2025, up from 55.0% in February, an improvement: on our target of 60.0% ' +
        'and better than our statistical neighbours (58.0%), but worse than England (66.0%).',
    );
  });

  it('lower is better: the same rise is a deterioration, and amber is "just short"', () => {
    const P02 = measure('P02', { polarity: 'lower' });
    const text = say(P02, {
      ...base,
      direction: 'worsening',
      target: 58,
      rag: 'amber',
      comparators: { england: comparator(66, -6, 'better'), statNeighbours: null, region: null },
    });
    expect(text).toBe(
      '60.0% in March 2025, up from 55.0% in February, a deterioration: just short of our target of 58.0%, ' +
        'but better than England (66.0%).',
    );
  });

  it('closer to target is better: judged by the distance from the target', () => {
    const T = measure('P03', { polarity: 'target' });
    expect(say(T, { ...base, direction: 'worsening', target: 50, rag: 'red', comparators: NONE })).toBe(
      '60.0% in March 2025, up from 55.0% in February, further from our target: far from our target of 50.0%.',
    );
    expect(say(T, { ...base, direction: 'improving', target: 61, rag: 'green', comparators: NONE })).toBe(
      '60.0% in March 2025, up from 55.0% in February, closer to our target: close to our target of 61.0%.',
    );
  });

  it('context only: described, never judged, even with a target and comparators', () => {
    const M05 = measure('M05', { polarity: 'contextual' });
    const text = say(M05, {
      ...base,
      direction: null,
      target: 50,
      rag: 'red',
      comparators: { england: comparator(66, -6, null), statNeighbours: null, region: null },
      rank: { position: 2, of: 4, quartile: 2, period: '2025-03' },
    });
    expect(text).toBe(
      '60.0% in March 2025, up from 55.0% in February; for comparison, our target 50.0%, England 66.0%.',
    );
    expect(text).not.toMatch(/better|worse|improvement|deterioration|among/);
  });

  it('a change within the stable band is "little changed"; the same figure is "the same"', () => {
    expect(
      say(S01, {
        latest: point('2025-03', 'Mar-25', 10.1),
        previous: point('2025-02', 'Feb-25', 10.3),
        change: -0.2,
        direction: 'stable',
        target: null,
        rag: null,
        comparators: NONE,
      }),
    ).toBe('10.1% in March 2025, little changed from 10.3% in February.');
    expect(
      say(S01, {
        latest: point('2025-03', 'Mar-25', 10.1),
        previous: point('2024-12', 'Dec-24', 10.1),
        change: 0,
        direction: 'stable',
        target: null,
        rag: null,
        comparators: NONE,
      }),
    ).toBe('10.1% in March 2025, the same as in December 2024.');
  });

  const UNITS: readonly Unit[] = ['percent', 'count', 'rate10k', 'days', 'currency', 'ratio', 'score'];
  const POLARITIES: readonly Polarity[] = ['higher', 'lower', 'target', 'contextual'];
  it.each(UNITS.flatMap((u) => POLARITIES.map((p) => [u, p] as const)))(
    '%s, %s: judges only where the polarity allows, never compares a count with a comparator',
    (unit, polarity) => {
      const m = measure('X01', { unit, polarity });
      const judged = polarity === 'higher' || polarity === 'lower';
      const versus: ComparatorFigure['versus'] = judged ? 'worse' : null;
      const text = say(m, {
        latest: point('2025-03', 'Mar-25', 120),
        previous: point('2025-02', 'Feb-25', 100),
        change: 20,
        direction: polarity === 'contextual' ? null : 'worsening',
        target: 110,
        rag: 'red',
        comparators: { england: comparator(90, 30, versus), statNeighbours: null, region: null },
      });
      expect(/better|worse|improvement|deterioration/.test(text)).toBe(judged);
      expect(text.includes('England')).toBe(unit !== 'count');
      expect(text).toMatch(/^\S+.* in March 2025, up from .* in February/);
    },
  );
});

describe('the sentence: what is missing or uncertain', () => {
  it('no previous figure: no change clause', () => {
    expect(
      say(S01, {
        latest: point('2025-03', 'Mar-25', 9.9, 45, 456),
        previous: null,
        change: null,
        direction: null,
        target: 10,
        rag: 'green',
        comparators: NONE,
      }),
    ).toBe('45 of 456 children (9.9%) in March 2025: better than our target of 10.0%.');
  });

  it('no comparator and no target: the figure and its change only', () => {
    expect(
      say(S01, {
        latest: point('2025-03', 'Mar-25', 9.9),
        previous: point('2025-02', 'Feb-25', 10.2),
        change: -0.3,
        direction: 'improving',
        target: null,
        rag: null,
        comparators: NONE,
      }),
    ).toBe('9.9% in March 2025, down from 10.2% in February, an improvement.');
  });

  it('a suppressed latest figure: says so, with no number', () => {
    const text = measureSentence(
      S01,
      figures('S01', {
        latest: null,
        previous: null,
        change: null,
        direction: null,
        rag: null,
        notes: [
          {
            code: 'suppressed',
            text: 'The value for Mar-25 is suppressed in the source (small numbers), so it is not shown.',
          },
        ],
      }),
    );
    expect(text).toBe(
      'The value for Mar-25 is suppressed in the source (small numbers), so it is not shown.',
    );
  });

  it('no figure and nothing known about why: null', () => {
    expect(
      measureSentence(S01, figures('S01', { latest: null, previous: null, change: null, notes: [] })),
    ).toBeNull();
  });

  it('a newest period with no figure yet, out of date and provisional figures, small numbers', () => {
    const text = say(S01, {
      latest: point('2024-12', 'Dec-24', 25, 2, 8),
      previous: null,
      change: null,
      direction: null,
      target: null,
      rag: null,
      comparators: NONE,
      trend: [30, 25, null],
      trendPeriods: [
        { kind: 'month', key: '2024-11', start: '2024-11-01', end: '2024-11-30', label: 'Nov-24' },
        { kind: 'month', key: '2024-12', start: '2024-12-01', end: '2024-12-31', label: 'Dec-24' },
        { kind: 'month', key: '2025-01', start: '2025-01-01', end: '2025-01-31', label: 'Jan-25' },
      ],
      notes: [
        { code: 'latestMissing', text: 'There is no value for Jan-25 ...' },
        { code: 'stale', text: 'The latest figure is for Dec-24 ...' },
        { code: 'estimated', text: 'The Dec-24 figure is marked as estimated ...' },
        { code: 'smallNumbers', text: 'Small numbers: 2 of 8 ...' },
      ],
    });
    expect(text).toBe(
      '2 of 8 children (25.0%) in December 2024. There is no figure for January 2025 yet. ' +
        'This figure is out of date: a newer one was due. The figure is marked as provisional in the source. ' +
        'Small numbers: each one moves the percentage by about 13 points.',
    );
  });
});

describe('the sentence: comparators’ periods and rank', () => {
  const base: Partial<MeasureFigures> = {
    latest: point('2024/25', '2024/25', 9.9),
    previous: null,
    change: null,
    direction: null,
    target: null,
    rag: null,
  };

  it('names a comparator’s period only when it is not ours', () => {
    const text = say(S01, {
      ...base,
      comparators: {
        england: { ...comparator(10, -0.1, 'better'), period: '2023/24', periodLabel: '2023/24' },
        statNeighbours: { ...comparator(11, -1.1, 'better'), period: '2024/25', periodLabel: '2024/25' },
        region: null,
      },
    });
    expect(text).toBe(
      '9.9% in 2024/25: better than England (10.0% in 2023/24) and than our statistical neighbours (11.0%).',
    );
  });

  it('says how many authorities a worked-out neighbours’ average is from, and names named comparators', () => {
    const text = say(S01, {
      ...base,
      comparators: {
        england: null,
        statNeighbours: { ...comparator(9.8, 0.1, 'similar'), from: 10 },
        region: comparator(12, -2.1, 'better'),
        named: [{ ...comparator(9.9, 0, 'similar'), name: 'All children in the county' }],
      },
    });
    expect(text).toBe(
      '9.9% in 2024/25: similar to the average of our 10 statistical neighbours (9.8%) ' +
        'and to all children in the county (9.9%), and better than our region (12.0%).',
    );
  });

  it('writes a named comparator that describes a group in lower case, and keeps a proper name’s capitals', () => {
    expect(nameInSentence('All children in the county')).toBe('all children in the county');
    expect(nameInSentence('Children in need')).toBe('children in need');
    expect(nameInSentence('Northumberland')).toBe('Northumberland');
    expect(nameInSentence('SN average (DfE)')).toBe('SN average (DfE)');
    expect(nameInSentence('All')).toBe('all');
  });

  it('gives the rank, with its period when it is not ours', () => {
    const text = say(S01, {
      ...base,
      comparators: NONE,
      rank: { position: 3, of: 11, quartile: 1, period: '2023/24' },
    });
    expect(text).toBe('9.9% in 2024/25: 3rd of 11 among our statistical neighbours in 2023/24.');
  });
});

describe('the sentence: ordinary variation (statistical process control)', () => {
  const base: Partial<MeasureFigures> = {
    latest: point('2025-03', 'Mar-25', 12.1),
    previous: point('2025-02', 'Feb-25', 11.2),
    change: 0.9,
    direction: 'worsening',
    target: null,
    rag: null,
    comparators: NONE,
  };

  it('a change within ordinary variation', () => {
    expect(say(S01, { ...base, spc: spc() })).toBe(
      '12.1% in March 2025, up from 11.2% in February, a deterioration. ' +
        'The change is within ordinary variation, judged on the last 24 figures.',
    );
  });

  it('a special cause of concern, and of improvement', () => {
    expect(say(S01, { ...base, spc: spc({ variation: 'concern' }) })).toMatch(
      / This is beyond ordinary variation, judged on the last 24 figures: a cause for concern\.$/,
    );
    expect(say(S01, { ...base, spc: spc({ variation: 'improvement' }) })).toMatch(
      /beyond ordinary variation, judged on the last 24 figures: a sign of real improvement\.$/,
    );
  });

  it('says so when the one-period change goes the other way from a real shift', () => {
    // Lower is better: up from last month (a deterioration), but the level is a special cause of improvement.
    expect(say(S01, { ...base, spc: spc({ variation: 'improvement' }) })).toBe(
      '12.1% in March 2025, up from 11.2% in February, a deterioration. ' +
        'Over time, though, this is beyond ordinary variation, judged on the last 24 figures: a sign of real improvement.',
    );
    const better = {
      ...base,
      change: -0.9,
      previous: point('2025-02', 'Feb-25', 13),
      direction: 'improving' as const,
    };
    expect(say(S01, { ...better, spc: spc({ variation: 'concern' }) })).toMatch(
      / Over time, though, this is beyond ordinary variation, judged on the last 24 figures: a cause for concern\.$/,
    );
    expect(say(S01, { ...better, spc: spc({ variation: 'improvement' }) })).toMatch(
      / This is beyond ordinary variation, judged on the last 24 figures: a sign of real improvement\.$/,
    );
  });

  it('context only: higher or lower than usual, not better or worse', () => {
    const M05 = measure('M05', { polarity: 'contextual' });
    expect(say(M05, { ...base, direction: null, spc: spc({ variation: 'neutralHigh' }) })).toBe(
      '12.1% in March 2025, up from 11.2% in February. ' +
        'This is higher than ordinary variation explains, judged on the last 24 figures.',
    );
  });

  it('provisional with fewer than 20 points; no previous figure', () => {
    expect(
      say(S01, { ...base, previous: null, change: null, spc: spc({ points: 14, provisional: true }) }),
    ).toBe(
      '12.1% in March 2025. This is within ordinary variation, judged on only 14 figures, so provisional.',
    );
  });

  it('says why the latest figure is beyond ordinary variation, from the chart behind the figures', () => {
    // 24 months around 10, then seven above the usual level, each a little higher than the one before (with
    // the low month before them, eight rising): lower is better.
    const values = [
      ...Array.from({ length: 24 }, (_, i) => (i % 2 ? 9 : 11)),
      10.4,
      10.5,
      10.6,
      10.7,
      10.8,
      10.9,
      11,
    ];
    const chart = measureSpc({
      points: values.map((value, i) => ({ period: period(addMonths('2022-09', i) as string), value })),
      polarity: 'lower',
      target: null,
      tolerance: 5,
    }).spc;
    expect(chart?.variation).toBe('concern');
    const text = say(S01, { ...base, spc: chart });
    expect(text).toMatch(
      / This is beyond ordinary variation \(seven months above the usual level and eight months each higher than the one before\), judged on the last 31 figures: a cause for concern\.$/,
    );
    // Common cause: whatever the arrow says, no reason is given.
    const calm = measureSpc({
      points: values
        .slice(0, 24)
        .map((value, i) => ({ period: period(addMonths('2022-09', i) as string), value })),
      polarity: 'lower',
      target: null,
      tolerance: 5,
    }).spc;
    expect(say(S01, { ...base, spc: calm })).toMatch(
      / The change is within ordinary variation, judged on the last 24 figures\.$/,
    );
  });

  it('says nothing of variation when SPC was not worked out', () => {
    expect(say(S01, { ...base, spc: null })).not.toMatch(/variation/);
  });
});

describe('records (child-level and worker-level)', () => {
  it('gives the counts behind a share worked out from records', () => {
    const W02 = measure('W02', { polarity: 'lower', counted: 'social workers' });
    const text = say(W02, {
      latest: point('2025-03', 'Mar-25', 15),
      previous: null,
      change: null,
      direction: null,
      target: 10,
      rag: 'red',
      comparators: NONE,
      records: records({
        count: 60,
        threshold: 25,
        shareAbove: 15,
        shareAtLeast3: null,
        topTenthShare: null,
      }),
    });
    expect(text).toBe('9 of 60 social workers (15.0%) in March 2025: worse than our target of 10.0%.');
  });
});

describe('words', () => {
  it('names periods as people write them', () => {
    expect(periodWords('2025-03')).toBe('March 2025');
    expect(periodWords('2025-02', '2025-03')).toBe('February');
    expect(periodWords('2024-12', '2025-03')).toBe('December 2024');
    expect(periodWords('2024/25 Q4')).toBe('January to March 2025');
    expect(periodWords('2024/25 Q3')).toBe('October to December 2024');
    expect(periodWords('2024/25')).toBe('2024/25');
    expect(periodWords('AY 2023/24')).toBe('the 2023/24 school year');
    expect(periodWords('2024')).toBe('2024');
    expect(periodWords('not a key', null, 'As read')).toBe('As read');
  });

  it('orders ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });

  it('says rates per 10,000 in full', () => {
    expect(valueWords(67, 'rate10k')).toBe('67.0 per 10,000 children');
    expect(valueWords(67, 'rate10k', true)).toBe('67.0 per 10,000');
  });
});
