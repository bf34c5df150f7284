/**
 * Proxy objects for the part of the Excel JavaScript API the add-in uses, one module per object as in
 * Excel's reference: Workbook, WorksheetCollection, Worksheet, Range, RangeFormat, RangeFill, RangeFont,
 * RangeBorderCollection / RangeBorder, WorksheetFreezePanes, PageLayout, HeaderFooterGroup / HeaderFooter,
 * PageBreakCollection, WorkbookProtection, WorksheetProtection.
 */
export type { RangeRef } from './base';
export { WorkbookProxy } from './workbook';
export { WorksheetCollectionProxy } from './worksheet-collection';
export { WorksheetProxy } from './worksheet';
export { RangeProxy } from './range';
export { RangeFormatProxy } from './range-format';
export { RangeFillProxy } from './range-fill';
export { RangeFontProxy } from './range-font';
export { RangeBorderCollectionProxy, RangeBorderProxy } from './range-borders';
export { FreezePanesProxy } from './freeze-panes';
export { PageLayoutProxy } from './page-layout';
export { WorkbookProtectionProxy } from './workbook-protection';
export { WorksheetProtectionProxy } from './worksheet-protection';
export { HeaderFooterGroupProxy, HeaderFooterProxy } from './header-footer';
export { PageBreakCollectionProxy } from './page-breaks';
