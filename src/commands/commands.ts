/**
 * Ribbon commands. The ribbon button itself shows the task pane (a ShowTaskpane action in manifest.xml), so the
 * only function here is a safe no-op kept for manifest entries that name a function: it completes the event
 * so Office never waits on it.
 */

export const NOOP_ACTION_ID = 'pmfNoop';

/** Completes the add-in command event, whatever Office passes. */
export function noop(event?: { completed?: () => void }): void {
  try {
    event?.completed?.();
  } catch {
    // An event that cannot be completed is Office's to deal with; nothing to undo here.
  }
}

export function register(): void {
  if (typeof Office === 'undefined') return;
  void Office.onReady(() => {
    // Office.actions exists from the SharedRuntime / ribbon API sets; older hosts do not have it.
    const actions = (
      Office as unknown as { actions?: { associate?: (id: string, f: (e?: unknown) => void) => void } }
    ).actions;
    actions?.associate?.(NOOP_ACTION_ID, (e) => noop(e as { completed?: () => void }));
  });
}

register();
