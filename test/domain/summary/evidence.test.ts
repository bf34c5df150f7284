/** The year's evidence for the annual report: notes of the 12 months to the as-at date, by line of enquiry. */
import { yearEvidence, yearStart } from '../../../src/domain/summary/evidence';
import { planSummarySheet } from '../../../src/domain/summary/plan';
import { figures, framework, kloe, measure, model, note } from './builders';

const fw = framework({
  kloes: [kloe('K00'), kloe('K04'), kloe('K10', 'Corporate parenting and voice')],
  measures: [measure('S01', { kloes: ['K04'] })],
  evidence: [
    note('K10', 'Children in Care Council met the Panel', '2025-03-12'),
    note('K10', 'All members completed corporate parenting training', '2024-11-20'),
    note('K10', 'Independent visitor service: 14 matches this year'),
    note('K10', 'Members visited a children’s home', '2024-04-01'),
    note('K10', 'Training in the year before', '2024-03-31'),
    note('K04', 'Placement stability audit', '2024-09-01'),
    note('K04', 'A note dated after the as-at date', '2025-04-15'),
  ],
});
const theModel = model(fw, [figures('S01')]);

describe('yearStart', () => {
  it('is the day after the same date a year before (28 February for 29 February)', () => {
    expect(yearStart('2025-03-31')).toBe('2024-04-01');
    expect(yearStart('2024-02-29')).toBe('2023-03-01');
    expect(yearStart('2025-01-01')).toBe('2024-01-02');
  });
});

describe('yearEvidence', () => {
  const year = yearEvidence(theModel.sections, '2025-03-31');

  it('keeps the notes of the year by line of enquiry, oldest first, the undated last', () => {
    expect([year.from, year.to]).toEqual(['2024-04-01', '2025-03-31']);
    const k10 = year.kloes.find((k) => k.kloe.id === 'K10')!;
    expect(k10.notes.map((n) => n.date ?? 'none')).toEqual([
      '2024-04-01',
      '2024-11-20',
      '2025-03-12',
      'none',
    ]);
    expect(year.kloes.find((k) => k.kloe.id === 'K04')!.notes.map((n) => n.text)).toEqual([
      'Placement stability audit',
    ]);
    expect(year.kloes.find((k) => k.kloe.id === 'K00')!.notes).toEqual([]);
  });

  it('counts what is listed, what has no date and what falls outside the year', () => {
    expect([year.total, year.undated, year.outside]).toEqual([5, 1, 2]);
  });
});

describe('the year’s evidence on the summary sheet', () => {
  const plan = planSummarySheet(theModel, { markerText: 'm' });
  const band = plan.values.findIndex(
    (r) => typeof r[0] === 'string' && r[0].startsWith('The year’s evidence'),
  );

  it('has a section with the year and the number of notes, after the data quality and before the definitions', () => {
    expect(plan.values[band][0]).toBe(
      'The year’s evidence, 01/04/2024 to 31/03/2025: 5 notes for the annual report',
    );
    const dq = plan.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Data quality'));
    const defs = plan.values.findIndex((r) => r[0] === 'Definitions');
    expect(dq).toBeLessThan(band);
    expect(band).toBeLessThan(defs);
  });

  it('gives a count per line of enquiry, says which have none, and what was not listed', () => {
    expect(plan.values[band + 1][0]).toBe(
      'Notes per line of enquiry: K04 Title of K04: 1; K10 Corporate parenting and voice: 4. ' +
        'No evidence this year: K00. 1 note with no date recorded (listed last). 2 notes dated outside the year, not listed.',
    );
  });

  it('lists each line of enquiry’s notes with their dates, ready to lift into the annual report', () => {
    const k10 = plan.values.findIndex((r, i) => i > band && r[0] === 'K10');
    expect(plan.values[k10][1]).toBe('Corporate parenting and voice: 4 notes');
    expect(plan.values.slice(k10 + 1, k10 + 5).map((r) => [r[1], r[2]])).toEqual([
      ['01/04/2024', 'Members visited a children’s home'],
      ['20/11/2024', 'All members completed corporate parenting training'],
      ['12/03/2025', 'Children in Care Council met the Panel'],
      ['No date recorded', 'Independent visitor service: 14 matches this year'],
    ]);
  });
});
