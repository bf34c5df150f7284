import { readFileSync } from 'fs';
import { join } from 'path';
import { HELP_ACTION_ID, noop, openHelp, register } from './commands';

describe('ribbon commands', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>)[HELP_ACTION_ID];
  });

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

  it('registers the no-op and Help with Office.actions when Office is ready', async () => {
    const associate = jest.fn();
    (globalThis as Record<string, unknown>).Office = {
      onReady: (f: () => void) => Promise.resolve().then(f),
      actions: { associate },
    };
    register();
    await Promise.resolve();
    await Promise.resolve();
    expect(associate).toHaveBeenCalledWith('pmfNoop', expect.any(Function));
    expect(associate).toHaveBeenCalledWith(HELP_ACTION_ID, expect.any(Function));
    // Hosts without Office.actions find the function on the page by its name.
    expect(typeof (globalThis as Record<string, unknown>)[HELP_ACTION_ID]).toBe('function');
  });

  it('Help opens the help page beside the commands page, through Office where it can, and completes', () => {
    const base = 'https://pmf.anyshire.gov.uk/addin/commands.html';
    const opened: string[] = [];
    const completed = jest.fn();
    openHelp({ completed }, { base, open: (url) => opened.push(url) });
    expect(opened).toEqual(['https://pmf.anyshire.gov.uk/addin/help.html']);
    expect(completed).toHaveBeenCalledTimes(1);

    const viaOffice: string[] = [];
    (globalThis as Record<string, unknown>).Office = {
      context: { ui: { openBrowserWindow: (url: string) => viaOffice.push(url) } },
    };
    openHelp({ completed }, { base, open: (url) => opened.push(url) });
    expect(viaOffice).toEqual(['https://pmf.anyshire.gov.uk/addin/help.html']);
    expect(opened).toHaveLength(1);
    expect(completed).toHaveBeenCalledTimes(2);
  });

  it("is the function the manifest's Help button names", () => {
    const xml = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(xml).toContain(`<FunctionName>${HELP_ACTION_ID}</FunctionName>`);
  });
});
