import { buildSummaryModel, DEFAULT_SUMMARY_TITLE } from '../../../src/domain/summary/model';
import { figures, finding, framework, kloe, measure, model, note } from './builders';

const fw = framework({
  kloes: [
    kloe('K00', 'Context and demand'),
    kloe('K01', 'Commissioning'),
    kloe('K04', 'Stability'),
    kloe('K10', 'Voice'),
  ],
  measures: [
    measure('D02', { kloes: ['K00'], unit: 'count', polarity: 'contextual' }),
    measure('P05', { kloes: ['K01', 'K04'] }),
    measure('S01', { kloes: ['K04'] }),
    measure('S03', { kloes: ['K04', 'K05'], polarity: 'higher' }),
    measure('V04', { kloes: ['K10'], polarity: 'higher' }),
  ],
  settings: { S01: { target: 9, comment: 'Three children moved twice', action: 'Stability meetings' } },
  evidence: [
    note('K10', 'Members attended training', '2025-01-12'),
    note('K01', 'Sufficiency strategy agreed'),
  ],
});

describe('buildSummaryModel', () => {
  const m = model(fw, [figures('S01'), figures('P05'), figures('D02'), figures('S03')], [finding()]);

  it('has every KLOE, in framework order, context and demand first', () => {
    expect(m.sections.map((s) => s.kloe.id)).toEqual(['K00', 'K01', 'K04', 'K10']);
  });

  it('puts under each KLOE the measures with figures, in framework measure order', () => {
    expect(m.sections.map((s) => s.rows.map((r) => r.measure.id))).toEqual([
      ['D02'],
      ['P05'],
      ['P05', 'S01', 'S03'],
      [],
    ]);
  });

  it('shows a measure in several KLOEs under each of them', () => {
    const k01 = m.sections.find((s) => s.kloe.id === 'K01')!;
    const k04 = m.sections.find((s) => s.kloe.id === 'K04')!;
    expect(k01.rows[0].measure.id).toBe('P05');
    expect(k04.rows[0].measure.id).toBe('P05');
  });

  it('carries settings and the link to the source cell', () => {
    const s01 = m.sections[2].rows[1];
    expect(s01.settings).toEqual({
      target: 9,
      comment: 'Three children moved twice',
      action: 'Stability meetings',
    });
    expect(s01.link).toEqual({ sheet: 'Monthly data', row: 12, col: 6, address: 'F12' });
    expect(m.sections[0].rows[0].settings).toEqual({});
  });

  it('carries evidence notes for each KLOE, measured or not', () => {
    expect(m.sections[3].evidence).toEqual([note('K10', 'Members attended training', '2025-01-12')]);
    expect(m.sections[1].evidence.map((e) => e.text)).toEqual(['Sufficiency strategy agreed']);
    expect(m.sections[0].evidence).toEqual([]);
  });

  it('lists definitions once each, in the order first shown', () => {
    expect(m.definitions.map((d) => d.id)).toEqual(['D02', 'P05', 'S01', 'S03']);
  });

  it('keeps the title, dates, workbook and findings', () => {
    expect(m.title).toBe(DEFAULT_SUMMARY_TITLE);
    expect(m.asAt).toBe('2025-03-31');
    expect(m.producedAt).toBe('2025-04-02T13:05:00Z');
    expect(m.workbookName).toBe('Council PMF 2024-25.xlsx');
    expect(m.findings).toHaveLength(1);
    expect(model(fw, [], [], 'Panel, June 2025').title).toBe('Panel, June 2025');
  });

  it('leaves out untagged figures with nothing to show, unknown measures and duplicates', () => {
    const m2 = buildSummaryModel({
      framework: fw,
      figures: [
        figures('S01', { tagIds: [], latest: null, records: null }),
        figures('ZZ9'),
        figures('D02', { latest: null, tagIds: ['t-1'] }),
        figures('D02', { tagIds: ['t-2'] }),
      ],
      findings: [],
      asAt: '2025-03-31',
      producedAt: '2025-04-02T13:05:00Z',
      workbookName: 'x.xlsx',
    });
    expect(m2.sections.flatMap((s) => s.rows.map((r) => r.measure.id))).toEqual(['D02']);
    expect(m2.sections[0].rows[0].figures.tagIds).toEqual(['t-1']);
  });

  it('shows a derived measure that has a figure but no tag of its own', () => {
    const m3 = model(fw, [figures('S01', { tagIds: [] })]);
    expect(m3.sections[2].rows.map((r) => r.measure.id)).toEqual(['S01']);
  });
});
