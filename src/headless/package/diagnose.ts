/**
 * Why a package the workbook could not be built from is damaged, naming the part in plain words. Run only
 * once building the workbook has failed (the parts are within the package's allowance by then): each XML
 * part is checked for XML that does not nest, then each sheet for cells that point at shared text the file
 * does not hold or whose address is not one.
 */
import type JSZip from 'jszip';
import { type SheetPart, describePart } from './parts';
import { packageFiles } from './scan';

/** Where an XML text stops being XML, in words ('an element closed out of order'), or undefined if it is. */
export function xmlProblem(xml: string): string | undefined {
  const open: string[] = [];
  let rootClosed = false;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? n : lt);
    if ((open.length === 0 || rootClosed) && text.replace(/^\uFEFF/, '').trim() !== '') {
      return 'it holds text outside its elements';
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return 'it ends early';
      i = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return 'it ends early';
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return 'it ends early';
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return 'it ends early';
      i = end + 1;
    } else {
      // A tag: its end is the first '>' outside quotes.
      let j = lt + 1;
      let quote = '';
      for (; j < n; j++) {
        const ch = xml[j];
        if (quote) {
          if (ch === quote) quote = '';
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '<') return 'an element is not closed';
        else if (ch === '>') break;
      }
      if (j >= n) return 'it ends early';
      const body = xml.slice(lt + 1, j);
      if (body.startsWith('/')) {
        const name = body.slice(1).trim();
        if (open.pop() !== name) return 'an element is closed out of order';
        if (open.length === 0) rootClosed = true;
      } else {
        const name = /^[^\s/>]+/.exec(body)?.[0];
        if (!name) return 'an element has no name';
        if (rootClosed) return 'it holds more than one root element';
        if (!body.endsWith('/')) open.push(name);
        else if (open.length === 0) rootClosed = true;
      }
      i = j + 1;
    }
  }
  if (open.length > 0) return 'it ends early';
  if (!rootClosed) return 'it holds no element';
  return undefined;
}

const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const ADDRESS = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/;

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Whether a cell reference is one Excel has: A1 to XFD1048576. */
export function isCellAddress(ref: string): boolean {
  const m = ADDRESS.exec(ref);
  return !!m && columnNumber(m[1]) <= 16_384 && Number(m[2]) <= 1_048_576;
}

/** What is wrong with a sheet's cells, in words, or undefined when nothing is found. */
export function sheetCellProblem(xml: string, sharedTexts: number): string | undefined {
  for (const m of xml.matchAll(CELL)) {
    const attrs = m[1];
    const ref = attribute(attrs, 'r');
    if (ref !== undefined && !isCellAddress(ref)) {
      return `it has a cell whose address ('${ref.slice(0, 20)}') is not a cell's`;
    }
    if (attribute(attrs, 't') === 's') {
      const v = /<(?:[\w.-]+:)?v>\s*([^<]*?)\s*<\/(?:[\w.-]+:)?v>/.exec(m[2] ?? '')?.[1];
      const index = v === undefined ? NaN : Number(v);
      if (v !== undefined && (!Number.isInteger(index) || index < 0 || index >= sharedTexts)) {
        return `its cell${ref ? ` ${ref}` : ''} points at shared text the file does not hold`;
      }
    }
  }
  return undefined;
}

/** The number of texts the shared text part holds (0 when there is none). */
export function sharedTextCount(xml: string | undefined): number {
  return xml ? (xml.match(/<(?:[\w.-]+:)?si\b/g) ?? []).length : 0;
}

/**
 * The sentence (after the file's name) for a package the workbook could not be built from: the first part
 * found damaged, named; a general sentence when none is found.
 */
export async function diagnoseDamage(zip: JSZip, sheets: readonly SheetPart[]): Promise<string> {
  const texts = new Map<string, string>();
  for (const file of packageFiles(zip)) {
    if (!/\.(xml|rels)$/i.test(file.name)) continue;
    const xml = await file.async('string');
    const problem = xmlProblem(xml);
    if (problem) return `is damaged: the XML of ${describePart(file.name, sheets)} is garbled (${problem})`;
    texts.set(file.name, xml);
  }
  const shared = sharedTextCount(texts.get('xl/sharedStrings.xml'));
  for (const sheet of sheets) {
    const xml = sheet.part ? texts.get(sheet.part) : undefined;
    const problem = xml === undefined ? undefined : sheetCellProblem(xml, shared);
    if (problem) return `is damaged: the sheet '${sheet.name}' is garbled (${problem})`;
  }
  return 'is damaged: one of its parts is not what Excel writes (it may have been cut short or altered by another program)';
}
