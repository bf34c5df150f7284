/**
 * Numbers kept as the file holds them. ExcelJS turns a number in a date-formatted cell into a JavaScript Date
 * as it reads the file (rounded to the millisecond; a serial beyond 31 December 9999, such as 1e17, becomes an
 * invalid date, which it writes back as NaN), and writes the Date back as a serial computed from it. Excel
 * keeps the number. So before ExcelJS reads the package, the date formats in xl/styles.xml are swapped for
 * placeholders it does not take for dates; once the workbook is built, the cell, row and column styles get
 * their formats back. The cells then hold the file's own numbers, which ExcelJS writes back exactly.
 *
 * A number the file holds but no double can (1.8e308 reads as Infinity; text in a number cell reads as NaN)
 * cannot be written back: such cells are listed, so that the workbook is not rewritten in place, and a copy
 * holds Excel's #NUM! in their place, never NaN or Infinity.
 */
import type * as ExcelJS from 'exceljs';
import { cellAddress } from '../address';
import { existingRows } from '../cells';
import { unescapeXml } from './parts';

/** The formats ExcelJS gives the built-in number format ids (its own table), for the ids it takes for dates. */
const BUILT_IN_DATE_FORMATS: Readonly<Record<number, string>> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** ExcelJS's test for a date format (utils.isDateFmt), so that exactly what it would convert is swapped. */
export function isDateFormatForExcelJs(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

const PLACEHOLDER = /^"PMF kept format (\d+)"$/;
const placeholder = (n: number) => `"PMF kept format ${n}"`;

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface HiddenDateFormats {
  /** xl/styles.xml with its date formats swapped for placeholders. */
  readonly xml: string;
  /** Placeholder number -> the format ExcelJS would have given the cells. */
  readonly formats: ReadonlyMap<number, string>;
}

/**
 * Swaps the date formats of xl/styles.xml for placeholders: custom formats (<numFmt formatCode=...>) in
 * place; a cell format (<xf> in <cellXfs>) using a built-in date id gets a new custom format id whose code
 * is a placeholder. Undefined when the styles hold no date format.
 */
export function hideDateFormats(stylesXml: string): HiddenDateFormats | undefined {
  const formats = new Map<number, string>();
  let next = 0;
  const ids: number[] = [];
  let xml = stylesXml.replace(
    /<((?:[\w.-]+:)?numFmt)\b([^>]*?)(\/?)>/g,
    (whole, tag: string, attrs: string, close: string) => {
      const id = /\bnumFmtId\s*=\s*"(\d+)"/.exec(attrs);
      if (id) ids.push(Number(id[1]));
      const code = /\bformatCode\s*=\s*"([^"]*)"/.exec(attrs);
      if (!code || !isDateFormatForExcelJs(unescapeXml(code[1]))) return whole;
      const n = next++;
      formats.set(n, unescapeXml(code[1]));
      const swapped = attrs.replace(code[0], `formatCode="${escapeAttribute(placeholder(n))}"`);
      return `<${tag}${swapped}${close}>`;
    },
  );
  // Cell formats using a built-in date format: point them at new custom formats holding placeholders.
  const cellXfs = /<((?:[\w.-]+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
  const added: { id: number; n: number }[] = [];
  let prefix = '';
  if (cellXfs) {
    prefix = cellXfs[1];
    let nextId = Math.max(163, ...ids) + 1;
    const byBuiltIn = new Map<number, number>();
    const body = cellXfs[2].replace(
      /<((?:[\w.-]+:)?xf)\b([^>]*?)(\/?)>/g,
      (whole, tag: string, attrs: string, close: string) => {
        const m = /\bnumFmtId\s*=\s*"(\d+)"/.exec(attrs);
        const builtIn = m ? BUILT_IN_DATE_FORMATS[Number(m[1])] : undefined;
        if (!m || builtIn === undefined || ids.includes(Number(m[1]))) return whole;
        let id = byBuiltIn.get(Number(m[1]));
        if (id === undefined) {
          id = nextId++;
          byBuiltIn.set(Number(m[1]), id);
          const n = next++;
          formats.set(n, builtIn);
          added.push({ id, n });
        }
        return `<${tag}${attrs.replace(m[0], `numFmtId="${id}"`)}${close}>`;
      },
    );
    xml =
      xml.slice(0, cellXfs.index) +
      cellXfs[0].replace(cellXfs[2], () => body) +
      xml.slice(cellXfs.index + cellXfs[0].length);
  }
  if (formats.size === 0) return undefined;
  if (added.length > 0) {
    const entries = added
      .map(
        ({ id, n }) => `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(placeholder(n))}"/>`,
      )
      .join('');
    const list = /<((?:[\w.-]+:)?numFmts)\b([^>]*?)(\/?)>/.exec(xml);
    if (list && list[3] === '') {
      const closing = `</${list[1]}>`;
      const at = xml.indexOf(closing, list.index);
      xml = xml.slice(0, at) + entries + xml.slice(at);
    } else if (list) {
      xml =
        xml.slice(0, list.index) +
        `<${list[1]}${list[2]}>${entries}</${list[1]}>` +
        xml.slice(list.index + list[0].length);
    } else {
      const root = /<((?:[\w.-]+:)?)styleSheet\b[^>]*>/.exec(xml);
      if (!root) return undefined;
      const at = root.index + root[0].length;
      xml = `${xml.slice(0, at)}<${prefix}numFmts count="${added.length}">${entries}</${prefix}numFmts>${xml.slice(at)}`;
    }
    // ExcelJS does not rely on the count; keep it right for any other reader.
    xml = xml.replace(
      /(<(?:[\w.-]+:)?numFmts\b[^>]*?\bcount\s*=\s*")(\d+)(")/,
      (_m, a: string, _c: string, b: string) => {
        const count = (xml.match(/<(?:[\w.-]+:)?numFmt\b/g) ?? []).length;
        return `${a}${count}${b}`;
      },
    );
  }
  return { xml, formats };
}

type Styled = { style?: Partial<ExcelJS.Style> };

// ExcelJS.ValueType values used here.
const T_NUMBER = 2;
const T_DATE = 4;
const T_FORMULA = 6;

export interface UnkeptNumber {
  readonly sheet: string;
  readonly address: string;
  readonly cell: ExcelJS.Cell;
}

function unwritable(v: unknown): boolean {
  return (typeof v === 'number' && !Number.isFinite(v)) || (v instanceof Date && Number.isNaN(v.getTime()));
}

/**
 * Once ExcelJS has built the workbook, in one pass over its cells: gives every cell, row and column style its
 * date format back (styles are shared objects), when formats were hidden; and lists the cells whose number
 * (or formula result) is NaN, infinite or an invalid date, none of which can be written back.
 */
export function settleLoadedCells(
  wb: ExcelJS.Workbook,
  formats: ReadonlyMap<number, string> | undefined,
): UnkeptNumber[] {
  const restore = (o: Styled) => {
    const f = o.style?.numFmt;
    if (typeof f !== 'string' || !formats) return;
    const m = PLACEHOLDER.exec(f);
    if (m) o.style!.numFmt = formats.get(Number(m[1])) ?? 'General';
  };
  const out: UnkeptNumber[] = [];
  for (const ws of wb.worksheets) {
    if (formats) {
      for (const col of (ws as unknown as { _columns?: (Styled | undefined)[] })._columns ?? []) {
        if (col) restore(col);
      }
    }
    for (const row of existingRows(ws)) {
      restore(row as unknown as Styled);
      // forEach passes over the gaps of a row with a cell far to the right.
      (row as unknown as { _cells: ExcelJS.Cell[] })._cells.forEach((cell, c) => {
        restore(cell as unknown as Styled);
        const t = cell.type as number;
        const bad =
          ((t === T_NUMBER || t === T_DATE) && unwritable(cell.value)) ||
          (t === T_FORMULA && unwritable(cell.result));
        if (bad) out.push({ sheet: ws.name, address: cellAddress(row.number, c + 1), cell });
      });
    }
  }
  return out;
}

/** Puts Excel's #NUM! where a number cannot be written (a formula keeps its formula, with #NUM! as its result). */
export function mendUnkeptNumbers(found: readonly UnkeptNumber[]): void {
  for (const { cell } of found) {
    const t = cell.type as number;
    if (t === T_FORMULA) {
      const v = cell.value as ExcelJS.CellFormulaValue;
      cell.value = { ...v, result: { error: '#NUM!' } } as ExcelJS.CellFormulaValue;
    } else {
      cell.value = { error: '#NUM!' } as ExcelJS.CellErrorValue;
    }
  }
}
