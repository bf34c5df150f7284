/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(20000);
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cellRef } from '../../../domain/grid';
import { FakePmfService } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';

function card(measureId: string) {
  return within(document.querySelector(`[data-measure="${measureId}"]`) as HTMLElement);
}

describe('Figures view', () => {
  it('shows latest, previous, change, direction, RAG text and counts beside percentages', async () => {
    await renderApp(new FakePmfService(), 'figures');
    const h01 = card('H01');
    expect(h01.getByText('92.9%')).toBeTruthy();
    expect(h01.getByText('Mar-25 · 79 of 85')).toBeTruthy();
    expect(h01.getByText('88.1% in Feb-25 (74 of 84)')).toBeTruthy();
    expect(h01.getByText(/\+4\.8 pp/)).toBeTruthy();
    expect(h01.getByText('Improving')).toBeTruthy();
    expect(h01.getByLabelText('RAG rating: Green').textContent).toBe('Green');
    expect(h01.getByText(/^90\.0% from the Framework settings; amber within 5%$/)).toBeTruthy();
    expect(h01.getByText(/89\.5% – ours is better by 3\.4 pp/)).toBeTruthy();

    const s01 = card('S01');
    expect(s01.getByLabelText('RAG rating: Red').textContent).toBe('Red');
    expect(s01.getByText('Worsening')).toBeTruthy();
    expect(s01.getByText('Fewer than 10 children in the denominator in Mar-25.')).toBeTruthy();

    expect(card('D02').getByText('67.3 per 10k')).toBeTruthy();
    expect(card('D02').getByLabelText('RAG rating: no target')).toBeTruthy();
    expect(card('M04').getByText('Records').nextElementSibling?.textContent).toBe(
      '44 children, 163 incidents in all; mean 3.70 incidents per child, median 2; 27.3% of children with 3 or more; the most frequent tenth of children account for 41.1% of incidents; 2 unreadable left out',
    );
  });

  it("says what a ratio's counts count, uses the summary sheet's direction words, and England's year unbracketed", async () => {
    const service = new FakePmfService();
    service.framework = {
      ...service.framework,
      measures: [
        ...service.framework.measures,
        {
          id: 'M03',
          name: 'Missing incidents per child who went missing',
          kloes: ['K04'],
          unit: 'ratio',
          polarity: 'lower',
          frequency: 'monthly',
          source: 'local',
          derived: true,
          custom: false,
        },
      ],
    };
    const m03 = {
      ...service.figures[0],
      measureId: 'M03',
      latest: { period: '2025-03', label: 'Mar-25', value: 3.65, numerator: 84, denominator: 23 },
      previous: { period: '2025-02', label: 'Feb-25', value: 3.2, numerator: 64, denominator: 20 },
      change: 0.45,
      relativeChange: 14,
      direction: 'worsening' as const,
      ratePer10k: null,
      comparators: {
        england: {
          value: 3.5,
          source: 'framework' as const,
          year: '2023 (30 September)',
          versus: 'worse' as const,
          gap: 0.15,
        },
        statNeighbours: null,
        region: null,
      },
    };
    service.figures = [...service.figures, m03];
    await renderApp(service, 'figures');
    const c = card('M03');
    expect(c.getByText('Mar-25 · 84 incidents / 23 children')).toBeTruthy();
    expect(c.getByText('3.20 in Feb-25 (64 incidents / 20 children)')).toBeTruthy();
    expect(c.queryByText(/84 of 23/)).toBeNull();
    expect(c.getByText('Worsening')).toBeTruthy();
    expect(c.getByText(/^3\.50 \(30 September 2023\)/)).toBeTruthy();
    // Context-only D02 has no better or worse: it says which way it moved, as the sheet does.
    expect(card('D02').getByText('Stable')).toBeTruthy();
  });

  it("says where each target comes from, and when the sheet's own target is not used", async () => {
    const service = new FakePmfService();
    service.figures = service.figures.map((f) =>
      f.measureId === 'D02'
        ? {
            ...f,
            target: 400,
            targetSource: { from: 'sheet', sheet: { value: 400, cell: cellRef('Monthly', 5, 17) } },
          }
        : f,
    );
    await renderApp(service, 'figures');
    const dd = (id: string) => card(id).getByText('Target').nextElementSibling as HTMLElement;
    expect(dd('D02').textContent).toBe('400 from Monthly!Q5; amber within 5%');
    expect(dd('S01').textContent).toBe(
      "9.0% from the Framework settings (the sheet's 10.0% at Monthly!Q20 is not used: the Framework setting wins); amber within 5%",
    );
    expect(dd('M04').textContent).toBe('none set');
    fireEvent.click(card('S01').getByRole('button', { name: 'Go to Monthly!Q20' }));
    await waitFor(() =>
      expect(service.callsOf('select')).toEqual([[{ sheet: 'Monthly', row: 20, col: 17, address: 'Q20' }]]),
    );
  });

  it('says what the figures mean in a sentence, before the numbers', async () => {
    await renderApp(new FakePmfService(), 'figures');
    const sentence = card('H01').getByText(/^79 of 85 \(92\.9%\) in March 2025/);
    expect(sentence.textContent).toMatch(
      /up from 88\.1% in February, an improvement: better than our target of 90\.0%/,
    );
    expect(sentence.tagName).toBe('P');
  });

  it('says who went missing for M04 worked out from a missing log, once, with the table it came from', async () => {
    const service = new FakePmfService();
    const text = "the missing table ('Missing log'!A3:E120)";
    const who =
      '41 children went missing 96 times; 9 of them three or more times; the most frequently missing 5 ' +
      'children account for 48% of incidents. 7 away incidents are not counted as missing.';
    service.figures = service.figures.map((f) =>
      f.measureId !== 'M04'
        ? f
        : {
            ...f,
            latest: { period: '2024/25', label: '2024/25', value: 22, numerator: 9, denominator: 41 },
            records: null,
            notes: [
              { code: 'derived', text: `Derived from ${text}.` },
              { code: 'repeatMissing', text: who },
            ],
            derivedFrom: { source: 'missing', sheet: 'Missing log', range: 'A3:E120', text },
            repeatMissing: {
              period: '2024/25',
              children: 41,
              incidents: 96,
              threeOrMore: 9,
              topChildren: 5,
              topIncidents: 46,
              topShare: 47.9,
              away: 7,
              text: who,
            },
          },
    );
    await renderApp(service, 'figures');
    const m04 = card('M04');
    const sentence = m04.getByText(/^9 of 41 \(22\.0%\) in 2024\/25\./);
    expect(sentence.textContent).toContain(who);
    // The data notes say where the figures come from, and do not repeat the sentence.
    const notes = m04.getByRole('list', { name: 'Data notes' });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`Derived from ${text}.`]);
  });

  it('draws a trend sparkline described in words, with gaps for missing periods', async () => {
    await renderApp(new FakePmfService(), 'figures');
    const chart = card('H01').getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Trend over 6 periods: 85.2% in Oct-24 to 92.9% in Mar-25');
    // One null in the trend splits the line in two.
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    // No trend, no chart.
    expect(card('M04').queryByRole('img')).toBeNull();
  });

  it('reads a measure with enough history on an XmR chart, with the two icons in words', async () => {
    await renderApp(new FakePmfService(), 'figures');
    const s01 = card('S01');
    expect(
      s01.getByText(
        'Special cause: concern, above the upper process limit and seven months above the usual level',
      ),
    ).toBeTruthy();
    expect(s01.getByText('Target hit and miss')).toBeTruthy();
    const chart = s01
      .getAllByRole('img')
      .find((el) => el.getAttribute('data-chart') === 'xmr') as HTMLElement;
    expect(chart.getAttribute('aria-label')).toMatch(
      /^S01 .*: XmR chart of 20 points, Aug-23 to Mar-25, .* special causes: Sep-24 to Mar-25 \(concern\)\.$/,
    );
    // Too short a history says so; no history over time says nothing.
    expect(card('H01').getByText('Control chart: too few points: 9 of the 12 needed.')).toBeTruthy();
    expect(card('M04').queryByText(/Control chart/)).toBeNull();
  });

  it('groups by KLOE, filters, and goes to the source cell', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'figures');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'K00 Context and demand',
      'K03 Health and wellbeing',
      'K04 Stability and safety',
    ]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter figures' }), {
      target: { value: 'health' },
    });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'K03 Health and wellbeing',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Go to the source of H01/ }));
    await waitFor(() =>
      expect(service.callsOf('select')).toEqual([[{ sheet: 'Monthly', row: 12, col: 8, address: 'H12' }]]),
    );
  });
});
