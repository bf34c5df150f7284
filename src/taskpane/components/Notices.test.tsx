/** @jest-environment jsdom */
import '../testing/setupDom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { NoticeHost, NoticesProvider, UNDO_SECONDS, useNotices, type Notice } from './Notices';

function Trigger({ notice, label }: { notice: Notice | string; label: string }) {
  const { notify } = useNotices();
  return <button onClick={() => notify(notice)}>{label}</button>;
}

function setup(first: Notice, second: Notice | string = 'Framework saved in the workbook.') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <NoticesProvider>
        <NoticeHost />
        <Trigger notice={first} label="first" />
        <Trigger notice={second} label="second" />
      </NoticesProvider>
    </FluentProvider>,
  );
}

describe('notices', () => {
  afterEach(() => jest.useRealTimers());

  it('offers Undo for a few seconds, then only the words stay', () => {
    jest.useFakeTimers();
    setup({ text: 'Removed the S01 tag.', undo: async () => 'Put back.' });
    fireEvent.click(screen.getByText('first'));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    act(() => jest.advanceTimersByTime(UNDO_SECONDS * 1000 - 100));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    act(() => jest.advanceTimersByTime(200));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByText('Removed the S01 tag.')).toBeTruthy();
  });

  it('keeps Undo while the pointer rests on the notice', () => {
    jest.useFakeTimers();
    setup({ text: 'Removed the S01 tag.', undo: async () => 'Put back.' });
    fireEvent.click(screen.getByText('first'));
    act(() => jest.advanceTimersByTime(5000));
    fireEvent.mouseEnter(screen.getByRole('status'));
    act(() => jest.advanceTimersByTime(60_000));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    fireEvent.mouseLeave(screen.getByRole('status'));
    act(() => jest.advanceTimersByTime(5100));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('runs the undo and says what it did; a new notice replaces the old one', async () => {
    let undone = 0;
    setup({
      text: 'Removed the S01 tag.',
      undo: async () => {
        undone++;
        return 'Put back the S01 tag.';
      },
    });
    fireEvent.click(screen.getByText('first'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Put back the S01 tag.');
    expect(undone).toBe(1);
    expect(screen.queryByText('Removed the S01 tag.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    fireEvent.click(screen.getByText('second'));
    expect(screen.getByText('Framework saved in the workbook.')).toBeTruthy();
    expect(screen.queryByText('Put back the S01 tag.')).toBeNull();
  });

  it('says when the undo failed', async () => {
    setup({
      text: 'Removed the S01 tag.',
      undo: async () => {
        throw new Error('The tag sheet is protected.');
      },
    });
    fireEvent.click(screen.getByText('first'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Could not undo: The tag sheet is protected.');
  });
});
