/**
 * Which part of a package holds what, in words a person knows: the sheets the workbook part lists and the
 * part each one's relationship points to, and a plain name for any part ("the sheet 'Monthly PMF'", "the
 * workbook's shared text"). Also what the package lacks: a listed sheet whose part is missing, or a workbook
 * part that lists no sheets at all.
 */
import type JSZip from 'jszip';

export interface SheetPart {
  readonly name: string;
  /** The part's path in the package ('xl/worksheets/sheet1.xml'), or undefined when no relationship names it. */
  readonly part: string | undefined;
}

/** The text of an XML attribute value: entities and character references replaced. */
export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** The attributes of an element's start tag (the text after its name), by name, their values unescaped. */
export function attributeMap(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** Elements named `local` (with or without a namespace prefix), as their attribute maps. */
function elements(xml: string, local: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}\\b([^>]*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => attributeMap(m[1]));
}

/** Resolves a relationship target against the folder of the part that holds the relationships. */
export function resolveTarget(fromFolder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${fromFolder}/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
}

/** The sheets xl/workbook.xml lists, in order, each with the part its relationship points to. */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = zip.file('xl/workbook.xml');
  if (!workbook) return [];
  const xml = await workbook.async('string');
  const relsFile = zip.file('xl/_rels/workbook.xml.rels');
  const rels = relsFile ? await relsFile.async('string') : '';
  const targets = new Map<string, string>();
  for (const r of elements(rels, 'Relationship')) {
    const id = r.get('Id');
    const target = r.get('Target');
    if (id && target && r.get('TargetMode') !== 'External') targets.set(id, resolveTarget('xl', target));
  }
  return elements(xml, 'sheet').map((s) => {
    const id = [...s].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    return { name: s.get('name') ?? '', part: id ? targets.get(id) : undefined };
  });
}

/** A plain name for a part: the sheet it holds, or what Excel keeps in it. */
export function describePart(part: string, sheets: readonly SheetPart[]): string {
  const sheet = sheets.find((s) => s.part === part);
  if (sheet) return `the sheet '${sheet.name}'`;
  const known: [RegExp, string][] = [
    [/^xl\/workbook\.xml$/i, 'the workbook part (its list of sheets)'],
    [/^xl\/sharedStrings\.xml$/i, "the workbook's shared text (xl/sharedStrings.xml)"],
    [/^xl\/styles\.xml$/i, "the workbook's cell formats (xl/styles.xml)"],
    [/^xl\/theme\//i, "the workbook's theme"],
    [/^\[Content_Types\]\.xml$/i, "the list of the package's parts ([Content_Types].xml)"],
    [/_rels\//i, `the links between the package's parts (${part})`],
    [/^docProps\//i, `the document properties (${part})`],
    [/^xl\/worksheets\//i, `a sheet's part (${part})`],
  ];
  for (const [re, text] of known) if (re.test(part)) return text;
  return `the part ${part}`;
}

/** What the package lacks that the workbook part promises: listed sheets without a part; no sheets at all. */
export function missingParts(zip: JSZip, sheets: readonly SheetPart[]): string[] {
  if (sheets.length === 0) return ['its sheets: the workbook part lists none'];
  return sheets
    .filter((s) => !s.part || !zip.file(s.part))
    .map((s) => `the sheet '${s.name}': its part is missing from the file`);
}
