/**
 * Parts whose elements carry a prefix for the spreadsheet namespace ('<x:worksheet xmlns:x="...">', as the
 * Open XML SDK writes them) are what Excel reads, but ExcelJS only knows the elements by their bare names and
 * cannot build a workbook from them. Such a part is rewritten with the namespace as its default before
 * ExcelJS reads it: the same XML, in the form ExcelJS reads.
 */
import type JSZip from 'jszip';

export const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * The XML with the spreadsheet namespace's prefix taken off its elements and the namespace made the default;
 * undefined when its root element has no such prefix, or when a default namespace is already declared.
 */
export function withoutSpreadsheetPrefix(xml: string): string | undefined {
  const start = /<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b([^>]*)>/.exec(xml);
  if (!start) return undefined;
  const prefix = start[1];
  const attrs = start[2];
  const declared = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*(["'])([^"']*)\\1`).exec(attrs);
  if (!declared || declared[2] !== SPREADSHEET_NS || /\sxmlns\s*=/.test(attrs)) return undefined;
  const rootTag = start[0].replace(declared[0], ` xmlns="${SPREADSHEET_NS}"`);
  const body = xml.slice(0, start.index) + rootTag + xml.slice(start.index + start[0].length);
  return body.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
}

/**
 * Parts whose root element carries the spreadsheet namespace's prefix (known from the scan, without reading
 * the others): rewritten; resolves with whether any was.
 */
export async function unprefixParts(
  zip: JSZip,
  parts: ReadonlyMap<string, { readonly root?: string }>,
): Promise<boolean> {
  let changed = false;
  for (const [name, part] of parts) {
    if (!part.root?.includes(':')) continue;
    const file = zip.file(name);
    if (!file) continue;
    const plain = withoutSpreadsheetPrefix(await file.async('string'));
    if (plain === undefined) continue;
    zip.file(name, plain);
    changed = true;
  }
  return changed;
}
