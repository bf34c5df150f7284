import { BUSY_MESSAGE, describeError } from './errors';
import { officeError } from './testing/fakeService';

describe('describeError', () => {
  it.each(['InvalidOperation', 'InvalidOperationInCellEditMode', 'GeneralException'])(
    '%s means Excel is busy',
    (code) => {
      expect(describeError(officeError(code))).toBe(BUSY_MESSAGE);
    },
  );

  it('names the sheet that was deleted when it knows it', () => {
    expect(describeError(officeError('ItemNotFound'), { sheet: 'Monthly data' })).toBe(
      "The sheet 'Monthly data' was deleted meanwhile.",
    );
    expect(describeError(officeError('ItemNotFound'))).toMatch(/deleted or renamed meanwhile/);
  });

  it.each(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit'])(
    '%s (Excel would not send that much at once) says what to do, not the code',
    (code) => {
      const text = describeError(officeError(code));
      expect(text).toMatch(/^Excel could not send that much of the workbook at once\. Clear values/);
      expect(text).not.toContain(code);
    },
  );

  it('passes plain messages through and never returns an empty string', () => {
    expect(describeError(new Error('Row 5 is already tagged to D02.'))).toBe(
      'Row 5 is already tagged to D02.',
    );
    expect(describeError('text')).toBe('text');
    expect(describeError(undefined)).toBe('Something went wrong talking to Excel. Try again.');
    expect(describeError({ message: 'from a plain object' })).toBe('from a plain object');
  });
});
