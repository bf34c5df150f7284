import { kloeNoCoverage } from './kloe-no-coverage';
import { checkContext, figures, framework, kloe, measure, rowTag } from '../../../../test/domain/builders';

const fw = framework({
  kloes: [
    kloe('K04', 'Stability and safety'),
    kloe('K07', 'Residential care'),
    kloe('K10', 'Voice'),
    kloe('K11', 'Members'),
  ],
  measures: [
    measure({ id: 'S01', kloes: ['K04'] }),
    measure({ id: 'P02', kloes: ['K07'] }),
    measure({ id: 'V01', kloes: ['K10'] }),
    measure({ id: 'M03', kloes: ['K11'] }),
  ],
  evidence: [{ kloeId: 'K10', text: 'Children in Care Council met four times.' }],
});

describe('kloe-no-coverage', () => {
  it('reports KLOEs with no tagged measure and no evidence', () => {
    const out = kloeNoCoverage.run(
      checkContext({
        framework: fw,
        tags: [rowTag({ measureId: 'S01' })],
        figures: [figures({ measureId: 'M03' })],
      }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kloeId: 'K07', severity: 'warning' });
    expect(out[0].message).toContain('K07 Residential care');
    expect(out[0].cell).toBeUndefined();
  });
});
