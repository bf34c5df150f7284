/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(60000);
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakePmfService, officeError, sampleSelection } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';

/** Disabled, or disabled but still focusable (aria-disabled), as the Tag button is. */
function isDisabled(el: HTMLElement): boolean {
  return (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true';
}

const sampleTagIds = ['t-d02', 't-h01n', 't-h01d', 't-s01', 't-m02', 't-q01', 't-c02', 't-m04'];

function optionFor(id: string) {
  return screen.getAllByRole('option').find((o) => o.textContent?.startsWith(id))!;
}

describe('Tag view', () => {
  it('shows the selected row: sheet, cell, label, periods and latest value', async () => {
    const { panel } = await renderApp();
    const p = panel();
    await p.findByText("'Monthly'!B14");
    expect(p.getByText('Dental checks in date')).toBeTruthy();
    expect(p.getByText(/6 periods: Oct-24 to Mar-25 \(header row 3\)/)).toBeTruthy();
    expect(p.getByText('Mar-25: 87.1%')).toBeTruthy();
  });

  it('tags the selected row to the picked measure with the chosen role', async () => {
    const service = new FakePmfService();
    const { panel } = await renderApp(service);
    await panel().findByText("'Monthly'!B14");
    fireEvent.click(optionFor('H01'));
    fireEvent.click(screen.getByRole('radio', { name: 'Numerator' }));
    const tag = screen.getByRole('button', { name: 'Tag' });
    expect((tag as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(tag);
    await screen.findByText(/Tagged row 14 of 'Monthly' to H01/);
    expect(service.callsOf('tag')).toEqual([
      [{ kind: 'row', sheet: 'Monthly', row: 14, measureId: 'H01', role: 'numerator' }],
    ]);
    // The pane re-reads the workbook: the new tag is listed.
    await waitFor(() => expect(screen.getByText(/Tags in this workbook \(9/)).toBeTruthy());
  });

  it('tags a column of child-level records with the row range prefilled from the selection', async () => {
    const service = new FakePmfService({
      selection: {
        ...sampleSelection(),
        sheet: 'Missing episodes',
        row: 120,
        column: 4,
        address: 'D120',
        headerRow: 2,
      },
    });
    await renderApp(service);
    await screen.findByText("'Missing episodes'!D120");
    fireEvent.click(optionFor('M02'));
    fireEvent.click(screen.getByRole('radio', { name: /Child-level records/ }));
    const first = screen.getByRole('spinbutton', { name: 'First row of the records' }) as HTMLInputElement;
    const last = screen.getByRole('spinbutton', { name: 'Last row of the records' }) as HTMLInputElement;
    expect(first.value).toBe('3');
    expect(last.value).toBe('120');
    fireEvent.change(last, { target: { value: '2' } });
    expect(screen.getByText('The last row must not be above the first (row 3).')).toBeTruthy();
    expect(isDisabled(screen.getByRole('button', { name: 'Tag' }))).toBe(true);
    fireEvent.change(last, { target: { value: '118' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tag' }));
    await waitFor(() =>
      expect(service.callsOf('tag')).toEqual([
        [
          {
            kind: 'column',
            sheet: 'Missing episodes',
            column: 4,
            firstRow: 3,
            lastRow: 118,
            measureId: 'M02',
          },
        ],
      ]),
    );
  });

  it('tags a column of a sheet with periods down the rows as a series of values', async () => {
    const service = new FakePmfService({
      selection: {
        ...sampleSelection(),
        sheet: 'By month',
        row: 15,
        column: 3,
        address: 'C15',
        headerRow: 3,
      },
    });
    await renderApp(service);
    await screen.findByText("'By month'!C15");
    fireEvent.click(optionFor('S01'));
    fireEvent.click(screen.getByRole('radio', { name: 'A column of periods (periods down the rows)' }));
    const first = screen.getByRole('spinbutton', { name: 'First row of the records' }) as HTMLInputElement;
    expect(first.value).toBe('4');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Last row of the records' }), {
      target: { value: '18' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tag' }));
    await waitFor(() =>
      expect(service.callsOf('tag')).toEqual([
        [
          {
            kind: 'column',
            sheet: 'By month',
            column: 3,
            firstRow: 4,
            lastRow: 18,
            measureId: 'S01',
            role: 'value',
          },
        ],
      ]),
    );
    // The new tag is listed as a series read down the rows.
    expect(await screen.findByText(/'By month' C4:C18 · Value \(periods down the rows\)/)).toBeTruthy();
  });

  it('opens quietly on a cell that cannot be tagged: no warning, no suggestions, Tag disabled', async () => {
    const service = new FakePmfService({
      selection: {
        ...sampleSelection(),
        row: 1,
        address: 'A1',
        label: 'Anyshire County Council - Children in Care PMF',
        refusal: "Cannot tag row 1 of 'Monthly': it looks like a title or section heading",
      },
    });
    await renderApp(service);
    await screen.findByText('Select a row of figures to tag it.');
    expect(screen.queryByText('This cell cannot be tagged')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Suggested for this row' })).toBeNull();
    fireEvent.click(optionFor('H02'));
    const tag = screen.getByRole('button', { name: 'Tag' });
    expect(isDisabled(tag)).toBe(true);
    fireEvent.click(tag);
    expect(service.callsOf('tag')).toHaveLength(0);
  });

  it('welcomes an officer on a workbook with no tags: what to do first, Tag a whole sheet, and help', async () => {
    const service = new FakePmfService();
    service.tags = [];
    await renderApp(service);
    const welcome = within(await screen.findByRole('region', { name: 'Start here' }));
    expect(welcome.getByText(/select a row of figures/)).toBeTruthy();
    expect(welcome.getByRole('link', { name: 'How the add-in works (help)' }).getAttribute('href')).toBe(
      'help.html',
    );
    fireEvent.click(welcome.getByRole('button', { name: 'Tag a whole sheet' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Suggest tags for 'Monthly'"));
    expect(screen.queryByRole('region', { name: 'Start here' })).toBeNull();
    // The pane's header links to the help page from every view.
    expect(screen.getByRole('link', { name: 'Help (opens in the browser)' }).getAttribute('href')).toBe(
      'help.html',
    );
  });

  it('no welcome once the workbook has tags, and none after the officer selects a row', async () => {
    await renderApp();
    expect(screen.queryByRole('region', { name: 'Start here' })).toBeNull();
    const service = new FakePmfService();
    service.tags = [];
    await renderApp(service);
    await screen.findAllByRole('region', { name: 'Start here' });
    await waitFor(() => expect(service.listenerCount).toBe(1));
    act(() => service.setSelection({ ...sampleSelection(), row: 22, address: 'B22' }));
    await waitFor(() => expect(screen.queryAllByRole('region', { name: 'Start here' })).toHaveLength(0));
  });

  it('re-reads the selection when Excel says it changed', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    await screen.findByText("'Monthly'!B14");
    await waitFor(() => expect(service.listenerCount).toBe(1));
    act(() => {
      service.setSelection({ ...sampleSelection(), row: 20, address: 'B20', label: '3+ placements (%)' });
    });
    await screen.findByText("'Monthly'!B20");
    expect(screen.getByText('3+ placements (%)', { selector: 'dd' })).toBeTruthy();
  });

  it('shows suggestions first under one "Suggested for this row" heading, with no badge repeating it', async () => {
    await renderApp();
    await screen.findByText("'Monthly'!B14");
    const suggested = screen.getByRole('group', { name: 'Suggested for this row' });
    expect(
      within(suggested)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['H02Dental check up to date', 'H01Annual health assessment up to date']);
    expect(screen.getAllByRole('option')[0].textContent).toMatch(/^H02/);
    expect(screen.queryByText('Suggested')).toBeNull();
  });

  it('lists tags with their state and broken tag-sheet rows with their message', async () => {
    await renderApp();
    const list = within(screen.getByRole('region', { name: /Tags in this workbook/ }));
    expect(list.getByText('Moved')).toBeTruthy();
    expect(list.getByText('Found at row 12 (was row 11).')).toBeTruthy();
    expect(list.getByText('Label changed')).toBeTruthy();
    expect(list.getByText('Row gone')).toBeTruthy();
    expect(list.getByText('Sheet gone')).toBeTruthy();
    expect(list.getByText('Ambiguous')).toBeTruthy();
    expect(screen.getByText(/Tags in this workbook \(8, 3 broken\)/)).toBeTruthy();
    expect(screen.getByText(/names measure 'X99', which is not in the framework/)).toBeTruthy();
  });

  it('selects a tag’s row when it is clicked, and names a deleted sheet', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    fireEvent.click(screen.getByRole('button', { name: /Go to H01 at 'Monthly' row 12/ }));
    await waitFor(() =>
      expect(service.callsOf('select')).toEqual([[{ sheet: 'Monthly', row: 12, col: 1, address: 'A12' }]]),
    );
    // A tag whose sheet is gone has nowhere to go.
    expect(screen.queryByRole('button', { name: /Go to C02/ })).toBeNull();
    service.failNext('select', officeError('ItemNotFound'));
    fireEvent.click(screen.getByRole('button', { name: /Go to D02/ }));
    await screen.findByText("The sheet 'Monthly' was deleted meanwhile.");
  });

  it('keeps the picked measure and role when tagging fails, and says Excel is busy', async () => {
    const service = new FakePmfService();
    service.failNext('tag', officeError('InvalidOperation'));
    await renderApp(service);
    await screen.findByText("'Monthly'!B14");
    fireEvent.click(optionFor('H01'));
    fireEvent.click(screen.getByRole('radio', { name: 'Denominator' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tag' }));
    await screen.findByText('Excel is busy: finish editing the cell, then try again.');
    expect(screen.getByText('Selected: H01 Annual health assessment up to date')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Denominator' }) as HTMLInputElement).checked).toBe(true);
    // Trying again works with what was chosen.
    fireEvent.click(screen.getByRole('button', { name: 'Tag' }));
    await waitFor(() => expect(service.callsOf('tag')).toHaveLength(2));
    expect(service.callsOf('tag')[1]).toEqual([
      { kind: 'row', sheet: 'Monthly', row: 14, measureId: 'H01', role: 'denominator' },
    ]);
  });

  it('says "Already tagged as H01" instead of Tag when the row has that tag, and tags nothing', async () => {
    const service = new FakePmfService({
      selection: {
        ...sampleSelection(),
        row: 12,
        address: 'B12',
        label: 'Health assessment in date',
        tagIds: ['t-h01n'],
      },
    });
    await renderApp(service);
    await screen.findByText("'Monthly'!B12");
    fireEvent.click(optionFor('H01'));
    fireEvent.click(screen.getByRole('radio', { name: 'Numerator' }));
    const button = screen.getByRole('button', { name: 'Already tagged as H01' });
    expect(isDisabled(button)).toBe(true);
    fireEvent.click(button);
    expect(service.callsOf('tag')).toHaveLength(0);
    // The same row in another role can be tagged.
    fireEvent.click(screen.getByRole('radio', { name: 'Denominator' }));
    expect(isDisabled(screen.getByRole('button', { name: 'Tag' }))).toBe(false);
  });

  it('tags once when Tag is pressed twice, then says the row is already tagged', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    await screen.findByText("'Monthly'!B14");
    fireEvent.click(optionFor('H02'));
    const tag = screen.getByRole('button', { name: 'Tag' });
    fireEvent.click(tag);
    fireEvent.click(tag);
    fireEvent.keyDown(tag, { key: 'Enter' });
    fireEvent.click(tag);
    await screen.findByRole('button', { name: 'Already tagged as H02' }, { timeout: 15000 });
    expect(service.callsOf('tag')).toHaveLength(1);
  });

  it('untags a tag from the list', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    fireEvent.click(screen.getByRole('button', { name: "Untag M02 at 'Monthly' row 30" }));
    await waitFor(() => expect(service.callsOf('untag')).toEqual([['t-m02']]));
    await waitFor(() => expect(screen.getByText(/Tags in this workbook \(7, 2 broken\)/)).toBeTruthy());
  });

  it('offers Undo after untagging, which puts back exactly the tag removed', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    fireEvent.click(screen.getByRole('button', { name: "Untag S01 at 'Monthly' row 20" }));
    const notice = await screen.findByText("Removed the S01 tag from 'Monthly'.");
    await waitFor(() => expect(screen.getByText(/Tags in this workbook \(7, 3 broken\)/)).toBeTruthy());
    expect(notice.closest('[role="status"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText("Put back the S01 tag from 'Monthly'.");
    const [[removed]] = service.callsOf('restoreTags') as [[{ tag: { id: string }; index: number }[]]];
    expect(removed).toEqual([{ tag: expect.objectContaining({ id: 't-s01', row: 20 }), index: 3 }]);
    await waitFor(() => expect(screen.getByText(/Tags in this workbook \(8, 3 broken\)/)).toBeTruthy());
    expect(service.tags.map((t) => t.tag.id)).toEqual(sampleTagIds);
    // A notice replaces the one before: only one is shown.
    expect(screen.getAllByRole('status').filter((s) => s.textContent)).toHaveLength(1);
  });

  it('untags the ticked tags in one write, and moves focus to the next tag of the list', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Tick H01 at 'Monthly' row 12/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Tick H01 at 'Monthly' row 13/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Untag 2 ticked tags' }));
    await screen.findByText('Removed 2 tags (H01, H01).');
    expect(service.callsOf('untagMany')).toEqual([[['t-h01n', 't-h01d']]]);
    expect(service.callsOf('untag')).toEqual([]);
    // H01's two rows were between D02 and M02 in the list: focus goes to M02's.
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-tag-id]')?.getAttribute('data-tag-id')).toBe('t-m02'),
    );
    expect(screen.queryByRole('button', { name: /Untag \d+ ticked/ })).toBeNull();
  });

  it('announces a refusal: the warning appears inside a live region', async () => {
    const service = new FakePmfService();
    await renderApp(service);
    await screen.findByText("'Monthly'!B14");
    act(() => {
      service.setSelection({
        ...sampleSelection(),
        row: 3,
        address: 'B3',
        refusal: 'Row 3 is the header row.',
      });
    });
    const reason = await screen.findByText('Row 3 is the header row.');
    expect(reason.closest('[aria-live="polite"]')).toBeTruthy();
  });
});
