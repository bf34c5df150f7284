/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(60000);
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakePmfService, officeError } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';

describe('Tag a whole sheet', () => {
  it('proposes measures for the selected sheet, good matches accepted, and tags the accepted rows in one call', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    fireEvent.click(await screen.findByRole('button', { name: "Suggest tags for 'Monthly'" }));
    await screen.findByText(/3 proposals for 'Monthly'; 2 accepted/);
    expect(service.callsOf('suggestSheet')).toEqual([['Monthly']]);
    const weak = screen.getByRole('checkbox', {
      name: /row 23 'No\. of missing episodes' as M02/,
    }) as HTMLInputElement;
    expect(weak.checked).toBe(false);
    // The officer rejects one good match and accepts the weak one.
    fireEvent.click(screen.getByRole('checkbox', { name: /row 22 'Dental checks' as H02/ }));
    fireEvent.click(weak);
    fireEvent.click(screen.getByRole('button', { name: 'Tag 2 accepted' }));
    await screen.findByText("Tagged 2 rows of 'Monthly'.");
    expect(service.callsOf('tagMany')).toEqual([
      [
        [
          { kind: 'row', sheet: 'Monthly', row: 21, measureId: 'H01', role: 'value' },
          { kind: 'row', sheet: 'Monthly', row: 23, measureId: 'M02', role: 'value' },
        ],
      ],
    ]);
    // What is left is the rejected proposal, still there to accept later.
    await waitFor(() => expect(screen.getByText(/1 proposal for 'Monthly'; 0 accepted/)).toBeTruthy());
  });

  it('tags nothing until the officer accepts, and shows a failure without losing the proposals', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    fireEvent.click(await screen.findByRole('button', { name: "Suggest tags for 'Monthly'" }));
    await screen.findByText(/3 proposals/);
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect((screen.getByRole('button', { name: 'Tag 0 accepted' }) as HTMLButtonElement).disabled).toBe(true);
    expect(service.callsOf('tagMany')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    service.failNext('tagMany', officeError('InvalidOperation', 'busy'));
    fireEvent.click(screen.getByRole('button', { name: 'Tag 3 accepted' }));
    await screen.findByText(/Excel is busy/);
    expect(screen.getByText(/3 proposals for 'Monthly'; 3 accepted/)).toBeTruthy();
  });

  it('proposes one row per measure: repeated blocks are grouped under the top row, unticked; picking one swaps', async () => {
    const service = new FakePmfService();
    const repeat = (row: number, team: string) =>
      service.sheetSuggestions.slice(0, 2).map((p, i) => ({ ...p, row: row + i, sectionHeading: team }));
    service.sheetSuggestions = [
      ...service.sheetSuggestions,
      ...repeat(41, 'Team 2'),
      ...repeat(61, 'Team 3'),
    ];
    await renderApp(service);
    fireEvent.click(await screen.findByRole('button', { name: "Suggest tags for 'Monthly'" }));
    await screen.findByText(/7 proposals for 'Monthly'; 2 accepted/);
    expect(screen.getByText(/A measure takes one row of a sheet/)).toBeTruthy();
    // H01's group: row 21 proposed, rows 41 and 61 listed under it once opened, not accepted.
    const h01 = within(document.querySelector('[data-measure="H01"]') as HTMLElement);
    const summary = h01.getByText(/^2 more rows for H01 \(repeated blocks\), not accepted$/);
    fireEvent.click(summary);
    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const row41 = await screen.findByRole('checkbox', { name: /row 41 'Annual health assessments' as H01/ });
    expect((row41 as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('Row 41: ‘Annual health assessments’ (Team 2)')).toBeTruthy();
    // The officer picks Team 2's row instead: row 21 is unticked.
    fireEvent.click(row41);
    expect((screen.getByRole('checkbox', { name: /row 21 .* as H01/ }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(h01.getByText(/row 41 picked/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tag 2 accepted' }));
    await screen.findByText("Tagged 2 rows of 'Monthly'.");
    expect(service.callsOf('tagMany')).toEqual([
      [
        [
          { kind: 'row', sheet: 'Monthly', row: 22, measureId: 'H02', role: 'value' },
          { kind: 'row', sheet: 'Monthly', row: 41, measureId: 'H01', role: 'value' },
        ],
      ],
    ]);
    // Focus moves on to what is left to decide: the first remaining proposal.
    await waitFor(() =>
      expect(
        (document.activeElement as HTMLInputElement | null)
          ?.closest('[data-proposal-row]')
          ?.getAttribute('data-proposal-row'),
      ).toBe('21'),
    );
  });

  it('Accept all takes the top row of each measure, not its repeats; Undo untags what was tagged', async () => {
    const service = new FakePmfService();
    service.sheetSuggestions = [
      ...service.sheetSuggestions,
      { ...service.sheetSuggestions[1], row: 42, sectionHeading: 'Team 2' },
    ];
    await renderApp(service);
    fireEvent.click(await screen.findByRole('button', { name: "Suggest tags for 'Monthly'" }));
    await screen.findByText(/4 proposals for 'Monthly'/);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    // M02 is already tagged in the workbook, but its tag no longer finds its row: it counts for nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Tag 3 accepted' }));
    await screen.findByText("Tagged 3 rows of 'Monthly'.");
    const made = service.tags.filter((t) => t.tag.id.startsWith('t-new')).map((t) => t.tag.id);
    expect(made).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText("Untagged 3 rows of 'Monthly' again.");
    expect(service.callsOf('untagMany')).toEqual([[made]]);
  });
});
