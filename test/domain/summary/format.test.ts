import {
  changeFormatFor,
  directionArrow,
  directionText,
  formatChange,
  formatValue,
  numberFormatFor,
  polarityWords,
  sparkline,
  ukDate,
  ukDateTime,
} from '../../../src/domain/summary/format';

describe('formatValue', () => {
  it('shows each unit as the Panel reads it', () => {
    expect(formatValue(12.1, 'percent')).toBe('12.1%');
    expect(formatValue(12, 'percent')).toBe('12.0%');
    expect(formatValue(1200, 'currency')).toBe('£1,200');
    expect(formatValue(1234.56, 'currency')).toBe('£1,235');
    expect(formatValue(67, 'rate10k')).toBe('67.0 per 10k');
    expect(formatValue(245, 'days')).toBe('245 days');
    expect(formatValue(81770, 'count')).toBe('81,770');
    expect(formatValue(2.345, 'ratio')).toBe('2.35');
    expect(formatValue(14.25, 'score')).toBe('14.3');
    expect(formatValue(1234567, 'count')).toBe('1,234,567');
  });

  it('keeps a decimal for a count that is not whole, and signs negatives', () => {
    expect(formatValue(3.5, 'count')).toBe('3.5');
    expect(formatValue(-1200, 'currency')).toBe('-£1,200');
    expect(formatValue(-0.01, 'percent')).toBe('0.0%');
  });

  it('shows a dash for missing values', () => {
    expect(formatValue(null, 'percent')).toBe('–');
    expect(formatValue(NaN, 'count')).toBe('–');
  });
});

describe('formatChange', () => {
  it('signs changes and uses percentage points for percentages', () => {
    expect(formatChange(0.9, 'percent')).toBe('+0.9 pp');
    expect(formatChange(-2, 'percent')).toBe('-2.0 pp');
    expect(formatChange(0, 'percent')).toBe('0.0 pp');
    expect(formatChange(-3, 'count')).toBe('-3');
    expect(formatChange(120, 'currency')).toBe('+£120');
    expect(formatChange(12, 'days')).toBe('+12 days');
    expect(formatChange(1.23, 'rate10k')).toBe('+1.2 per 10k');
    expect(formatChange(null, 'ratio')).toBe('–');
  });
});

describe('number formats', () => {
  it('holds percentages in points with a literal % sign', () => {
    expect(numberFormatFor('percent')).toBe('0.0"%"');
    expect(numberFormatFor('count')).toBe('#,##0');
    expect(numberFormatFor('rate10k')).toBe('0.0');
    expect(numberFormatFor('ratio')).toBe('0.00');
    expect(numberFormatFor('days')).toBe('#,##0');
    expect(numberFormatFor('score')).toBe('0.0');
    expect(numberFormatFor('currency')).toBe('"£"#,##0');
    expect(changeFormatFor('percent')).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
  });
});

describe('direction', () => {
  it('uses the arrow of the movement when the change is known', () => {
    expect(directionArrow('improving', -1)).toBe('▼');
    expect(directionArrow('worsening', 2)).toBe('▲');
    expect(directionArrow('stable', 0.1)).toBe('►');
  });
  it('falls back to improving up, worsening down', () => {
    expect(directionArrow('improving')).toBe('▲');
    expect(directionArrow('worsening')).toBe('▼');
    expect(directionArrow(null)).toBe('');
  });
  it('gives arrow and word, and up/down for measures with no better or worse', () => {
    expect(directionText('improving', -1)).toBe('▼ Improving');
    expect(directionText(null, 3)).toBe('▲ Up');
    expect(directionText(null, null)).toBe('');
  });
});

describe('sparkline', () => {
  it('maps lowest to ▁ and highest to █, missing to ·', () => {
    expect(sparkline([1, 8, null, 4])).toBe('▁█·▄');
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
  });
  it('draws a flat line for equal values and nothing for none', () => {
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([])).toBe('');
    expect(sparkline([null, null])).toBe('··');
  });
});

describe('UK dates', () => {
  it('writes dates day first', () => {
    expect(ukDate('2025-03-31')).toBe('31/03/2025');
    expect(ukDate('not a date')).toBe('not a date');
  });
  it('shows a zoned timestamp in UK local time (BST in April)', () => {
    expect(ukDateTime('2025-04-02T13:05:00Z')).toBe('02/04/2025 14:05');
    expect(ukDateTime('2025-01-15T09:30:00.000Z')).toBe('15/01/2025 09:30');
  });
  it('shows an unzoned timestamp as written', () => {
    expect(ukDateTime('2025-04-02T13:05')).toBe('02/04/2025 13:05');
    expect(ukDateTime('2025-04-02')).toBe('02/04/2025');
  });
});

describe('polarityWords', () => {
  it('says which way is better', () => {
    expect(polarityWords('higher')).toBe('Higher is better');
    expect(polarityWords('lower')).toBe('Lower is better');
    expect(polarityWords('contextual')).toMatch(/Context only/);
  });
});
