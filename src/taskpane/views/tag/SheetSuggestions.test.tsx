/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(60000);
import { fireEvent, screen, waitFor } from '@testing-library/react';
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
});
