/** @jest-environment jsdom */
import '../testing/setupDom';

jest.setTimeout(20000);
import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { sampleFramework } from '../testing/fakeService';
import { MeasurePicker } from './MeasurePicker';
import { pickerGroups } from './measureSearch';

function Harness({ onPick }: { onPick: (id: string) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <FluentProvider theme={webLightTheme}>
      <button type="button">before</button>
      <MeasurePicker
        framework={sampleFramework()}
        suggestions={[{ measureId: 'C02', score: 0.8 }]}
        value={value}
        onChange={(id) => {
          setValue(id);
          onPick(id);
        }}
      />
    </FluentProvider>
  );
}

describe('MeasurePicker', () => {
  it('is reachable by Tab and operable with arrows and Enter', () => {
    const onPick = jest.fn();
    render(<Harness onPick={onPick} />);
    const box = screen.getByRole('combobox');
    // The search box is a native input in the tab order.
    expect(box.tagName).toBe('INPUT');
    expect(box.getAttribute('tabindex')).not.toBe('-1');
    act(() => box.focus());
    expect(document.activeElement).toBe(box);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const first = document.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(first.textContent).toMatch(/^C02/); // the suggestion comes first
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = document.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(second.textContent).toMatch(/^D01/);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('D01');
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('Selected: D01 Children looked after per 10,000 children')).toBeTruthy();
  });

  it('filters by name, id or KLOE title and Enter picks the first match', () => {
    const onPick = jest.fn();
    render(<Harness onPick={onPick} />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'stability' } });
    const ids = screen.getAllByRole('option').map((o) => o.textContent?.slice(0, 3));
    // K04 'Stability and safety' measures, then Q01 whose second KLOE is K04 (listed under its home, K10).
    expect(ids).toEqual(['S01', 'M02', 'M04', 'Q01']);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('S01');

    fireEvent.change(box, { target: { value: 'h02' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent?.slice(0, 3))).toEqual(['H02']);

    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/No measure matches/)).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.getAllByRole('option').length).toBe(9);
  });

  it('groups measures under their home KLOE with suggestions first', () => {
    const groups = pickerGroups(sampleFramework(), '', [
      { measureId: 'H01', score: 0.2 },
      { measureId: 'Q01', score: 0.9 },
      { measureId: 'NOPE', score: 1 },
    ]);
    expect(groups.map((g) => g.key)).toEqual(['suggested', 'K00', 'K03', 'K04', 'K08']);
    expect(groups[0].measures.map((m) => m.id)).toEqual(['Q01', 'H01']);
    expect(groups.flatMap((g) => g.measures).length).toBe(9);
  });
});
