/**
 * Printing sheets as a member would see them: LibreOffice renders the chosen sheets of a workbook to PDF
 * (the others hidden, so they are not printed), and poppler's pdftotext gives every word with its page and
 * position. Used by the print test and by the script that draws the README's picture of the front page.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { HeadlessWorkbook } from '../../src/headless';

function works(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 30000 });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice and poppler-utils are installed (scripts/setup.sh installs both). */
export function canRender(): boolean {
  return works('soffice', ['--version']) && works('pdftotext', ['-v']) && works('pdfinfo', ['-v']);
}

/**
 * Saves the workbook with every sheet but `sheets` hidden, the first of them active, and has LibreOffice
 * print it to PDF in `dir`. Returns the PDF's path. The workbook itself is left as it was.
 */
export async function printSheets(
  book: HeadlessWorkbook,
  sheets: readonly string[],
  dir: string,
  base = 'printed',
): Promise<string> {
  const wb = book.excel;
  const states = wb.worksheets.map((ws) => ws.state);
  // LibreOffice prints a hidden sheet's print area all the same: the hidden sheets lose theirs meanwhile.
  const areas = wb.worksheets.map((ws) => ws.pageSetup?.printArea);
  const wasActive = book._activeWorksheet();
  const first = wb.worksheets.find((ws) => ws.name === sheets[0]);
  if (!first) throw new Error(`no sheet '${sheets[0]}' to print`);
  try {
    for (const ws of wb.worksheets) {
      const shown = sheets.includes(ws.name);
      ws.state = shown ? 'visible' : 'hidden';
      if (!shown && ws.pageSetup) ws.pageSetup.printArea = undefined;
    }
    book._activate(first);
    mkdirSync(dir, { recursive: true });
    const xlsx = join(dir, `${base}.xlsx`);
    writeFileSync(xlsx, await book.toBuffer());
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'ignore', timeout: 180000, env: { ...process.env, HOME: dir } },
    );
    return join(dir, `${base}.pdf`);
  } finally {
    wb.worksheets.forEach((ws, i) => {
      ws.state = states[i];
      if (ws.pageSetup) ws.pageSetup.printArea = areas[i];
    });
    book._activate(wasActive);
  }
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}

export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Every word of the PDF with its page and box (points, y downwards), from `pdftotext -bbox`. */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = pageRe.exec(html); m; m = pageRe.exec(html)) {
    const number = pages.length + 1;
    const words: PdfWord[] = [];
    for (let w = wordRe.exec(m[3]); w; w = wordRe.exec(m[3])) {
      words.push({
        page: number,
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: unescapeXml(w[5]),
      });
    }
    pages.push({ number, width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** The PDF's text, for messages. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** A PNG of one page, `dpi` dots per inch (pdftoppm); returns its path. */
export function pagePng(pdf: string, page: number, out: string, dpi = 110): string {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    out,
  ]);
  return `${out}.png`;
}
