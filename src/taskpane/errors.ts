/**
 * Turns whatever a PmfService call threw into one plain-English sentence for a MessageBar.
 *
 * Office.js rejects with an OfficeExtension.Error carrying a `code` (for example 'InvalidOperation' while the
 * user is editing a cell). Domain errors are ordinary Errors whose message is already meant for people.
 */
export interface ErrorContext {
  /** The sheet the failing action was about, to name it when Excel says it is gone. */
  readonly sheet?: string;
}

const BUSY_CODES = new Set([
  'InvalidOperation',
  'InvalidOperationInCellEditMode',
  'GeneralException',
  'ActivityLimitReached',
  'Conflict',
]);

export const BUSY_MESSAGE = 'Excel is busy: finish editing the cell, then try again.';

export function errorCode(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return null;
}

export function describeError(error: unknown, context: ErrorContext = {}): string {
  const code = errorCode(error);
  if (code === 'ItemNotFound') {
    return context.sheet
      ? `The sheet '${context.sheet}' was deleted meanwhile.`
      : 'Something the add-in was using was deleted or renamed meanwhile. Refresh, then try again.';
  }
  if (code !== null && BUSY_CODES.has(code)) return BUSY_MESSAGE;
  if (code === 'AccessDenied')
    return 'The workbook is protected or read-only, so the add-in cannot change it.';
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge') {
    return 'Excel refused the request because it was too large. Try again with fewer tags selected.';
  }
  if (code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit') {
    return 'Excel could not send that much of the workbook at once. Clear values that sit far from the data on the sheets being read, then try again.';
  }
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message) return message;
  }
  return 'Something went wrong talking to Excel. Try again.';
}
