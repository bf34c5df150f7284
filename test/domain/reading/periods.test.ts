import fc from 'fast-check';
import {
  academicYearPeriod,
  calendarYearPeriod,
  combineBand,
  comparePeriods,
  excelSerialToIso,
  financialYearPeriod,
  isDateFormat,
  isoToExcelSerial,
  monthPeriod,
  nextPeriod,
  parseHeader,
  parsePeriodKey,
  parseSubPeriod,
  periodEndsBefore,
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
} from '../../../src/domain/periods';
import type { HeaderMeaning, Period } from '../../../src/domain/periods';

function keyOf(m: HeaderMeaning): string | undefined {
  return m.type === 'period' ? m.period.key : undefined;
}

const serial = (iso: string) => isoToExcelSerial(iso);

describe('canonical periods', () => {
  it('builds a financial quarter with UK dates (Q1 = April-June, Q4 = January-March)', () => {
    expect(quarterPeriod(2024, 1)).toEqual({
      kind: 'quarter',
      key: '2024/25 Q1',
      start: '2024-04-01',
      end: '2024-06-30',
      label: 'Q1 2024/25',
    });
    expect(quarterPeriod(2024, 4)).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
  });

  it('builds months, years, academic and calendar years', () => {
    expect(monthPeriod(2024, 2)).toMatchObject({ key: '2024-02', end: '2024-02-29', label: 'Feb-24' });
    expect(financialYearPeriod(2024)).toMatchObject({
      key: '2024/25',
      start: '2024-04-01',
      end: '2025-03-31',
    });
    expect(financialYearPeriod(1999).key).toBe('1999/00');
    expect(academicYearPeriod(2024)).toMatchObject({
      key: 'AY 2024/25',
      start: '2024-09-01',
      end: '2025-08-31',
    });
    expect(calendarYearPeriod(2024)).toMatchObject({ key: '2024', start: '2024-01-01', end: '2024-12-31' });
  });

  it('parses canonical keys back, and rejects anything else', () => {
    expect(parsePeriodKey('2025-03')).toEqual(monthPeriod(2025, 3));
    expect(parsePeriodKey('2024/25 Q4')).toEqual(quarterPeriod(2024, 4));
    expect(parsePeriodKey('2024/25')).toEqual(financialYearPeriod(2024));
    expect(parsePeriodKey('AY 2024/25')).toEqual(academicYearPeriod(2024));
    expect(parsePeriodKey('2024')).toEqual(calendarYearPeriod(2024));
    for (const bad of ['2025-13', '2024/26', 'Q1 2024/25', '2024-25', 'Apr-24', '', ' 2024']) {
      expect(parsePeriodKey(bad)).toBeNull();
    }
  });

  it('orders periods oldest first', () => {
    const ps = [
      financialYearPeriod(2024),
      monthPeriod(2024, 4),
      quarterPeriod(2023, 4),
      monthPeriod(2023, 12),
    ];
    expect([...ps].sort(comparePeriods).map((p) => p.key)).toEqual([
      '2023-12',
      '2023/24 Q4',
      '2024-04',
      '2024/25',
    ]);
  });

  it('steps back a period and a year', () => {
    expect(previousPeriod(monthPeriod(2025, 1)).key).toBe('2024-12');
    expect(previousPeriod(quarterPeriod(2024, 1)).key).toBe('2023/24 Q4');
    expect(previousPeriod(financialYearPeriod(2024)).key).toBe('2023/24');
    expect(previousPeriod(academicYearPeriod(2024)).key).toBe('AY 2023/24');
    expect(previousPeriod(calendarYearPeriod(2024)).key).toBe('2023');
    expect(nextPeriod(quarterPeriod(2024, 4)).key).toBe('2025/26 Q1');
    expect(samePeriodLastYear(monthPeriod(2025, 3)).key).toBe('2024-03');
    expect(samePeriodLastYear(quarterPeriod(2024, 2)).key).toBe('2023/24 Q2');
    expect(samePeriodLastYear(financialYearPeriod(2024)).key).toBe('2023/24');
  });

  it('tells whether a period ended before a date', () => {
    expect(periodEndsBefore(monthPeriod(2025, 2), '2025-03-31')).toBe(true);
    expect(periodEndsBefore(monthPeriod(2025, 3), '2025-03-31')).toBe(false);
    expect(periodEndsBefore(quarterPeriod(2024, 3), '2025-01-01T00:00:00Z')).toBe(true);
  });

  it('converts Excel serial dates', () => {
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
    expect(excelSerialToIso(45383)).toBe('2024-04-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(isoToExcelSerial('2025-03-31')).toBe(45747);
    expect(excelSerialToIso(-1)).toBeNull();
  });
});

describe('parseHeader', () => {
  it('reads month date cells with any date format', () => {
    for (const fmt of ['mmm-yy', 'mmm yy', 'dd/mm/yyyy', '[$-809]mmm-yy;@', 'mmmm yyyy', 'm/d/yyyy']) {
      expect(keyOf(parseHeader(serial('2024-04-01'), fmt))).toBe('2024-04');
    }
    // A month-end date is the same month.
    expect(keyOf(parseHeader(serial('2024-04-30'), 'dd/mm/yyyy'))).toBe('2024-04');
  });

  it('does not take a plain number or a percent as a period', () => {
    expect(parseHeader(45383, 'General').type).toBe('other');
    expect(parseHeader(0.5, '0%').type).toBe('other');
    expect(parseHeader(2024, '0%').type).toBe('other');
  });

  it('reads a whole year number in a header as a calendar year', () => {
    expect(keyOf(parseHeader(2024, 'General'))).toBe('2024');
  });

  const cases: [string, string][] = [
    ['Apr-24', '2024-04'],
    ['April 2024', '2024-04'],
    ['Apr 2024', '2024-04'],
    ["Apr '24", '2024-04'],
    ['Sept 2024', '2024-09'],
    ['2024-04', '2024-04'],
    ['04/2024', '2024-04'],
    ['Q1 2024/25', '2024/25 Q1'],
    ['2024/25 Q1', '2024/25 Q1'],
    ['Q1 24/25', '2024/25 Q1'],
    ['Q1 2024-25', '2024/25 Q1'],
    ['Qtr 1 2024/25', '2024/25 Q1'],
    ['Quarter 4 2024/25', '2024/25 Q4'],
    ['Q3 2024\u201325', '2024/25 Q3'],
    ['2024/25', '2024/25'],
    ['2024-25', '2024/25'],
    ['FY24/25', '2024/25'],
    ['2024-2025', '2024/25'],
    ['2024/2025', '2024/25'],
    ['FY 2024-25', '2024/25'],
    ['2024/25 outturn', '2024/25'],
    ['AY 2024/25', 'AY 2024/25'],
    ['2024/25 academic year', 'AY 2024/25'],
    ['Academic year 2023-24', 'AY 2023/24'],
    ['2024', '2024'],
    ['CY2024', '2024'],
    ['  Mar-25 ', '2025-03'],
  ];
  it.each(cases)('reads %p as %p', (text, key) => {
    expect(keyOf(parseHeader(text, 'General'))).toBe(key);
  });

  it('recognises YTD and rolling 12 months as their own meanings', () => {
    for (const t of ['YTD', 'Year to date', 'YTD 2024/25', 'ytd']) expect(parseHeader(t).type).toBe('ytd');
    for (const t of ['Rolling 12 months', 'R12', 'Rolling 12m', 'Last 12 months']) {
      expect(parseHeader(t).type).toBe('rolling12');
    }
  });

  it('recognises comparator columns, with their period when the header names one', () => {
    expect(parseHeader('England 2023-24')).toEqual({ type: 'england', period: financialYearPeriod(2023) });
    expect(parseHeader('Target 2024/25')).toEqual({ type: 'target', period: financialYearPeriod(2024) });
    expect(parseHeader('England')).toEqual({ type: 'england' });
    expect(parseHeader('National average').type).toBe('england');
    for (const t of ['Stat neighbours', 'SN', 'Statistical neighbour average', 'Stat Neighbour Avg', 'SNs']) {
      expect(parseHeader(t).type).toBe('statNeighbours');
    }
    for (const t of ['Region', 'Regional', 'Regional average', 'North West', 'Yorkshire and Humber']) {
      expect(parseHeader(t).type).toBe('region');
    }
    for (const t of [
      'Good is',
      'Polarity',
      'High is good',
      'Low is good',
      'High/Low is good',
      'Good performance',
    ]) {
      expect(parseHeader(t).type).toBe('polarity');
    }
  });

  it('leaves labels, notes and titles as other', () => {
    for (const t of ['Indicator', 'Measure', 'Ref', 'Comments', 'Data source', 'Frequency', 'TBC', '']) {
      expect(parseHeader(t).type).toBe('other');
    }
    expect(parseHeader('Corporate Parenting Panel report 2024/25').type).toBe('other');
    expect(parseHeader('As at 31 March 2025').type).toBe('other');
    expect(parseHeader(true).type).toBe('other');
  });

  it('rejects impossible spans and months', () => {
    expect(parseHeader('2024/26').type).toBe('other');
    expect(parseHeader('Q5 2024/25').type).toBe('other');
    expect(parseHeader('13/2024').type).toBe('other');
  });
});

describe('two-row headers', () => {
  it('reads bare quarters and months', () => {
    expect(parseSubPeriod('Q1')).toEqual({ kind: 'quarter', quarter: 1 });
    expect(parseSubPeriod('Qtr 3')).toEqual({ kind: 'quarter', quarter: 3 });
    expect(parseSubPeriod('Apr')).toEqual({ kind: 'month', month: 4 });
    expect(parseSubPeriod('January')).toEqual({ kind: 'month', month: 1 });
    expect(parseSubPeriod('Target')).toBeNull();
  });

  it('combines them with a year band', () => {
    const fy = financialYearPeriod(2024);
    expect(combineBand(fy, { kind: 'quarter', quarter: 1 })?.key).toBe('2024/25 Q1');
    expect(combineBand(fy, { kind: 'month', month: 4 })?.key).toBe('2024-04');
    expect(combineBand(fy, { kind: 'month', month: 1 })?.key).toBe('2025-01');
    expect(combineBand(calendarYearPeriod(2024), { kind: 'month', month: 4 })?.key).toBe('2024-04');
    expect(combineBand(calendarYearPeriod(2024), { kind: 'quarter', quarter: 1 })?.key).toBe('2023/24 Q4');
    expect(combineBand(academicYearPeriod(2024), { kind: 'month', month: 7 })?.key).toBe('2025-07');
  });
});

describe('isDateFormat', () => {
  it('tells date formats from number formats', () => {
    for (const f of ['mmm-yy', 'dd/mm/yyyy', '[$-809]mmm-yy;@', 'mmmm yyyy', 'd-mmm-yy', 'yyyy-mm-dd']) {
      expect(isDateFormat(f)).toBe(true);
    }
    for (const f of ['General', '0', '0.0%', '#,##0', '"£"#,##0', '@', 'hh:mm', '0.0', 'Standard']) {
      expect(isDateFormat(f)).toBe(false);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const year = fc.integer({ min: 1950, max: 2148 });
const arbPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => monthPeriod(y, m)),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => quarterPeriod(y, q)),
  year.map(financialYearPeriod),
  year.map(academicYearPeriod),
  year.map(calendarYearPeriod),
);

describe('period properties', () => {
  it('parseHeader never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean()), fc.string(), (v, fmt) => {
        parseHeader(v, fmt);
        parseHeader(v, 'mmm-yy');
      }),
      { numRuns: 2000 },
    );
  });

  it('parseHeader never throws on period-ish text', () => {
    const parts = fc.constantFrom(
      'Q1',
      'Qtr',
      '2024',
      '/',
      '-',
      '25',
      'FY',
      'AY',
      'Apr',
      ' ',
      "'",
      'England',
      'YTD',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 8 }), (ps) => {
        parseHeader(ps.join(''));
      }),
    );
  });

  it('every canonical key parses as a header to itself', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        const m = parseHeader(p.key, 'General');
        expect(m).toEqual({ type: 'period', period: p });
      }),
      { numRuns: 1000 },
    );
  });

  it('parsePeriodKey(p.key) equals p', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => expect(parsePeriodKey(p.key)).toEqual(p)),
      { numRuns: 1000 },
    );
  });

  it('labels parse as headers to the same period', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        if (p.kind === 'month' && Number(p.start.slice(0, 4)) >= 2100) return; // 'Jan-00' is 2000, by design
        if (p.kind === 'month' && Number(p.start.slice(0, 4)) < 2000) return;
        expect(keyOf(parseHeader(p.label))).toBe(p.key);
      }),
      { numRuns: 1000 },
    );
  });

  it('previous and next are inverse, and previous is earlier', () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(nextPeriod(previousPeriod(p))).toEqual(p);
        expect(comparePeriods(previousPeriod(p), p)).toBeLessThan(0);
        expect(previousPeriod(p).end < p.start).toBe(true);
        expect(samePeriodLastYear(p).start.slice(5)).toBe(
          p.kind === 'calendarYear' ? '01-01' : p.start.slice(5),
        );
      }),
    );
  });

  it('a date cell reads as the month it falls in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: isoToExcelSerial('1950-01-01'), max: isoToExcelSerial('2149-12-31') }),
        (s) => {
          const iso = excelSerialToIso(s) as string;
          expect(isoToExcelSerial(iso)).toBe(s);
          expect(keyOf(parseHeader(s, 'mmm-yy'))).toBe(iso.slice(0, 7));
        },
      ),
    );
  });
});
