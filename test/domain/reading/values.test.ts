import fc from 'fast-check';
import { isPercentFormat, parseNumericText, readValue } from '../../../src/domain/values';

describe('readValue', () => {
  it('reads plain numbers', () => {
    expect(readValue(450, 'General')).toEqual({ kind: 'number', value: 450, source: 'number' });
    expect(readValue(16.4, '0.0')).toEqual({ kind: 'number', value: 16.4, source: 'number' });
    expect(readValue(512, '"£"#,##0', 'currency')).toEqual({ kind: 'number', value: 512, source: 'number' });
  });

  it('reads a fraction in a % format as percentage points', () => {
    expect(readValue(0.125, '0.0%', 'percent')).toEqual({
      kind: 'number',
      value: 12.5,
      source: 'percentFormat',
    });
    expect(readValue(0.07, '0%')).toEqual({ kind: 'number', value: 7, source: 'percentFormat' });
    expect(readValue(0.123, '0.0%;[Red]-0.0%')).toMatchObject({ value: 12.3 });
  });

  it('reads percentages written as text', () => {
    expect(readValue('12.5%', 'General', 'percent')).toEqual({
      kind: 'number',
      value: 12.5,
      source: 'percentText',
    });
    expect(readValue(' 68 % ', '@')).toMatchObject({ value: 68, source: 'percentText' });
  });

  it('reads numbers written as text', () => {
    expect(readValue('£1,200', 'General', 'currency')).toEqual({
      kind: 'number',
      value: 1200,
      source: 'numericText',
    });
    expect(readValue('1,234')).toEqual({ kind: 'number', value: 1234, source: 'numericText' });
    expect(readValue('(1,234)')).toMatchObject({ value: -1234 });
    expect(readValue('-3.5')).toMatchObject({ value: -3.5 });
    expect(readValue('£1,325.50')).toMatchObject({ value: 1325.5 });
    expect(readValue('450 ')).toMatchObject({ value: 450 });
  });

  it('keeps suppression and not-available markers as missing, with the marker', () => {
    for (const m of ['c', 'C', 'z', 'x', 'k', '~', '*', '-', 'n/a', 'N/A', 'na', '..', ' c ']) {
      expect(readValue(m)).toEqual({ kind: 'missing', reason: 'suppressed', raw: m.trim() });
    }
  });

  it('keeps blanks as missing', () => {
    expect(readValue('')).toEqual({ kind: 'missing', reason: 'blank', raw: '' });
    expect(readValue('   ')).toMatchObject({ kind: 'missing', reason: 'blank' });
  });

  it('keeps error cells as missing, with the error', () => {
    for (const e of [
      '#DIV/0!',
      '#N/A',
      '#REF!',
      '#VALUE!',
      '#NAME?',
      '#NUM!',
      '#NULL!',
      '#SPILL!',
      '#CALC!',
    ]) {
      expect(readValue(e)).toEqual({ kind: 'missing', reason: 'error', raw: e });
    }
  });

  it('reads booleans and other text as text', () => {
    expect(readValue(true)).toEqual({ kind: 'missing', reason: 'text', raw: 'TRUE' });
    expect(readValue('TBC')).toEqual({ kind: 'missing', reason: 'text', raw: 'TBC' });
    expect(readValue('12.5% (est)')).toMatchObject({ kind: 'missing', reason: 'text' });
    expect(readValue('1,23,4')).toMatchObject({ kind: 'missing', reason: 'text' });
  });

  it('recognises percent formats', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
  });
});

describe('value properties', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean()),
        fc.oneof(fc.string(), fc.constantFrom('General', '0.0%', 'mmm-yy', '"£"#,##0')),
        fc.constantFrom(undefined, 'percent' as const, 'count' as const),
        (v, f, u) => {
          const r = readValue(v, f, u);
          expect(['number', 'missing']).toContain(r.kind);
          if (r.kind === 'number') expect(Number.isFinite(r.value)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads back any number it is given', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(readValue(n, 'General')).toEqual({
          kind: 'number',
          value: Object.is(n, -0) ? 0 : n,
          source: 'number',
        });
      }),
    );
  });

  it('reads numbers written with thousands separators, currency and percent signs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const text = whole.toLocaleString('en-GB') + '.' + String(cents).padStart(2, '0');
          const value = whole + cents / 100;
          expect(parseNumericText(text)?.value).toBeCloseTo(value, 6);
          expect(readValue(`£${text}`)).toMatchObject({ source: 'numericText' });
          expect((readValue(`£${text}`) as { value: number }).value).toBeCloseTo(value, 6);
          expect(readValue(`${text}%`)).toMatchObject({ source: 'percentText' });
          expect((readValue(`(${text})`) as { value: number }).value).toBeCloseTo(-value, 6);
        },
      ),
    );
  });

  it('reads a fraction in a % format as 100 times the fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (n) => {
        const r = readValue(n / 10000, '0.00%');
        expect(r).toMatchObject({ kind: 'number', source: 'percentFormat' });
        expect((r as { value: number }).value).toBeCloseTo(n / 100, 9);
      }),
    );
  });
});
