/**
 * Ribbon commands. The Panel PMF button shows the task pane (a ShowTaskpane action in manifest.xml); the Help
 * button runs `openHelp` (an ExecuteFunction action named HELP_ACTION_ID), which opens the help page in the
 * browser. A safe no-op is kept for manifest entries that name a function: it completes the event so Office
 * never waits on it.
 */

export const NOOP_ACTION_ID = 'pmfNoop';
/** The FunctionName of the ribbon's Help button in manifest.xml. */
export const HELP_ACTION_ID = 'pmfOpenHelp';
/** The help page, beside this commands page. */
export const HELP_PAGE = 'help.html';

interface CommandEvent {
  completed?: () => void;
}

/** Completes the add-in command event, whatever Office passes. */
export function noop(event?: CommandEvent): void {
  try {
    event?.completed?.();
  } catch {
    // An event that cannot be completed is Office's to deal with; nothing to undo here.
  }
}

type OpenBrowserWindow = (url: string) => void;

/**
 * Opens the help page in the browser: through Office (Office.context.ui.openBrowserWindow, where the host
 * has it) or as a new window, then completes the event.
 */
export function openHelp(
  event?: CommandEvent,
  where: { readonly base: string; readonly open: (url: string) => unknown } = {
    base: typeof window !== 'undefined' ? window.location.href : 'https://localhost/',
    open: (url) => window.open(url, '_blank', 'noopener'),
  },
): void {
  const url = new URL(HELP_PAGE, where.base).href;
  try {
    const office = typeof Office !== 'undefined' ? Office : undefined;
    const viaOffice = (office?.context?.ui as { openBrowserWindow?: OpenBrowserWindow } | undefined)
      ?.openBrowserWindow;
    if (typeof viaOffice === 'function') viaOffice.call(office?.context.ui, url);
    else where.open(url);
  } finally {
    noop(event);
  }
}

export function register(): void {
  if (typeof Office === 'undefined') return;
  // Function files of hosts without Office.actions find the function by its name on the page.
  (globalThis as Record<string, unknown>)[HELP_ACTION_ID] = (e?: CommandEvent) => openHelp(e);
  void Office.onReady(() => {
    // Office.actions exists from the SharedRuntime / ribbon API sets; older hosts do not have it.
    const actions = (
      Office as unknown as { actions?: { associate?: (id: string, f: (e?: unknown) => void) => void } }
    ).actions;
    actions?.associate?.(NOOP_ACTION_ID, (e) => noop(e as CommandEvent));
    actions?.associate?.(HELP_ACTION_ID, (e) => openHelp(e as CommandEvent));
  });
}

register();
