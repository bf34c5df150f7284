/**
 * Workbook protection (Review > Protect Workbook): the <workbookProtection> element of xl/workbook.xml
 * (ECMA-376 Part 1, 18.2.29). lockStructure="1" stops sheets being added, deleted, renamed, moved, hidden
 * or shown; lockWindows="1" fixes the workbook's windows. ExcelJS neither reads nor writes the element, so
 * the headless workbook reads it from the package and puts it back, unchanged (its password hash included),
 * when it saves.
 */
import JSZip from 'jszip';

export interface WorkbookProtection {
  readonly lockStructure: boolean;
  readonly lockWindows: boolean;
  /** The element exactly as the file had it (or as made for a workbook built in code). */
  readonly xml: string;
}

const ELEMENT =
  /<(?:\w+:)?workbookProtection\b[^>]*?\/>|<(?:\w+:)?workbookProtection\b[^>]*>[\s\S]*?<\/(?:\w+:)?workbookProtection>/;

const flag = (xml: string, name: string): boolean => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(xml);
  return !!m && (m[1] === '1' || m[1].toLowerCase() === 'true');
};

/** The workbook's protection, from the text of xl/workbook.xml; null when it has none. */
export function readWorkbookProtection(workbookXml: string): WorkbookProtection | null {
  const m = ELEMENT.exec(workbookXml);
  if (!m) return null;
  const xml = m[0];
  return { lockStructure: flag(xml, 'lockStructure'), lockWindows: flag(xml, 'lockWindows'), xml };
}

/** Protection for a workbook built in code (no password). */
export function workbookProtection(lock: { structure?: boolean; windows?: boolean }): WorkbookProtection {
  const attrs = [lock.structure ? ' lockStructure="1"' : '', lock.windows ? ' lockWindows="1"' : ''].join('');
  return {
    lockStructure: !!lock.structure,
    lockWindows: !!lock.windows,
    xml: `<workbookProtection${attrs}/>`,
  };
}

/**
 * Puts the protection element into a saved package's xl/workbook.xml, where the schema places it: after
 * fileVersion, fileSharing and workbookPr, before bookViews and sheets.
 */
export async function withWorkbookProtection(
  bytes: Uint8Array,
  protection: WorkbookProtection,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('xl/workbook.xml');
  if (!part) return bytes;
  const xml = (await part.async('string')).replace(ELEMENT, '');
  const after =
    /<(?:\w+:)?(?:workbookPr|fileSharing|fileVersion)\b[^>]*?\/>(?![\s\S]*<(?:\w+:)?(?:workbookPr|fileSharing|fileVersion)\b)/;
  const before = /<(?:\w+:)?(?:bookViews|sheets)\b/;
  const element = protection.xml.replace(/^<\w+:/, '<').replace(/<\/\w+:/, '</');
  let patched: string;
  const a = after.exec(xml);
  if (a) patched = xml.slice(0, a.index + a[0].length) + element + xml.slice(a.index + a[0].length);
  else {
    const b = before.exec(xml);
    if (!b) return bytes;
    patched = xml.slice(0, b.index) + element + xml.slice(b.index);
  }
  zip.file('xl/workbook.xml', patched);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
