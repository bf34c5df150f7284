/** @jest-environment jsdom */
import '../../testing/setupDom';

jest.setTimeout(120000);
/** The pane renders slowly on a busy machine: wait longer than the default second. */
const WAIT = { timeout: 10000 };
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakePmfService, sampleSelection, sampleTableSelection } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';

describe('Tag view: child-level tables', () => {
  it("offers a log of the authority's own folded, then maps its columns with a proposal to confirm", async () => {
    const service = new FakePmfService({ selection: sampleTableSelection() });
    await renderApp(service);
    await screen.findByRole('heading', { name: 'A table of your own?' }, WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Map the columns' }));
    await screen.findByRole('heading', { name: 'Map the columns' }, WAIT);
    // The proposal: the log's own headers for each field the measures need.
    const column = (field: string) =>
      (screen.getByRole('combobox', { name: `Column for ${field}` }) as HTMLSelectElement).value;
    expect(column('CHILD')).toBe('Young person ID');
    expect(column('MIS_START')).toBe('Reported missing');
    expect(column('MISSING')).toBe('Type');
    expect(column('MIS_END')).toBe('Returned');
    // Its own words for codes.
    fireEvent.change(screen.getByRole('textbox', { name: "Words in 'Type' read as MISSING codes" }), {
      target: { value: 'Absconded=M' },
    });
    const save = screen.getByRole('button', { name: 'Tag as the 903 missing table' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Preview the figures' }));
    await screen.findByText(/41 children went missing 96 times; 9 of them three or more times/);
    expect(screen.getByText(/117 rows read, 1 left out for an error/)).toBeTruthy();
    expect(screen.getByText(/Checks at source: 1 error, 0 warnings/)).toBeTruthy();
    const request = {
      kind: 'table',
      sheet: 'Missing log',
      source: 'missing',
      range: 'A3:E120',
      map: { CHILD: 'Young person ID', MISSING: 'Type', MIS_START: 'Reported missing', MIS_END: 'Returned' },
      values: { MISSING: { Absconded: 'M' } },
    };
    expect(service.callsOf('previewTable')).toEqual([[request, '2025-03-31']]);

    fireEvent.click(save);
    await screen.findByText(
      "Tagged the missing table ('Missing log'!A3:E120): its measures are on the Figures tab.",
      {},
      WAIT,
    );
    expect(service.callsOf('tag')).toEqual([[request]]);
    await waitFor(
      () => expect(screen.getByRole('heading', { name: 'Tagged as the 903 missing table' })).toBeTruthy(),
      WAIT,
    );
    // The pane's one notice offers Undo, which removes the table tag just made.
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText("Untagged the missing table ('Missing log'!A3:E120) again.", {}, WAIT);
    expect(service.callsOf('untag')).toHaveLength(1);
    expect(service.tags.some((t) => t.tag.kind === 'table')).toBe(false);
  });

  it('says what a recognised 903 table is, and asks for a column a measure needs before a preview', async () => {
    const service = new FakePmfService({
      selection: {
        ...sampleSelection(),
        sheet: 'Episodes',
        table: {
          recognised: 'episodes',
          complete: true,
          headerRow: 1,
          headers: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'].map((text, i) => ({
            text,
            column: i + 1,
          })),
        },
      },
    });
    await renderApp(service);
    await screen.findByRole('heading', { name: 'This is a 903 episodes table' }, WAIT);
    expect(screen.getByText(/Tag it to work out D02, D03, D04, P01, P03, S01 from it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Map the columns instead' }));
    await screen.findByRole('heading', { name: 'Map the columns' }, WAIT);
    fireEvent.change(screen.getByRole('combobox', { name: 'Column for PLACE' }), { target: { value: '' } });
    await screen.findByText('Choose a column for PLACE first.', {}, WAIT);
    expect((screen.getByRole('button', { name: 'Preview the figures' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('shows nothing about tables on a row of a PMF sheet', async () => {
    await renderApp(new FakePmfService());
    await screen.findByText("'Monthly'!B14", {}, WAIT);
    expect(screen.queryByRole('heading', { name: /table/i })).toBeNull();
  });
});
