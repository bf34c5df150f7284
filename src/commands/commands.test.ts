import { noop, register } from './commands';

describe('ribbon commands', () => {
  it('completes the command event and survives one that throws', () => {
    const completed = jest.fn();
    noop({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(() =>
      noop({
        completed: () => {
          throw new Error('gone');
        },
      }),
    ).not.toThrow();
    expect(() => noop()).not.toThrow();
  });

  it('registers the no-op with Office.actions when Office is ready', async () => {
    const associate = jest.fn();
    (globalThis as Record<string, unknown>).Office = {
      onReady: (f: () => void) => Promise.resolve().then(f),
      actions: { associate },
    };
    register();
    await Promise.resolve();
    await Promise.resolve();
    expect(associate).toHaveBeenCalledWith('pmfNoop', expect.any(Function));
    delete (globalThis as Record<string, unknown>).Office;
  });
});
