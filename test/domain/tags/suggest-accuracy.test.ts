import { defaultFramework } from '../../../src/domain/framework/framework';
import { measureSuggestionAccuracy } from '../../../src/domain/tags/suggest';
import { HELD_OUT_CORPUS, LABEL_CORPUS } from './label-corpus';

describe('suggestion accuracy on the labelled corpus', () => {
  it('has at least 80 labelled officer wordings', () => {
    expect(LABEL_CORPUS.length).toBeGreaterThanOrEqual(80);
  });

  it('puts the right measure first for at least 85% of labels', () => {
    const report = measureSuggestionAccuracy(LABEL_CORPUS, defaultFramework());
    console.log(
      `suggestMeasures: top-1 ${report.top1}/${report.total} = ${(report.accuracy * 100).toFixed(1)}%, ` +
        `top-3 ${(report.top3Accuracy * 100).toFixed(1)}%` +
        (report.misses.length
          ? '\nmisses:\n' +
            report.misses
              .map(
                (m) =>
                  `  ${m.expected} <- '${m.label}': ${m.got.map((g) => `${g.measureId} ${g.score}`).join(', ')}`,
              )
              .join('\n')
          : ''),
    );
    expect(report.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('does well on wordings it was not tuned on (the held-out batch)', () => {
    const report = measureSuggestionAccuracy(HELD_OUT_CORPUS, defaultFramework());
    console.log(
      `held-out: top-1 ${report.top1}/${report.total} = ${(report.accuracy * 100).toFixed(1)}%, ` +
        `top-3 ${(report.top3Accuracy * 100).toFixed(1)}%` +
        (report.misses.length
          ? '\nmisses:\n' +
            report.misses
              .map(
                (m) =>
                  `  ${m.expected} <- '${m.label}': ${m.got.map((g) => `${g.measureId} ${g.score}`).join(', ')}`,
              )
              .join('\n')
          : ''),
    );
    expect(report.accuracy).toBeGreaterThanOrEqual(0.75);
  });
});
