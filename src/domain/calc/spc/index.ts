/** Statistical process control: the XmR chart, its judgement for a measure, and SPC in words. */
export { xmr, xmrLimits, XMR_SIGMA3, RUN_LENGTH } from './xmr';
export type { XmrLimits, XmrResult } from './xmr';
export {
  measureSpc,
  withChart,
  assuranceOf,
  variationOf,
  fromBaseline,
  rulesOf,
  SPC_MIN_POINTS,
  SPC_FIRM_POINTS,
} from './measure';
export type { SpcInput, SpcInputPoint, SpcResult } from './measure';
export * from './words';
