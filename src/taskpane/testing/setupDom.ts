import { configure } from '@testing-library/react';

/**
 * Role queries skip the costly per-element visibility check (getComputedStyle up the tree), which made the
 * pane's tests slow. The pane mounts a view only once it has been shown; tests that switch tabs scope their
 * queries to the visible panel or pass `hidden: false`.
 */
configure({ defaultHidden: true });

/**
 * What jsdom lacks and Fluent UI uses in a real browser (Office's webview has them). Import first in component
 * tests; harmless when the environment already has them.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof window !== 'undefined') {
  const w = window as unknown as Record<string, unknown>;
  if (typeof w.ResizeObserver !== 'function') w.ResizeObserver = NoopResizeObserver;
  if (typeof g.ResizeObserver !== 'function') g.ResizeObserver = NoopResizeObserver;
  if (typeof w.matchMedia !== 'function') {
    w.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
}

export {};
