/** @jest-environment jsdom */
import '../testing/setupDom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakePmfService } from '../testing/fakeService';
import { renderApp } from '../testing/renderApp';

jest.setTimeout(60000);

/** The fake's H01 figure after the officer changes the Mar-25 counts in Excel. */
function changeH01(service: FakePmfService, value: number) {
  service.figures = service.figures.map((f) =>
    f.measureId === 'H01' && f.latest ? { ...f, latest: { ...f.latest, value } } : f,
  );
}

const card = (id: string) => within(document.querySelector(`[data-measure="${id}"]`) as HTMLElement);

describe('figures never stale', () => {
  it('watches the tagged sheets for changes', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'figures');
    await waitFor(() =>
      expect(service.watchedSheets).toEqual([
        'Care leavers 2023',
        'Missing episodes',
        'Monthly',
        'Quarterly',
      ]),
    );
  });

  it('marks the shown figures out of date at once, reads again, and says "Figures updated" in words', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'figures');
    await waitFor(() => expect(service.watchedSheets.length).toBeGreaterThan(0));
    expect(card('H01').getByText('92.9%')).toBeTruthy();
    const loads = service.callsOf('load').length;
    changeH01(service, 95.1);
    act(() => service.changeCells('Monthly', 'H12'));
    expect(screen.getByText('Out of date')).toBeTruthy();
    expect(screen.getByText('Monthly!H12 changed since these figures were read.')).toBeTruthy();
    await screen.findByText('Figures updated: Monthly!H12 had changed.', undefined, { timeout: 10000 });
    expect(card('H01').getByText('95.1%')).toBeTruthy();
    expect(screen.queryByText('Out of date')).toBeNull();
    expect(service.callsOf('load').length).toBe(loads + 1);
  });

  it('reads again when a view with figures is opened after a change, not before', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'tag');
    await waitFor(() => expect(service.watchedSheets.length).toBeGreaterThan(0));
    const loads = service.callsOf('load').length;
    changeH01(service, 80.5);
    act(() => service.changeCells('Monthly', 'H12'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(service.callsOf('load').length).toBe(loads);
    fireEvent.click(screen.getByRole('tab', { name: 'Figures' }));
    await screen.findByText('Figures updated: Monthly!H12 had changed.', undefined, { timeout: 10000 });
    expect(card('H01').getByText('80.5%')).toBeTruthy();
  });

  it('offers Read again while out of date', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'check');
    await waitFor(() => expect(service.watchedSheets.length).toBeGreaterThan(0));
    service.failNext('load', new Error('Excel is busy'));
    act(() => service.changeCells('Quarterly', 'C7'));
    // The automatic read fails: the bar stays, with its button.
    const again = await screen.findByRole('button', { name: 'Read again' });
    await waitFor(() => expect(screen.getByText('Could not read the workbook')).toBeTruthy(), {
      timeout: 10000,
    });
    expect(screen.getByText('Out of date')).toBeTruthy();
    fireEvent.click(again);
    await screen.findByText('Figures updated: Quarterly!C7 had changed.', undefined, { timeout: 10000 });
    expect(screen.queryByText('Out of date')).toBeNull();
  });
});
