/** The headless Excel: the subset of the Excel JavaScript API the add-in uses, over ExcelJS workbooks. */
export { HeadlessWorkbook, type HeadlessStats } from './workbook';
export { HeadlessError, isHeadlessError, type HeadlessErrorCode } from './errors';
export { type UnsupportedPart } from './unsupported';
export { createOfficeShim, installOfficeShim, SUPPORTED_EXCEL_API } from './office-shim';
export { REQUEST_PAYLOAD_LIMIT, RESPONSE_PAYLOAD_LIMIT, HeadlessRequestContext } from './context';
export { RANGE_READ_CELL_LIMIT } from './proxies/range';
export { formatCellText } from './number-format';
export { dateToSerial, serialToDate } from './cells';
