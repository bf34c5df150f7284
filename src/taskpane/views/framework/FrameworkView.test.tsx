/** @jest-environment jsdom */
import '../../testing/setupDom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakePmfService, officeError } from '../../testing/fakeService';
import { renderApp } from '../../testing/renderApp';

jest.setTimeout(20000);

function pick(measureId: string) {
  const option = screen.getAllByRole('option').find((o) => o.textContent?.startsWith(measureId));
  fireEvent.click(option!);
}

describe('Framework view', () => {
  it('shows custom-measure validation messages and adds nothing until they are fixed', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    fireEvent.click(screen.getByRole('button', { name: 'Add measure' }));
    expect(screen.getByText('Give the measure an id, such as X01.')).toBeTruthy();
    expect(screen.getByText('Give the measure a name.')).toBeTruthy();
    expect(screen.getByText('Choose a unit.')).toBeTruthy();
    expect(screen.getByText('Choose which direction is better.')).toBeTruthy();
    expect(screen.getByText('Choose how often it is reported.')).toBeTruthy();
    expect(screen.getByText('Choose at least one line of enquiry (KLOE).')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Id/), { target: { value: 'H01' } });
    expect(screen.queryByText('Give the measure an id, such as X01.')).toBeNull(); // cleared as the user types
    fireEvent.click(screen.getByRole('button', { name: 'Add measure' }));
    expect(
      screen.getByText('The id H01 is already used by ‘Annual health assessment up to date’.'),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save framework' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds a valid custom measure and saves it with the framework', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    fireEvent.change(screen.getByLabelText(/^Id/), { target: { value: 'X01' } });
    fireEvent.change(screen.getByLabelText(/^Name/), {
      target: { value: 'Children with a life-story book' },
    });
    fireEvent.change(screen.getByLabelText(/^Unit/), { target: { value: 'percent' } });
    fireEvent.change(screen.getByLabelText(/^Better is/), { target: { value: 'higher' } });
    fireEvent.change(screen.getByLabelText(/^Reported/), { target: { value: 'quarterly' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'K10 Corporate parenting and voice' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add measure' }));
    expect(screen.getByText('X01 added. Save the framework to keep it.')).toBeTruthy();
    expect(service.callsOf('saveFramework')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    await screen.findByText('Framework saved in the workbook.');
    const saved = service.framework.measures.find((m) => m.id === 'X01');
    expect(saved).toMatchObject({
      name: 'Children with a life-story book',
      unit: 'percent',
      kloes: ['K10'],
      custom: true,
    });
    expect((screen.getByLabelText(/^Id/) as HTMLInputElement).value).toBe('');
  });

  it('saves targets, tolerances, default tolerance and population', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    fireEvent.change(screen.getByLabelText(/^Default tolerance/), { target: { value: '7.5' } });
    fireEvent.change(screen.getByLabelText(/^Population aged 0-17/), { target: { value: '60,100' } });
    pick('C02');
    const settings = within(screen.getByLabelText('Settings for C02'));
    fireEvent.change(settings.getByLabelText('Target'), { target: { value: '65' } });
    fireEvent.change(settings.getByLabelText(/^Tolerance/), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    await screen.findByText('Framework saved in the workbook.');
    expect(service.framework.defaults.tolerance).toBe(7.5);
    expect(service.framework.population).toBe(60100);
    expect(service.framework.settings.C02).toEqual({
      target: 65,
      tolerance: 3,
      action: 'Virtual school to review EET offer with the leaving care team.',
    });
  });

  it("shows the target in use and where it comes from, and that a target set here wins over the sheet's", async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    pick('S01');
    const s01 = within(screen.getByLabelText('Settings for S01'));
    expect(s01.getByTestId('target-in-use').textContent).toBe(
      "Target in use: 9.0% from the Framework settings (the sheet's 10.0% at Monthly!Q20 is not used: the Framework setting wins)",
    );
    expect(
      s01.getByText("Set here, it wins over the sheet's 10.0% at Monthly!Q20; blank uses the sheet's."),
    ).toBeTruthy();
    fireEvent.click(s01.getByRole('button', { name: 'Go to Monthly!Q20' }));
    await waitFor(() => expect(service.callsOf('select')).toHaveLength(1));
    pick('H01');
    const h01 = within(screen.getByLabelText('Settings for H01'));
    expect(h01.getByTestId('target-in-use').textContent).toBe(
      'Target in use: 90.0% from the Framework settings',
    );
    expect(h01.getByText('Set here, it wins over any target in the sheet.')).toBeTruthy();
  });

  it('sets where a measure’s control chart starts, as the officer writes the period, and clears it', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    pick('S01');
    const settings = within(screen.getByLabelText('Settings for S01'));
    const input = settings.getByLabelText(/^Control chart starts from/) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'last spring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    expect(
      screen.getAllByText('S01 SPC baseline: enter a period, such as Apr-23, Q1 2023/24 or 2023/24.').length,
    ).toBeGreaterThan(0);
    expect(service.callsOf('saveFramework')).toHaveLength(0);

    fireEvent.change(input, { target: { value: 'April 2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    await screen.findByText('Framework saved in the workbook.');
    expect(service.framework.settings.S01?.spcBaseline).toBe('2024-04');
    expect(input.value).toBe('Apr-24');
    expect(screen.getByText(/control chart from Apr-24/)).toBeTruthy();

    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    await waitFor(() => expect(service.framework.settings.S01?.spcBaseline).toBeUndefined());
  });

  it('refuses to save a percentage target over 100, naming the measure', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    pick('H01');
    fireEvent.change(within(screen.getByLabelText('Settings for H01')).getByLabelText('Target'), {
      target: { value: '150' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    expect(screen.getByText('Not saved: fix these first')).toBeTruthy();
    expect(
      screen.getAllByText('H01 target must be between 0 and 100 (it is a percentage).').length,
    ).toBeGreaterThan(0);
    expect(service.callsOf('saveFramework')).toHaveLength(0);
  });

  it('keeps the edits when saving fails', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    fireEvent.change(screen.getByLabelText(/^Population aged 0-17/), { target: { value: '59000' } });
    service.failNext('saveFramework', officeError('ItemNotFound'));
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    await screen.findByText(/Framework not saved: .*deleted or renamed meanwhile.*Your changes are kept\./);
    expect((screen.getByLabelText(/^Population aged 0-17/) as HTMLInputElement).value).toBe('59000');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    await waitFor(() => expect(service.framework.population).toBe(59000));
  });

  it('puts the focus on the first bad field when saving fails validation, showing its measure', async () => {
    const service = new FakePmfService();
    await renderApp(service, 'framework');
    pick('H01');
    fireEvent.change(within(screen.getByLabelText('Settings for H01')).getByLabelText('Target'), {
      target: { value: '150' },
    });
    pick('C02');
    fireEvent.click(screen.getByRole('button', { name: 'Save framework' }));
    // H01's settings are shown again, and its bad target has the focus.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(screen.getByLabelText('Settings for H01')).getByLabelText('Target'),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add measure' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Id/)));
  });

  it('offers Undo when a custom measure is removed, putting it back as it was', async () => {
    const service = new FakePmfService();
    service.framework = {
      ...service.framework,
      measures: [
        ...service.framework.measures,
        {
          id: 'X01',
          name: 'Children with a life-story book',
          kloes: ['K10'],
          unit: 'percent',
          polarity: 'higher',
          frequency: 'quarterly',
          source: 'local',
          derived: false,
          custom: true,
        },
      ],
    };
    await renderApp(service, 'framework');
    fireEvent.click(screen.getByRole('button', { name: 'Remove X01' }));
    await screen.findByText('X01 removed. Save the framework to make it final.');
    expect(screen.queryByRole('button', { name: 'Remove X01' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('X01 is back.');
    expect(screen.getByRole('button', { name: 'Remove X01' })).toBeTruthy();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });
});
