import fc from 'fast-check';
import { cellRef } from '../../../src/domain/grid';
import { ObservationList, ReadingsBuilder, RecordList } from '../../../src/domain/series';
import type { Observation, RecordValue } from '../../../src/domain/series';
import { readValue } from '../../../src/domain/values';
import type { ReadValue } from '../../../src/domain/values';
import { period } from '../builders';

const READS: readonly ReadValue[] = [
  { kind: 'number', value: 12.5, source: 'number' },
  { kind: 'number', value: 93, source: 'percentFormat' },
  { kind: 'number', value: -4, source: 'numericText' },
  { kind: 'number', value: 66.5, source: 'percentText' },
  { kind: 'number', value: 8, source: 'fractionAsPercent' },
  { kind: 'missing', reason: 'blank', raw: '' },
  { kind: 'missing', reason: 'suppressed', raw: 'c' },
  { kind: 'missing', reason: 'error', raw: '#DIV/0!' },
  { kind: 'missing', reason: 'text', raw: 'TBC' },
];

const readArb: fc.Arbitrary<ReadValue> = fc.oneof(
  fc.record({
    kind: fc.constant('number' as const),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
    source: fc.constantFrom(
      'number' as const,
      'percentFormat' as const,
      'percentText' as const,
      'numericText' as const,
      'fractionAsPercent' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('missing' as const),
    reason: fc.constantFrom('blank' as const, 'suppressed' as const, 'error' as const, 'text' as const),
    raw: fc.string(),
  }),
);

describe('ReadingsBuilder and the lists it fills', () => {
  it('gives back every reading as it was pushed, with its cell', () => {
    fc.assert(
      fc.property(fc.array(readArb, { maxLength: 40 }), (reads) => {
        const b = new ReadingsBuilder('Missing (child)', reads.length + 3);
        reads.forEach((r, i) => b.push(4 + i, 3 + (i % 2), r));
        const list = new RecordList(b.columns());
        expect(list.length).toBe(reads.length);
        reads.forEach((r, i) => {
          expect(list.read(i)).toEqual(r);
          expect(list.value(i)).toBe(r.kind === 'number' ? r.value : null);
          expect(list.isMissing(i)).toBe(r.kind === 'missing');
          expect(list.cell(i)).toEqual(cellRef('Missing (child)', 4 + i, 3 + (i % 2)));
        });
      }),
    );
  });

  it('reads cells itself exactly as readValue does', () => {
    const cells: [string | number | boolean, string][] = [
      [0.125, '0.0%'],
      [42, 'General'],
      ['12.5%', 'General'],
      ['£1,200', 'General'],
      ['c', 'General'],
      ['#N/A', 'General'],
      ['  ', 'General'],
      ['TBC', 'General'],
      [true, 'General'],
      [-0, 'General'],
    ];
    const b = new ReadingsBuilder('S', cells.length);
    cells.forEach(([v, f], i) => b.read(i + 1, 2, v, f));
    const list = new RecordList(b.columns());
    cells.forEach(([v, f], i) => expect(list.read(i)).toEqual(readValue(v, f)));
  });

  it('reads along a row at given columns', () => {
    const cols = [4, 5, 7];
    const b = ReadingsBuilder.forRow('Monthly', 12, cols);
    b.next(10, 'General');
    b.next('x', 'General');
    b.next(0.5, '0%');
    const list = new ObservationList(b.columns(), ['2025-01', '2025-02', '2025-03'].map(period), [
      'Jan',
      'Feb',
      'Mar',
    ]);
    expect(list.toArray().map((o) => o.cell.address)).toEqual(['D12', 'E12', 'G12']);
    expect(list.map((o) => o.value)).toEqual([10, null, 50]);
    expect(list.missingIndexes()).toEqual([1]);
    expect(() => b.push(1, 1, READS[0])).toThrow(/along a row/);
  });

  it('rescales plainly read numbers only', () => {
    const b = new ReadingsBuilder('S', READS.length);
    READS.forEach((r, i) => b.push(2, i + 1, r));
    expect(b.plainNumber(0)).toBe(12.5);
    expect(b.plainNumber(1)).toBeUndefined();
    b.rescalePlain((v) => v * 100, 'fractionAsPercent');
    const list = new RecordList(b.columns());
    expect(list.read(0)).toEqual({ kind: 'number', value: 1250, source: 'fractionAsPercent' });
    READS.slice(1).forEach((r, i) => expect(list.read(i + 1)).toEqual(r));
  });

  it('trims to what was pushed', () => {
    const b = new ReadingsBuilder('S', 10);
    b.push(1, 1, READS[0]);
    b.push(2, 1, READS[6]);
    const list = new RecordList(b.columns());
    expect(list.length).toBe(2);
    expect(list.numbers()).toEqual(new Float64Array([12.5]));
  });
});

describe('ObservationList', () => {
  const observations: Observation[] = READS.map((read, i) => {
    const p = period(`2024-${String(i + 1).padStart(2, '0')}`);
    return {
      period: p,
      header: p.label,
      cell: cellRef('Monthly PMF', 9, 3 + i),
      read,
      value: read.kind === 'number' ? read.value : null,
    };
  });
  const list = ObservationList.of(observations);

  it('gives the observations back as objects, by position, from the end, and when iterated', () => {
    expect(list.toArray()).toEqual(observations);
    expect([...list]).toEqual(observations);
    expect(list.at(0)).toEqual(observations[0]);
    expect(list.at(-1)).toEqual(observations[observations.length - 1]);
    expect(list.period(2)).toBe(observations[2].period);
    expect(list.header(2)).toBe(observations[2].header);
    expect(list.source(1)).toBe('percentFormat');
    expect(list.missingReason(6)).toBe('suppressed');
    expect(list.raw(7)).toBe('#DIV/0!');
  });

  it('gives the cells holding a number that a test flags, with the number, leaving out missing cells', () => {
    const hits = list.numbersWhere((v) => v < 0 || v > 50);
    expect(hits.map((h) => [h.item.cell.address, h.value])).toEqual([
      ['D9', 93],
      ['E9', -4],
      ['F9', 66.5],
    ]);
    expect(hits[0].item).toEqual(observations[1]);
    expect(list.numbersWhere(() => true)).toHaveLength(5);
  });

  it('refuses a position outside the list', () => {
    expect(() => list.at(observations.length)).toThrow(RangeError);
    expect(() => list.at(-observations.length - 1)).toThrow(RangeError);
    expect(() => ObservationList.empty.at(0)).toThrow(/No item 0 in a list of 0/);
  });

  it('refuses observations from more than one sheet, or periods that do not match the cells', () => {
    const other = { ...observations[1], cell: cellRef('Other', 9, 4) };
    expect(() => ObservationList.of([observations[0], other])).toThrow(/more than one sheet/);
    const b = new ReadingsBuilder('S', 1);
    b.push(1, 1, READS[0]);
    expect(() => new ObservationList(b.columns(), [], [])).toThrow(/one entry per cell/);
  });
});

describe('RecordList', () => {
  it('round-trips records given one by one', () => {
    const records: RecordValue[] = READS.map((read, i) => ({
      cell: cellRef('Missing', 3 + i, 4),
      read,
      value: read.kind === 'number' ? read.value : null,
    }));
    const list = RecordList.of(records);
    expect(list.toArray()).toEqual(records);
    expect(list.numbers()).toEqual(new Float64Array([12.5, 93, -4, 66.5, 8]));
    expect(RecordList.of([]).length).toBe(0);
  });
});
