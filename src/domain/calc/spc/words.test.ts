import { period } from '../../../../test/domain/builders';
import { addMonths } from '../periodKeys';
import type { Polarity } from '../../framework/types';
import { measureSpc } from './measure';
import {
  assuranceText,
  latestReason,
  latestSignals,
  numberWord,
  provisionalText,
  signalShortText,
  signalText,
  tooFewText,
  variationText,
} from './words';

const calm = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 11 : 10));

function spc(values: readonly number[], polarity: Polarity = 'higher', target: number | null = null) {
  const points = values.map((value, i) => ({ period: period(addMonths('2023-04', i) as string), value }));
  const r = measureSpc({ points, polarity, target, tolerance: 5 }).spc;
  if (!r) throw new Error('expected SPC');
  return r;
}

function quarterly(values: readonly number[]) {
  const keys = values.map((_, i) => {
    const fy = 2019 + Math.floor(i / 4);
    return `${fy}/${String((fy + 1) % 100).padStart(2, '0')} Q${(i % 4) + 1}`;
  });
  const points = values.map((value, i) => ({ period: period(keys[i]), value }));
  const r = measureSpc({ points, polarity: 'lower', target: null, tolerance: 5 }).spc;
  if (!r) throw new Error('expected SPC');
  return r;
}

describe('SPC in words', () => {
  it('says what the Panel needs to hear when a small drift has lasted seven months', () => {
    const s = spc([...calm(14), 12, 12, 12.2, 12.1, 12.3, 12.2, 12.2], 'lower');
    expect(variationText(s)).toBe('Special cause: concern, seven months above the usual level');
  });

  it('counts quarters as quarters', () => {
    expect(variationText(quarterly([...calm(14), 12, 12, 12.2, 12.1, 12.3, 12.2, 12.2]))).toBe(
      'Special cause: concern, seven quarters above the usual level',
    );
  });

  it('says a common-cause point is within the usual ups and downs', () => {
    expect(variationText(spc(calm(20)))).toBe('Common cause: no change beyond the usual ups and downs');
    expect(latestReason(spc(calm(20)))).toBeNull();
  });

  it('names a point beyond a limit', () => {
    expect(variationText(spc([...calm(15), 20]))).toBe(
      'Special cause: improvement, above the upper process limit',
    );
    expect(variationText(spc([...calm(15), 1], 'contextual'))).toBe(
      'Special cause: unusually low, below the lower process limit',
    );
  });

  it('names a trend by its length and direction', () => {
    const s = spc([12, 8, 12, 8, 12, 8, 12, 8, 7, 8, 9, 10, 11, 12, 13]);
    expect(s.chartPoints()[14].rules).toEqual(['trend']);
    expect(latestReason(s)).toBe('seven months each higher than the one before');
  });

  it('names two of three near a limit', () => {
    expect(latestReason(spc([...calm(15), 13, 11, 13]))).toBe(
      'two of the last three months close to the upper process limit',
    );
  });

  it('joins several reasons', () => {
    const s = spc([...calm(15), 14, 15, 16, 17, 18, 19, 20, 40]);
    expect(latestReason(s)).toBe(
      'above the upper process limit, eight months above the usual level, nine months each higher than the one before and the last three months all close to the upper process limit',
    );
  });

  it('says whether the target will be met', () => {
    expect(assuranceText(spc(calm(20), 'higher', 5))).toBe('Target reliably met');
    expect(assuranceText(spc(calm(20), 'higher', 15))).toBe('Target reliably missed');
    expect(assuranceText(spc(calm(20), 'higher', 10.5))).toBe('Target hit and miss');
    expect(assuranceText(spc(calm(20)))).toBeNull();
  });

  it('says how far short a history is, and when a reading is provisional', () => {
    expect(tooFewText(9)).toBe('Too few points: 9 of the 12 needed');
    expect(tooFewText(4, 'Apr-24')).toBe('Too few points since Apr-24: 4 of the 12 needed');
    expect(provisionalText(14)).toBe('Provisional: 14 points; the reading firms up at 20');
  });

  it('writes small numbers as words', () => {
    expect(numberWord(7)).toBe('seven');
    expect(numberWord(12)).toBe('twelve');
    expect(numberWord(13)).toBe('13');
  });
});

describe('SPC signals', () => {
  it('gives each reason with its side and length, in long and short words', () => {
    const s = spc([...calm(14), 12, 12, 12.2, 12.1, 12.3, 12.2, 12.2], 'lower');
    const signals = latestSignals(s);
    expect(signals).toEqual([{ rule: 'shift', side: 1, count: 7, kind: 'month' }]);
    expect(signalText(signals[0])).toBe('seven months above the usual level');
    expect(signalShortText(signals[0])).toBe('7 months above usual');
    expect(signalShortText({ rule: 'trend', side: -1, count: 8, kind: 'quarter' })).toBe(
      '8 quarters falling',
    );
    expect(signalShortText({ rule: 'outsideLimits', side: -1, count: 1, kind: 'month' })).toBe(
      'below the lower limit',
    );
    expect(signalShortText({ rule: 'twoOfThree', side: 1, count: 2, kind: 'month' })).toBe(
      'near the upper limit',
    );
    expect(latestSignals(spc(calm(20)))).toEqual([]);
  });
});
