/** @jest-environment jsdom */
import '../../testing/setupDom';
jest.setTimeout(30000);
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { FakePmfService, officeError } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';

describe('Summary view', () => {
  it('writes the summary with progress, then says where it went and what it holds', async () => {
    const service = new FakePmfService({ summaryNameTaken: true });
    await renderApp(service, 'summary');
    // The as-at date is shown the UK way, day first.
    expect((screen.getByLabelText('As at') as HTMLInputElement).value).toBe('31/03/2025');
    expect(screen.getByText('31 March 2025')).toBeTruthy();
    const release = service.holdSummary();
    fireEvent.click(screen.getByRole('button', { name: 'Write summary sheet' }));
    await screen.findByText('Reading tagged rows');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.2');
    expect((screen.getByRole('button', { name: 'Writing…' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await screen.findByText('Summary written to ‘PMF Summary (2)’');
    expect(screen.getByText(/4 measures, 6 findings listed, of which 2 errors to fix/)).toBeTruthy();
    expect(screen.getByText(/A sheet of yours already had the usual name/)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(service.callsOf('writeSummary')).toEqual([['2025-03-31']]);
  });

  it('keeps the typed commentary when saving fails, and saves it on retry', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'summary');
    const box = screen.getByLabelText('Commentary for D02') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Numbers rising with UASC arrivals.' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    service.failNext('saveFramework', officeError('InvalidOperationInCellEditMode'));
    fireEvent.click(screen.getByRole('button', { name: 'Save commentary' }));
    await screen.findByText(
      /Commentary not saved: Excel is busy: finish editing the cell, then try again\. Your text is kept\./,
    );
    expect((screen.getByLabelText('Commentary for D02') as HTMLTextAreaElement).value).toBe(
      'Numbers rising with UASC arrivals.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save commentary' }));
    await screen.findByText('Commentary saved in the workbook.');
    expect(service.framework.settings.D02?.comment).toBe('Numbers rising with UASC arrivals.');
    // Other settings are untouched by the save.
    expect(service.framework.settings.H01).toEqual({
      target: 90,
      tolerance: 5,
      comment: 'Health assessments recovering after the winter backlog.',
    });
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('saves unsaved commentary before writing the summary, and does not write if that fails', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'summary');
    fireEvent.change(screen.getByLabelText('Action for S01'), {
      target: { value: 'Stability meeting for every child with a second move.' },
    });
    service.failNext('saveFramework', new Error('The settings sheet is protected.'));
    fireEvent.click(screen.getByRole('button', { name: 'Write summary sheet' }));
    await screen.findByText(/Commentary not saved: The settings sheet is protected\./);
    expect(service.callsOf('writeSummary')).toHaveLength(0);
    expect((screen.getByLabelText('Action for S01') as HTMLTextAreaElement).value).toMatch(
      /^Stability meeting/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Write summary sheet' }));
    await screen.findByText('Summary written to ‘PMF Summary’');
    expect(
      screen.getByText(/The front page for the Panel is in ‘PMF Front page’, just before it\./),
    ).toBeTruthy();
    expect(service.framework.settings.S01).toEqual({
      target: 9,
      action: 'Stability meeting for every child with a second move.',
    });
  });

  it('adds and removes evidence notes per KLOE', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'summary');
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Write the evidence note first.')).toBeTruthy();
    expect(service.callsOf('saveFramework')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Line of enquiry'), { target: { value: 'K08' } });
    fireEvent.change(screen.getByLabelText('Evidence note'), {
      target: { value: 'Care leavers forum met twice; housing pathway agreed.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByText('Evidence note added.');
    expect(service.framework.evidence.map((e) => [e.kloeId, e.text])).toEqual([
      ['K10', 'Children in Care Council attended the March Panel.'],
      ['K08', 'Care leavers forum met twice; housing pathway agreed.'],
    ]);
    expect((screen.getByLabelText('Evidence note') as HTMLTextAreaElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove evidence note 1 for K10' }));
    await screen.findByText('Evidence note for K10 removed.');
    expect(service.framework.evidence.map((e) => e.kloeId)).toEqual(['K08']);
  });

  it('refuses to write without a valid as-at date', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'summary');
    fireEvent.change(screen.getByLabelText('As at'), { target: { value: '' } });
    expect(screen.getByText('Enter the date the report is as at.')).toBeTruthy();
    const write = screen.getByRole('button', { name: 'Write summary sheet' }) as HTMLButtonElement;
    expect(write.disabled).toBe(true);
    fireEvent.click(write);
    await waitFor(() => expect(service.callsOf('writeSummary')).toHaveLength(0));
  });

  it("shows each measure's latest figure, direction and RAG beside its commentary, filters, and marks unsaved text", async () => {
    const service = new FakePmfService();
    await renderApp(service, 'summary');
    const s01 = within(document.querySelector('[data-measure="S01"]') as HTMLElement);
    expect(s01.getByTestId('figure-line').textContent).toBe('11.4% in Mar-25WorseningRed');
    expect(s01.getByLabelText('RAG rating: Red')).toBeTruthy();
    const shown = () =>
      [...document.querySelectorAll('#panel-summary [data-measure]')].map((e) =>
        e.getAttribute('data-measure'),
      );
    expect(shown()).toEqual(['D02', 'H01', 'S01', 'M02', 'M04', 'C02', 'Q01']);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'redAmber' } });
    expect(shown()).toEqual(['S01']);
    expect(screen.getByText('1 of 7 measures shown')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'noCommentary' } });
    expect(shown()).toEqual(['D02', 'S01', 'M02', 'M04', 'C02', 'Q01']);
    // Typing does not hide the measure being written about; it is marked unsaved until saved.
    fireEvent.change(screen.getByLabelText('Commentary for D02'), { target: { value: 'UASC arrivals.' } });
    expect(shown()).toContain('D02');
    const d02 = within(document.querySelector('[data-measure="D02"]') as HTMLElement);
    expect(d02.getByText('Unsaved')).toBeTruthy();
    expect(
      within(document.querySelector('[data-measure="S01"]') as HTMLElement).queryByText('Unsaved'),
    ).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save commentary' }));
    await screen.findByText('Commentary saved in the workbook.');
    // Saved, D02 has commentary now: it leaves the 'No commentary yet' list, and nothing is unsaved.
    await waitFor(() => expect(shown()).toEqual(['S01', 'M02', 'M04', 'C02', 'Q01']));
    expect(screen.queryByText('Unsaved')).toBeNull();
  });

  it('edits an evidence note in place, dated the UK way, and Undo puts a removed note back where it was', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'summary');
    fireEvent.click(screen.getByRole('button', { name: 'Edit evidence note 1 for K10' }));
    const text = screen.getByLabelText('Evidence note') as HTMLTextAreaElement;
    expect(text.value).toBe('Children in Care Council attended the March Panel.');
    await waitFor(() => expect(document.activeElement).toBe(text));
    const date = screen.getByLabelText('Date of the note') as HTMLInputElement;
    expect(date.value).toBe('12/03/2025');
    fireEvent.change(text, {
      target: { value: 'Children in Care Council presented its survey to the March Panel.' },
    });
    fireEvent.change(date, { target: { value: '14/3/2025' } });
    expect(screen.getByText('14 March 2025')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Evidence note saved.');
    expect(service.framework.evidence).toEqual([
      {
        kloeId: 'K10',
        text: 'Children in Care Council presented its survey to the March Panel.',
        date: '2025-03-14',
      },
    ]);
    // A new note is dated today unless changed; a bad date is refused at its field, which takes the focus.
    fireEvent.change(screen.getByLabelText('Evidence note'), {
      target: { value: 'Care leavers forum met.' },
    });
    fireEvent.change(screen.getByLabelText('Date of the note'), { target: { value: '31/02/2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Enter the date as day/month/year, such as 12/03/2025.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Date of the note')));
    fireEvent.change(screen.getByLabelText('Date of the note'), { target: { value: '28/02/2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await screen.findByText('Evidence note added.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove evidence note 1 for K10' }));
    await screen.findByText('Evidence note for K10 removed.');
    expect(service.framework.evidence.map((e) => e.date)).toEqual(['2025-02-28']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Evidence note for K10 put back.');
    expect(service.framework.evidence.map((e) => [e.kloeId, e.date])).toEqual([
      ['K10', '2025-03-14'],
      ['K10', '2025-02-28'],
    ]);
  });
});
