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
  // jsdom lays nothing out (every width is 0), so Fluent's Overflow would move all but two view tabs into
  // the '…' menu, at a moment that depends on timers. Its containers report the width of a roomy pane; how
  // the tabs fit a narrow one is a browser journey's to check.
  const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');
  if (clientWidth?.get && typeof HTMLElement !== 'undefined') {
    const plain = clientWidth.get;
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('fui-Overflow') ? 1024 : plain.call(this);
      },
    });
  }
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
