import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

type Target = string | (() => HTMLElement | null | undefined);

/** Renders to wait for the element before giving up (it appears once the workbook is read again). */
const MAX_RENDERS = 20;

/**
 * Moves focus to an element once it is on the page: after an action that re-reads the workbook, the row to
 * focus (the next tag, the first remaining proposal) exists only after the next renders. A CSS selector or a
 * function finding the element; the latest request wins.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const pending = useRef<{ target: Target; tries: number } | null>(null);
  // Changing it makes a render happen, after which the effect below looks for the element.
  const [, setTick] = useState(0);

  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    const el = typeof p.target === 'string' ? document.querySelector<HTMLElement>(p.target) : p.target();
    if (el) {
      pending.current = null;
      el.focus();
    } else if (++p.tries > MAX_RENDERS) {
      pending.current = null;
    }
  });

  return useCallback((target: Target) => {
    pending.current = { target, tries: 0 };
    setTick((t) => t + 1);
  }, []);
}

/** Focuses the first field marked invalid (aria-invalid) inside `root`, after the errors have rendered. */
export function useFocusFirstInvalid(root: RefObject<HTMLElement | null>): () => void {
  const focus = useFocusAfterRender();
  return useCallback(
    () => focus(() => root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')),
    [focus, root],
  );
}
