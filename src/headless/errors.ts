/**
 * Errors raised by the headless Excel, shaped like OfficeExtension.Error: an Error with `code`,
 * `message` and `debugInfo: { code, message }`. Codes follow "Excel JavaScript API error codes"
 * (Office Add-ins documentation): PropertyNotLoaded, ItemNotFound, ItemAlreadyExists, InvalidArgument,
 * InvalidOperation, InvalidReference, InvalidSelection, AccessDenied, RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded, RangeExceedsLimit, InvalidObjectPath, plus our own
 * UnsupportedParts (refusing to save a workbook ExcelJS would damage), WorkbookTooLarge and WorkbookDamaged
 * (refusing to open a file, with a message that follows the file's name: see package/open.ts).
 */
export type HeadlessErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidSelection'
  | 'AccessDenied'
  | 'InvalidObjectPath'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RangeExceedsLimit'
  | 'NotImplemented'
  | 'GeneralException'
  | 'UnsupportedParts'
  | 'WorkbookTooLarge'
  | 'WorkbookDamaged';

export class HeadlessError extends Error {
  readonly code: HeadlessErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** Present for compatibility with OfficeExtension.Error. */
  readonly traceMessages: string[] = [];

  constructor(code: HeadlessErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isHeadlessError(e: unknown, code?: HeadlessErrorCode): e is HeadlessError {
  return e instanceof HeadlessError && (code === undefined || e.code === code);
}
