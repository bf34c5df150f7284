/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(20000);
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
    expect(h01.getByText('improving')).toBeTruthy();
    expect(h01.getByLabelText('RAG rating: Green').textContent).toBe('Green');
    expect(h01.getByText('90.0% (amber within 5%)')).toBeTruthy();
    expect(h01.getByText(/89\.5% – ours is better by 3\.4 pp/)).toBeTruthy();

    const s01 = card('S01');
    expect(s01.getByLabelText('RAG rating: Red').textContent).toBe('Red');
    expect(s01.getByText('worsening')).toBeTruthy();
    expect(s01.getByText('Fewer than 10 children in the denominator in Mar-25.')).toBeTruthy();

    expect(card('D02').getByText('67.3 per 10k')).toBeTruthy();
    expect(card('D02').getByLabelText('RAG rating: no target')).toBeTruthy();
    expect(card('M04').getByText(/44 with a value, 163 in all; mean 3\.70, median 2/)).toBeTruthy();
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
