/** @jest-environment jsdom */
import './testing/setupDom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from './App';
import { FakePmfService, officeError } from './testing/fakeService';
import { renderApp } from './testing/renderApp';

jest.setTimeout(20000);

describe('App', () => {
  it('reads the workbook once and shows its name and five tabs', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    expect(screen.getByText('CLA performance 2024-25.xlsx')).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent?.replace(/(\w+)\1/, '$1'))).toEqual([
      'Tag',
      'Check',
      'Figures',
      'Summary',
      'Framework',
    ]);
    expect(service.callsOf('load')).toEqual([[undefined]]);
  });

  it('shows a clear error when the workbook cannot be read, and tries again', async () => {
    const service = new FakePmfService();
    service.failNext('load', officeError('InvalidOperation'));
    render(<App service={service} />);
    await screen.findByText('Could not read the workbook');
    expect(screen.getByText('Excel is busy: finish editing the cell, then try again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('tabpanel', { hidden: false });
    expect(screen.queryByText('Could not read the workbook')).toBeNull();
  });

  it('keeps typed commentary when the user switches tabs and back', async () => {
    await renderApp(new FakePmfService(), 'summary');
    fireEvent.change(screen.getByLabelText('Commentary for D02'), {
      target: { value: 'Draft for the Panel' },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Figures' }));
    await waitFor(() => expect(screen.getByRole('tabpanel', { hidden: false }).id).toBe('panel-figures'));
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    expect((screen.getByLabelText('Commentary for D02') as HTMLTextAreaElement).value).toBe(
      'Draft for the Panel',
    );
  });

  it('lists settings problems from the workbook', async () => {
    const service = new FakePmfService();
    service.settingsProblems = ["Row 7 of the settings sheet: target 'ninety' for H01 is not a number."];
    await renderApp(service);
    expect(screen.getByText('Some settings could not be read')).toBeTruthy();
    expect(screen.getByText(/target 'ninety' for H01/)).toBeTruthy();
  });

  it('stops following the selection when the pane closes', async () => {
    const service = new FakePmfService();
    const { unmount } = await renderApp(service);
    await waitFor(() => expect(service.listenerCount).toBe(1));
    unmount();
    expect(service.listenerCount).toBe(0);
  });
});
