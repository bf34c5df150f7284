import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, DismissRegular } from '@fluentui/react-icons';
import { describeError } from '../errors';

/** How long a notice offers Undo (paused while the pointer or focus is on it). */
export const UNDO_SECONDS = 10;

/** What a finished action did, for the officer: 'Removed the S01 tag from ...', with Undo when it can be undone. */
export interface Notice {
  readonly text: string;
  /** Puts back exactly what the action changed; resolves to what to say once it has. */
  readonly undo?: () => Promise<string>;
}

interface Shown {
  readonly id: number;
  readonly text: string;
  readonly intent: 'success' | 'error';
  readonly undo?: () => Promise<string>;
}

interface NoticesApi {
  /** Shows a notice in place of the one before. */
  readonly notify: (notice: Notice | string) => void;
  readonly clear: () => void;
}

const NoticesContext = createContext<NoticesApi>({ notify: () => undefined, clear: () => undefined });

interface NoticesState extends NoticesApi {
  readonly shown: Shown | null;
  readonly undoSeconds: number;
  readonly replace: (shown: Omit<Shown, 'id'> | null) => void;
}

const StateContext = createContext<NoticesState | null>(null);

/** One notice for the whole pane: a new one replaces the old, wherever the action was. */
export function NoticesProvider({
  children,
  undoSeconds = UNDO_SECONDS,
}: {
  readonly children: ReactNode;
  readonly undoSeconds?: number;
}) {
  const [shown, setShown] = useState<Shown | null>(null);
  const next = useRef(1);
  const replace = useCallback((s: Omit<Shown, 'id'> | null) => {
    setShown(s ? { ...s, id: next.current++ } : null);
  }, []);
  const notify = useCallback(
    (notice: Notice | string) => {
      const n = typeof notice === 'string' ? { text: notice } : notice;
      replace({ text: n.text, intent: 'success', ...(n.undo ? { undo: n.undo } : {}) });
    },
    [replace],
  );
  const clear = useCallback(() => replace(null), [replace]);
  const api = useMemo(() => ({ notify, clear }), [notify, clear]);
  const state = useMemo(() => ({ ...api, shown, undoSeconds, replace }), [api, shown, undoSeconds, replace]);
  return (
    <NoticesContext.Provider value={api}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </NoticesContext.Provider>
  );
}

/** notify() and clear() for a view's hook. */
export function useNotices(): NoticesApi {
  return useContext(NoticesContext);
}

const useStyles = makeStyles({
  // Sticks to the top of the pane as it scrolls, so a notice is seen wherever the action was.
  host: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/**
 * Where the pane's notices show: one at a time, announced politely, near the top of the pane and kept in view
 * as it scrolls. Undo is offered for a few seconds (longer while the officer is on it).
 */
export function NoticeHost() {
  const styles = useStyles();
  const state = useContext(StateContext);
  const shown = state?.shown ?? null;
  const [undoOpen, setUndoOpen] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const remaining = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const started = useRef(0);
  const hold = useRef(0);

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const run = useCallback(() => {
    stop();
    started.current = Date.now();
    timer.current = setTimeout(() => setUndoOpen(false), remaining.current);
  }, [stop]);

  useEffect(() => {
    setUndoing(false);
    const offered = !!shown?.undo;
    setUndoOpen(offered);
    if (!offered || !state) return stop;
    remaining.current = state.undoSeconds * 1000;
    hold.current = 0;
    run();
    return stop;
    // A new notice (its id) restarts the clock.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown?.id]);

  const pause = () => {
    hold.current++;
    if (timer.current) {
      stop();
      remaining.current = Math.max(0, remaining.current - (Date.now() - started.current));
    }
  };
  const resume = () => {
    hold.current = Math.max(0, hold.current - 1);
    if (hold.current === 0 && undoOpen && !timer.current) run();
  };

  const onUndo = () => {
    if (!shown?.undo || !state || undoing) return;
    setUndoing(true);
    stop();
    shown
      .undo()
      .then((text) => state.replace({ text, intent: 'success' }))
      .catch((e: unknown) => state.replace({ text: `Could not undo: ${describeError(e)}`, intent: 'error' }));
  };

  return (
    <div
      className={styles.host}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      onMouseEnter={pause}
      onMouseLeave={resume}
      onFocus={pause}
      onBlur={resume}
    >
      {shown ? (
        <MessageBar key={shown.id} intent={shown.intent} layout="multiline" data-notice>
          <MessageBarBody>{shown.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                icon={<DismissRegular />}
                aria-label="Dismiss"
                onClick={() => state?.clear()}
              />
            }
          >
            {shown.undo && undoOpen ? (
              <Button size="small" icon={<ArrowUndoRegular />} disabled={undoing} onClick={onUndo}>
                {undoing ? 'Undoing…' : 'Undo'}
              </Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
