/**
 * A workbook built whole, or what it lacks said in words. ExcelJS reads a package's parts by fixed names
 * (xl/worksheets/sheetN.xml, xl/sharedStrings.xml, xl/styles.xml) and silently leaves out any it does not
 * find there; a sheet left out would be dropped by the next save. So:
 * - before the workbook is built, parts that the workbook's relationships place elsewhere (a sheet part
 *   named 'data.xml', shared text in 'xl/SharedStrings.xml', as other programs write them) are moved to the
 *   names ExcelJS reads, and the relationships follow them;
 * - once it is built, a listed sheet the workbook still lacks, cells whose shared text is missing from the
 *   file, and cell formats missing from it are listed in words (the file is then never rewritten in place).
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { cellAddress } from '../address';
import { existingRows } from '../cells';
import { type SheetPart, attributeMap, resolveTarget } from './parts';

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_TEXT = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const READ_SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const SHEET_FOLDER = /^xl\/worksheets\/[^/]+\.xml$/i;

function sheetRels(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The parts to move (from -> to) so that ExcelJS reads them; empty when all are where it looks. */
export function partMoves(zip: JSZip, relsXml: string, sheets: readonly SheetPart[]): Map<string, string> {
  const moves = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const rel = attributeMap(m[1]);
    const type = rel.get('Type') ?? '';
    const target = rel.get('Target');
    if (!target || rel.get('TargetMode') === 'External') continue;
    const from = resolveTarget('xl', target);
    const to = /\/sharedStrings$/.test(type) ? SHARED_TEXT : /\/styles$/.test(type) ? STYLES : undefined;
    if (to && from !== to && zip.file(from) && !zip.file(to)) moves.set(from, to);
  }
  const taken = new Set(
    Object.keys(zip.files)
      .map((n) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(n)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number),
  );
  let next = 1;
  for (const s of sheets) {
    if (!s.part || READ_SHEET_PART.test(s.part) || !SHEET_FOLDER.test(s.part) || !zip.file(s.part)) continue;
    if (moves.has(s.part)) continue;
    while (taken.has(next)) next++;
    taken.add(next);
    moves.set(s.part, `xl/worksheets/sheet${next}.xml`);
  }
  return moves;
}

/**
 * Moves the parts ExcelJS would not find to the names it reads (a sheet's own relationships with it), and
 * points the workbook's relationships at them. Resolves with whether anything moved.
 */
export async function placePartsWhereRead(zip: JSZip, sheets: readonly SheetPart[]): Promise<boolean> {
  const relsFile = zip.file(WORKBOOK_RELS);
  if (!relsFile) return false;
  const relsXml = await relsFile.async('string');
  const moves = partMoves(zip, relsXml, sheets);
  if (moves.size === 0) return false;
  for (const [from, to] of moves) {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
    const rels = zip.file(sheetRels(from));
    if (rels) {
      zip.file(sheetRels(to), await rels.async('uint8array'));
      zip.remove(sheetRels(from));
    }
  }
  const moved = relsXml.replace(
    /<((?:[\w.-]+:)?Relationship)\b([^>]*)>/g,
    (whole, tag: string, attrs: string) => {
      const rel = attributeMap(attrs);
      const target = rel.get('Target');
      if (!target || rel.get('TargetMode') === 'External') return whole;
      const to = moves.get(resolveTarget('xl', target));
      if (!to) return whole;
      return `<${tag}${attrs.replace(/(\bTarget\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${to.slice('xl/'.length)}"`)}>`;
    },
  );
  zip.file(WORKBOOK_RELS, moved);
  return true;
}

/** Chart sheets are listed among the parts the headless Excel cannot keep (unsupported.ts), not here. */
const CHART_SHEET = /^xl\/chartsheets\//i;

/**
 * Listed sheets whose part is in the file but which the workbook built from it lacks (a sheet part outside
 * xl/worksheets, a macro sheet...).
 */
export function sheetsNotBuilt(sheets: readonly SheetPart[], zip: JSZip, wb: ExcelJS.Workbook): string[] {
  const built = new Set(wb.worksheets.map((w) => w.name));
  return sheets
    .filter((s) => s.part && zip.file(s.part) && !CHART_SHEET.test(s.part) && !built.has(s.name))
    .map((s) => `the sheet '${s.name}': its part (${s.part}) is not one the headless Excel can read`);
}

// ExcelJS.ValueType.String: a shared-text cell whose text was not found keeps the text's index as a number.
const T_STRING = 3;

/**
 * When the file has no shared text part: the cells that pointed at it are emptied (ExcelJS holds the index
 * of the missing text as if it were a number) and described in words; nothing when there are none.
 */
export function emptyCellsOfMissingText(zip: JSZip, wb: ExcelJS.Workbook): string[] {
  if (zip.file(SHARED_TEXT)) return [];
  let first: string | undefined;
  let count = 0;
  for (const ws of wb.worksheets) {
    for (const row of existingRows(ws)) {
      (row as unknown as { _cells: ExcelJS.Cell[] })._cells.forEach((cell, c) => {
        if ((cell.type as number) !== T_STRING || typeof cell.value !== 'number') return;
        first ??= `'${ws.name}'!${cellAddress(row.number, c + 1)}`;
        count++;
        cell.value = null;
      });
    }
  }
  if (count === 0) return [];
  const which =
    count === 1 ? `the text of the cell ${first}` : `the text of ${count} cells, the first ${first}`;
  return [`${which}: the workbook's shared text (${SHARED_TEXT}) is missing from the file`];
}

/** When the file has no cell formats part but its sheets' cells use formats: that, in words. */
export async function missingCellFormats(zip: JSZip, sheets: readonly SheetPart[]): Promise<string[]> {
  if (zip.file(STYLES)) return [];
  for (const s of sheets) {
    const file = s.part ? zip.file(s.part) : null;
    if (!file) continue;
    if (/<(?:[\w.-]+:)?c\b[^>]*\ss\s*=\s*["'][1-9]/.test(await file.async('string'))) {
      return [
        `the cells' formats (dates, percentages, fonts...): the workbook's cell formats (${STYLES}) are missing from the file`,
      ];
    }
  }
  return [];
}
