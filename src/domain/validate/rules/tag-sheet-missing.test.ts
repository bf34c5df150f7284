import { tagSheetMissing } from './tag-sheet-missing';
import { checkContext, framework, measure, rowSeries, rowTag } from '../../../../test/domain/builders';

const fw = framework({ measures: [measure({ id: 'S01', name: 'Children with three or more placements' })] });

describe('tag-sheet-missing', () => {
  it('reports a tag whose sheet has gone, naming the measure and the sheet', () => {
    const s = rowSeries({ measureId: 'S01', sheet: 'Old data', state: { status: 'sheetGone' } });
    const out = tagSheetMissing.run(
      checkContext({ framework: fw, series: [s], sheetNames: ['Monthly PMF'] }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      ruleId: 'tag-sheet-missing',
      severity: 'error',
      measureId: 'S01',
      tagId: s.tag.id,
    });
    expect(out[0].message).toContain('S01 Children with three or more placements');
    expect(out[0].message).toContain("'Old data'");
  });

  it('also catches a tag with no series whose sheet is not in the workbook, once', () => {
    const tag = rowTag({ measureId: 'S01', sheet: 'Gone' });
    expect(
      tagSheetMissing.run(checkContext({ framework: fw, tags: [tag], sheetNames: ['Monthly PMF'] })),
    ).toHaveLength(1);
  });

  it('is quiet when the sheet is there', () => {
    const s = rowSeries({ measureId: 'S01', values: { '2025-03': 1 } });
    expect(tagSheetMissing.run(checkContext({ framework: fw, series: [s] }))).toEqual([]);
  });
});
