import { useCallback, useEffect, useRef } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { SheetChange } from '../../excel/operations-types';
import type { WorkbookHandle } from '../useWorkbook';
import { useNotices } from './Notices';
import { cellText } from './TargetSource';

const useStyles = makeStyles({ shown: { marginBottom: tokens.spacingVerticalM } });

/** How long the tagged sheets must rest after a change before a shown view reads them again. */
export const REREAD_AFTER_MS = 700;

function changedText(change: SheetChange): string {
  return change.sheet ? cellText({ sheet: change.sheet, address: change.address }) : 'A tagged sheet';
}

/** Reads the workbook again after a tagged sheet changed, and says so in words. */
export function useReadAgain(workbook: WorkbookHandle): () => Promise<void> {
  const { notify } = useNotices();
  return useCallback(async () => {
    const change = workbook.stale;
    if (await workbook.refresh()) {
      notify(change ? `Figures updated: ${changedText(change)} had changed.` : 'Figures updated.');
    }
  }, [workbook, notify]);
}

/**
 * The figures are out of date (a tagged sheet changed since they were read): says so, and which cells, with
 * Read again. Announced when it appears.
 */
export function StaleBar({ workbook }: { readonly workbook: WorkbookHandle }) {
  const styles = useStyles();
  const readAgain = useReadAgain(workbook);
  const change = workbook.stale;
  return (
    <div aria-live="polite" className={change ? styles.shown : undefined}>
      {change ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Out of date</MessageBarTitle>
            {changedText(change)} changed since these figures were read.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              icon={<ArrowSyncRegular />}
              disabled={workbook.loading}
              onClick={() => void readAgain()}
            >
              {workbook.loading ? 'Reading…' : 'Read again'}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}

/**
 * Reads the workbook again when figures are shown and a tagged sheet has changed: at once when the view is
 * opened, or once the sheets rest when the change comes while it is open. Renders nothing.
 */
export function ReadAgainWhenShown({
  workbook,
  showsFigures,
}: {
  readonly workbook: WorkbookHandle;
  /** Whether the view on show now displays figures or findings. */
  readonly showsFigures: boolean;
}) {
  const readAgain = useReadAgain(workbook);
  const wasShown = useRef(showsFigures);
  const stale = workbook.stale;
  useEffect(() => {
    const justOpened = showsFigures && !wasShown.current;
    wasShown.current = showsFigures;
    if (!stale || !showsFigures) return;
    const timer = setTimeout(() => void readAgain(), justOpened ? 0 : REREAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [stale, showsFigures, readAgain]);
  return null;
}
