/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(30000);
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakePmfService, sampleSelection } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';
import { recogniseLongTable } from '../../../domain/layout/longTableShape';
import { handGrid } from '../../../../test/fixtures/handGrid';
import { TIDY, tidyRows } from '../../../../test/fixtures/benchmark-rows';

/** The Tag button, found by its text: role queries over the whole pane are slow in jsdom. */
function tagButton(): HTMLButtonElement {
  return screen.getByText('Tag', { selector: 'button' }) as HTMLButtonElement;
}

function optionFor(id: string) {
  return screen.getAllByRole('option').find((o) => o.textContent?.startsWith(id))!;
}

/** The selection of Anyshire's 2024 EET figure in the tidy table, as describeSelection gives it. */
function tidySelection() {
  const grid = handGrid(tidyRows(), { name: TIDY.sheet });
  const row = 96;
  const longTable = recogniseLongTable(grid, row, 14)!;
  return {
    ...sampleSelection(),
    sheet: TIDY.sheet,
    row,
    column: 14,
    address: `N${row}`,
    label: 'Reporting year',
    headerRow: null,
    periods: [],
    latest: null,
    suggestions: [{ measureId: 'C02', score: 0.8 }],
    longTable,
  };
}

describe('Tag view on a long (tidy) table', () => {
  it('proposes our area from the selected row, England and our region, and tags the peers picked in one write', async () => {
    const service = new FakePmfService({ selection: tidySelection() });
    await renderApp(service);
    await screen.findByText('A long table: one row per area and period');
    expect(
      screen.getByLabelText("Our area = Anyshire (the selected row's), as the measure's value"),
    ).toBeTruthy();
    const areas = within(screen.getByLabelText('Areas found in the table'));
    expect((areas.getByLabelText('England as') as HTMLSelectElement).value).toBe('england');
    expect((areas.getByLabelText('North East as') as HTMLSelectElement).value).toBe('region');
    expect((areas.getByLabelText('Darlington as') as HTMLSelectElement).value).toBe('');
    fireEvent.click(optionFor('C02'));
    fireEvent.change(areas.getByLabelText('Darlington as'), { target: { value: 'peers' } });
    fireEvent.change(areas.getByLabelText('Barnsley as'), { target: { value: 'peers' } });
    fireEvent.click(screen.getByText('Tag our area and 3 comparators', { selector: 'button' }));
    await screen.findByText(/Made 4 tags on the long table of 'Care leavers \(EES\)' for C02/);
    const eet = { column: 'characteristic', values: [TIDY.eet] };
    const base = {
      kind: 'longTable',
      sheet: TIDY.sheet,
      column: 14,
      measureId: 'C02',
      periodColumn: 'time_period',
      firstRow: 4,
      lastRow: 113,
    };
    expect(service.callsOf('tagMany')).toEqual([
      [
        [
          {
            ...base,
            role: 'value',
            where: [
              { column: 'geographic_level', values: ['Local authority'] },
              { column: 'la_name', values: ['Anyshire'] },
              eet,
            ],
          },
          {
            ...base,
            role: 'england',
            where: [
              { column: 'geographic_level', values: ['National'] },
              { column: 'country_name', values: ['England'] },
              eet,
            ],
          },
          {
            ...base,
            role: 'region',
            where: [
              { column: 'geographic_level', values: ['Regional'] },
              { column: 'region_name', values: ['North East'] },
              eet,
            ],
          },
          {
            ...base,
            role: 'peers',
            where: [{ column: 'la_name', values: ['Darlington', 'Barnsley'] }, eet],
            by: 'la_name',
          },
        ],
      ],
    ]);
  });

  it('asks for a measure, and for our area or a comparator, before tagging', async () => {
    await renderApp(new FakePmfService({ selection: tidySelection() }));
    await screen.findByText('A long table: one row per area and period');
    expect(screen.getByText('Pick a measure.')).toBeTruthy();
    fireEvent.click(optionFor('C02'));
    fireEvent.click(screen.getByLabelText(/Our area = Anyshire/));
    const areas = within(screen.getByLabelText('Areas found in the table'));
    fireEvent.change(areas.getByLabelText('England as'), { target: { value: '' } });
    fireEvent.change(areas.getByLabelText('North East as'), { target: { value: '' } });
    expect(screen.getByText('Tick our area or pick a comparator.')).toBeTruthy();
    expect(
      (screen.getByText('Tag 0 comparators', { selector: 'button' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

describe('Tag view on an area table', () => {
  it("proposes England's row as England, and tags it so", async () => {
    const service = new FakePmfService({
      selection: {
        ...sampleSelection(),
        sheet: 'EET 19-21 (LAIT)',
        row: 5,
        label: 'England',
        areaTable: {
          heading: 'Care leavers aged 19 to 21 in education, employment or training (%)',
          role: 'england',
        },
      },
    });
    await renderApp(service);
    await screen.findByText(/the measure is suggested from ‘Care leavers aged 19 to 21/);
    expect((screen.getByLabelText('England') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(optionFor('C02'));
    fireEvent.click(tagButton());
    await waitFor(() =>
      expect(service.callsOf('tag')).toEqual([
        [{ kind: 'row', sheet: 'EET 19-21 (LAIT)', row: 5, measureId: 'C02', role: 'england' }],
      ]),
    );
  });

  it('tags a named comparator only with its name, and a block of peers with its rows', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    await screen.findByText("'Monthly'!B14");
    fireEvent.click(screen.getByText(/A benchmark: England, region/));
    fireEvent.click(optionFor('H01'));
    fireEvent.click(screen.getByLabelText('A comparator I name'));
    expect(screen.getByText('Name the comparator.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Name of the comparator/), {
      target: { value: 'All children in the county' },
    });
    fireEvent.click(tagButton());
    await waitFor(() =>
      expect(service.callsOf('tag')[0]).toEqual([
        {
          kind: 'row',
          sheet: 'Monthly',
          row: 14,
          measureId: 'H01',
          role: 'comparator',
          name: 'All children in the county',
        },
      ]),
    );
    fireEvent.click(screen.getByLabelText('Peers: a block of rows, one authority each'));
    fireEvent.change(screen.getByLabelText('First row of the peers'), {
      target: { value: '15' },
    });
    fireEvent.change(screen.getByLabelText('Last row of the peers'), {
      target: { value: '42' },
    });
    await waitFor(() => expect(tagButton().disabled).toBe(false));
    fireEvent.click(tagButton());
    await waitFor(() =>
      expect(service.callsOf('tag')[1]).toEqual([
        { kind: 'row', sheet: 'Monthly', row: 15, lastRow: 42, measureId: 'H01', role: 'peers' },
      ]),
    );
  });
});

describe('Figures view with benchmarks', () => {
  it("shows a comparator's period when it is not ours, the neighbours' mean of how many, named comparators and the rank", async () => {
    const service = new FakePmfService();
    service.figures = service.figures.map((f) =>
      f.measureId !== 'S01'
        ? f
        : {
            ...f,
            comparators: {
              england: {
                value: 10.8,
                source: 'workbook',
                versus: 'worse',
                gap: 0.6,
                period: '2025-02',
                periodLabel: 'Feb-25',
              },
              statNeighbours: {
                value: 12,
                source: 'workbook',
                versus: 'better',
                gap: -0.6,
                period: '2025-03',
                periodLabel: 'Mar-25',
                from: 8,
              },
              region: null,
              named: [
                {
                  name: 'All children in the county',
                  value: 4.1,
                  source: 'workbook',
                  versus: 'worse',
                  gap: 7.3,
                  period: '2025-03',
                },
              ],
            },
            rank: { position: 7, of: 11, quartile: 3, period: '2025-03' },
          },
    );
    await renderApp(service, 'figures');
    const s01 = within(document.querySelector('[data-measure="S01"]') as HTMLElement);
    expect(s01.getByText('10.8% for Feb-25 – ours is worse by 0.6 pp')).toBeTruthy();
    expect(s01.getByText('12.0%, mean of 8 – ours is better by 0.6 pp')).toBeTruthy();
    expect(s01.getByText('All children in the county')).toBeTruthy();
    expect(s01.getByText('4.1% – ours is worse by 7.3 pp')).toBeTruthy();
    expect(s01.getByText('7th of 11 (3rd quartile) among us and our peers')).toBeTruthy();
  });
});
