/** Error with a message for a person, naming the sheet and cell; `code` for callers that branch. */
export class PmfError extends Error {
  constructor(
    message: string,
    readonly code: 'BadRequest' | 'NotFound' | 'Refused' = 'BadRequest',
  ) {
    super(message);
    this.name = 'PmfError';
  }
}
