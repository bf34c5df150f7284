/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(20000);
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakePmfService, officeError } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';

describe('Check view', () => {
  it('lists findings by severity with counts, grouped by measure', async () => {
    await renderApp(new FakePmfService(), 'check');
    expect(screen.getByText('2 errors')).toBeTruthy();
    expect(screen.getByText('2 warnings')).toBeTruthy();
    expect(screen.getByText('2 notes')).toBeTruthy();
    const errors = within(screen.getByRole('region', { name: 'Errors (2)' }));
    expect(errors.getByText('H01 Annual health assessment up to date')).toBeTruthy();
    expect(errors.getByText(/holds #DIV\/0!/)).toBeTruthy();
    const info = within(screen.getByRole('region', { name: 'Information (2)' }));
    expect(info.getByText('K08 Care leavers')).toBeTruthy();
    // Severity order: errors, then warnings, then information.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Errors (2)', 'Warnings (2)', 'Information (2)']);
  });

  it('selects a finding’s cell when it is clicked', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'check');
    fireEvent.click(screen.getByRole('button', { name: /suppressed \('c'\).*Go to Monthly!F20/ }));
    await waitFor(() =>
      expect(service.callsOf('select')).toEqual([[{ sheet: 'Monthly', row: 20, col: 6, address: 'F20' }]]),
    );
    // Workbook-wide findings have no cell to go to.
    expect(screen.queryByRole('button', { name: /D02 has no target/ })).toBeNull();
  });

  it('says plainly when the sheet of a finding was deleted', async () => {
    const service = new FakePmfService();
    service.sheetNames = ['Quarterly'];
    await renderApp(service, 'check');
    fireEvent.click(screen.getByRole('button', { name: /holds #DIV\/0!/ }));
    await screen.findByText("The sheet 'Monthly' was deleted meanwhile.");
  });

  it('runs the checks again as at the chosen date, typed day first', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'check');
    service.findings = [];
    const asAt = screen.getByLabelText('As at') as HTMLInputElement;
    // Shown and typed day first, whatever the browser's own date box would do.
    expect(asAt.value).toBe('31/03/2025');
    fireEvent.change(asAt, { target: { value: '6/30/2025' } });
    expect(screen.getByText('Enter the date as day/month/year, such as 31/03/2025.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Run checks' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(asAt, { target: { value: '30/6/2025' } });
    expect(screen.getByText('30 June 2025')).toBeTruthy();
    fireEvent.blur(asAt);
    expect(asAt.value).toBe('30/06/2025');
    fireEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    await screen.findByText('No problems found in the tagged data.');
    expect(service.callsOf('load').at(-1)).toEqual(['2025-06-30']);
    expect(screen.getByText(/as at 30 Jun 2025/)).toBeTruthy();
  });

  it('keeps the findings and shows the error when the checks fail to run', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'check');
    service.failNext('load', officeError('GeneralException'));
    fireEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    await screen.findByText('Excel is busy: finish editing the cell, then try again.');
    expect(screen.getByText('2 errors')).toBeTruthy();
  });
});
