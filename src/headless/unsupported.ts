/**
 * Finds the parts of an .xlsx package that ExcelJS 4.4 does not keep when it writes the workbook back, by
 * reading the zip's part names (and the drawing parts, to tell pictures, which ExcelJS keeps, from shapes,
 * which it drops). Each kind is reported once with a count and a plain description.
 */
import JSZip from 'jszip';

export interface UnsupportedPart {
  kind: string;
  count: number;
  description: string;
}

interface Rule {
  kind: string;
  test: RegExp;
  one: string;
  many: string;
}

// What ExcelJS 4.4 keeps, so is NOT listed: cell values, styles, number formats, merges, widths, heights,
// hidden sheets, defined names, data validation, conditional formatting, notes (legacy comments), tables,
// pictures placed on sheets (xl/media referenced from drawings), print setup, freeze panes, sheet protection.
const RULES: Rule[] = [
  { kind: 'charts', test: /^xl\/charts\/chart\d*\.xml$/i, one: 'chart', many: 'charts' },
  { kind: 'chartSheets', test: /^xl\/chartsheets\/[^/]+\.xml$/i, one: 'chart sheet', many: 'chart sheets' },
  { kind: 'pivotTables', test: /^xl\/pivotTables\/[^/]+\.xml$/i, one: 'pivot table', many: 'pivot tables' },
  {
    kind: 'pivotCaches',
    test: /^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/i,
    one: 'pivot cache',
    many: 'pivot caches',
  },
  { kind: 'macros', test: /^xl\/vbaProject\.bin$/i, one: 'VBA macro project', many: 'VBA macro projects' },
  { kind: 'slicers', test: /^xl\/slicers\/[^/]+\.xml$/i, one: 'slicer', many: 'slicers' },
  { kind: 'timelines', test: /^xl\/timelines\/[^/]+\.xml$/i, one: 'timeline', many: 'timelines' },
  {
    kind: 'externalLinks',
    test: /^xl\/externalLinks\/externalLink\d*\.xml$/i,
    one: 'link to another workbook',
    many: 'links to other workbooks',
  },
  {
    kind: 'threadedComments',
    test: /^xl\/threadedComments\/[^/]+\.xml$/i,
    one: 'threaded comment part',
    many: 'threaded comment parts',
  },
  {
    kind: 'embeddedObjects',
    test: /^xl\/embeddings\/[^/]+$/i,
    one: 'embedded object',
    many: 'embedded objects',
  },
  { kind: 'activeX', test: /^xl\/activeX\/[^/]+\.xml$/i, one: 'ActiveX control', many: 'ActiveX controls' },
  { kind: 'formControls', test: /^xl\/ctrlProps\/[^/]+\.xml$/i, one: 'form control', many: 'form controls' },
  { kind: 'queryTables', test: /^xl\/queryTables\/[^/]+\.xml$/i, one: 'query table', many: 'query tables' },
  {
    kind: 'dataConnections',
    test: /^xl\/connections\.xml$/i,
    one: 'data connection part',
    many: 'data connection parts',
  },
  {
    kind: 'dataModel',
    test: /^xl\/model\/[^/]+$/i,
    one: 'Power Pivot data model',
    many: 'Power Pivot data model parts',
  },
  { kind: 'customXml', test: /^customXml\/item\d+\.xml$/i, one: 'custom XML part', many: 'custom XML parts' },
  {
    kind: 'webExtensions',
    test: /^xl\/webextensions\/webextension\d*\.xml$/i,
    one: 'add-in (web extension) part',
    many: 'add-in (web extension) parts',
  },
];

const SHAPE = /<(?:\w+:)?(sp|cxnSp|grpSp)[\s>]/g;
const GRAPHIC_FRAME = /<(?:\w+:)?graphicFrame[\s>]/g;

export async function findUnsupportedParts(zip: JSZip): Promise<UnsupportedPart[]> {
  const counts = new Map<string, number>();
  const add = (kind: string, n = 1) => counts.set(kind, (counts.get(kind) ?? 0) + n);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const hasCharts = names.some((n) => /^xl\/charts\/chart\d*\.xml$/i.test(n));
  for (const name of names) {
    const rule = RULES.find((r) => r.test.test(name));
    if (rule) add(rule.kind);
    if (/^xl\/drawings\/drawing\d*\.xml$/i.test(name)) {
      // Pictures survive; shapes, text boxes, connectors and groups do not. Graphic frames hold charts
      // (already counted from their own parts) or SmartArt.
      const xml = await zip.files[name].async('string');
      const shapes = (xml.match(SHAPE) ?? []).length;
      if (shapes) add('shapes', shapes);
      const frames = (xml.match(GRAPHIC_FRAME) ?? []).length;
      if (frames && !hasCharts) add('graphicFrames', frames);
    }
  }
  const labels = new Map(RULES.map((r) => [r.kind, r]));
  labels.set('shapes', {
    kind: 'shapes',
    test: /$^/,
    one: 'shape or text box',
    many: 'shapes or text boxes',
  });
  labels.set('graphicFrames', {
    kind: 'graphicFrames',
    test: /$^/,
    one: 'SmartArt or other graphic',
    many: 'SmartArt or other graphics',
  });
  const out: UnsupportedPart[] = [];
  for (const [kind, count] of counts) {
    const l = labels.get(kind)!;
    out.push({ kind, count, description: `${count} ${count === 1 ? l.one : l.many}` });
  }
  return out;
}
