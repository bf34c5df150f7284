/** Why a cell holds no usable number. */
export type MissingReason =
  | 'blank'
  /** DfE / local suppression and not-available markers: c z x k ~ * - n/a N/A na .. */
  | 'suppressed'
  /** Excel error value: #DIV/0!, #N/A, #REF!, #VALUE!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC! */
  | 'error'
  /** Text that is not a number nor a known marker. */
  | 'text';

/** How a number was read, kept so checks can report doubtful readings. */
export type NumberSource =
  | 'number'
  /** a fraction shown with a % number format (0.125 in '0.0%') -> 12.5 */
  | 'percentFormat'
  /** text such as '12.5%' */
  | 'percentText'
  /** text such as '£1,200' or '1,234' */
  | 'numericText'
  /** a plain fraction in a percent measure's row whose values are all within 0-1 -> x100 */
  | 'fractionAsPercent';

export type ReadValue =
  | { readonly kind: 'number'; readonly value: number; readonly source: NumberSource }
  | {
      readonly kind: 'missing';
      readonly reason: MissingReason;
      /** The marker, error code or text as found in the cell ('c', '#DIV/0!', 'TBC'). */
      readonly raw: string;
    };
