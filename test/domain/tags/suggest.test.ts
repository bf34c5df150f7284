import { addCustomMeasure, defaultFramework } from '../../../src/domain/framework/framework';
import { labelFeatures, suggestForSheet, suggestMeasures } from '../../../src/domain/tags/suggest';
import type { RowTag, Tag } from '../../../src/domain/tags/types';
import { makeGrid, monthlySheet } from './grid-helpers';

const fw = defaultFramework();
const top = (label: string, sectionHeading?: string) =>
  suggestMeasures(label, { sectionHeading }, fw)[0]?.measureId;

describe('suggestMeasures', () => {
  it('ranks best first with scores between 0 and 1', () => {
    const s = suggestMeasures('% CLA with 3+ placements in last 12 months', {}, fw);
    expect(s[0].measureId).toBe('S01');
    for (let i = 1; i < s.length; i++) expect(s[i].score).toBeLessThanOrEqual(s[i - 1].score);
    for (const x of s) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
    }
  });

  it('tells age bands apart: 17-18 v 19-21', () => {
    expect(top('Care leavers aged 19-21 in EET')).toBe('C02');
    expect(top('Care leavers aged 17-18 in EET')).toBe('C04');
    expect(top('Suitable accommodation 17-18', 'Care leavers')).toBe('C05');
    expect(top('Suitable accommodation 19-21', 'Care leavers')).toBe('C03');
  });

  it('tells 12 months from two years', () => {
    expect(top('3+ placements in 12 months')).toBe('S01');
    expect(top('3+ placements over two years')).toBe('S02');
  });

  it('understands abbreviations officers use', () => {
    expect(top('LAC')).toBe('D02');
    expect(top('RHI within 72 hrs')).toBe('M06');
    expect(top('IHA in 20 working days')).toBe('H08');
    expect(top('UASC')).toBe('D06');
    expect(top('SGO')).toBe('A04');
    expect(top('IV matched')).toBe('V02');
    expect(top('CiCC sessions')).toBe('V03');
    expect(top('KS4 Att8')).toBe('E05');
    expect(top('Agency SWs %')).toBe('W03');
  });

  it('uses the section heading as context', () => {
    expect(top('In touch', 'Care leavers 19-21')).toBe('C01');
    expect(top('EET', 'Care leavers aged 17-18')).toBe('C04');
  });

  it('offers nothing for a label with no content and little for an unrelated one', () => {
    expect(suggestMeasures('', {}, fw)).toEqual([]);
    expect(suggestMeasures('Notes', {}, fw)).toEqual([]);
    const cin = suggestMeasures('Children in need referrals', {}, fw);
    expect(cin[0]?.score ?? 0).toBeLessThan(0.4);
  });

  it('suggests custom measures from their names', () => {
    const added = addCustomMeasure(fw, {
      id: 'LIFE1',
      name: 'Children with a life story book',
      kloes: ['K05'],
      unit: 'percent',
      polarity: 'higher',
      frequency: 'quarterly',
    });
    if (!('framework' in added)) throw new Error(added.errors.join());
    expect(suggestMeasures('% with life story work / book', {}, added.framework)[0].measureId).toBe('LIFE1');
  });

  it('reduces labels to concepts', () => {
    expect([...labelFeatures('No. of LAC')].sort()).toEqual(['c:cla', 'c:num']);
    expect(labelFeatures('CL 19-21 NEET').has('c:age19_21')).toBe(true);
  });
});

describe('suggestForSheet', () => {
  const sheet = monthlySheet();

  it('proposes a tag for each matching data row with its section heading', () => {
    const s = suggestForSheet(sheet, fw);
    expect(s.map((x) => [x.row, x.measureId])).toEqual([
      [5, 'D02'],
      [6, 'D01'],
      [8, 'S01'],
      [9, 'S03'],
      [12, 'C02'],
      [13, 'C04'],
    ]);
    expect(s[2]).toMatchObject({
      sheet: 'Monthly',
      label: '% CLA with 3+ placements in last 12 months',
      sectionHeading: 'Stability',
      role: 'value',
    });
    expect(s[4].sectionHeading).toBe('Care Leavers');
    expect(s[0].alternatives.length).toBeGreaterThan(0);
  });

  it('skips rows already tagged (following moved tags)', () => {
    const tag: RowTag = {
      id: 't-1',
      kind: 'row',
      measureId: 'D02',
      role: 'value',
      sheet: 'Monthly',
      row: 2, // since moved: the label is now on row 5
      label: 'Number of CLA at month end',
      created: '',
    };
    const rows = suggestForSheet(sheet, fw, { existingTags: [tag] }).map((x) => x.row);
    expect(rows).not.toContain(5);
    expect(rows).toContain(6);
  });

  it('never proposes the rows of a tagged child-level list', () => {
    const g = makeGrid('Caseloads', [
      ['Worker', 'Team', 'Caseload'],
      ['W1', 'Care leavers', 18],
      ['W2', 'Care leavers', 21],
    ]);
    expect(suggestForSheet(g, fw).length).toBeGreaterThan(0);
    const records: Tag = {
      id: 't-2',
      kind: 'column',
      role: 'records',
      measureId: 'W02',
      sheet: 'Caseloads',
      column: 3,
      firstRow: 2,
      lastRow: 3,
      label: 'Caseload',
      created: '',
    };
    expect(suggestForSheet(g, fw, { existingTags: [records] })).toEqual([]);
  });

  it('guesses numerator and denominator rows of a percentage measure', () => {
    const g = makeGrid('Q', [
      ['Indicator', 'Q1 2024/25', 'Q2 2024/25'],
      ['Care leavers', '', ''],
      ['Number of care leavers 19-21 in EET', 40, 42],
      ['All care leavers 19-21 (cohort)', 80, 81],
    ]);
    const s = suggestForSheet(g, fw);
    expect(s.map((x) => [x.row, x.measureId, x.role])).toEqual([
      [3, 'C02', 'numerator'],
      [4, expect.stringMatching(/^C0[123]$/), 'denominator'],
    ]);
  });
});
