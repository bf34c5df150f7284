/**
 * Property: a save changes no cell the add-in did not write. Random workbooks (test/fixtures/hostile/
 * random-workbook.ts: numbers to the extremes of a double, dates as serials under date formats, serials beyond
 * any date, errors, booleans, shared, inline and rich text, formulas with cached results) go through the
 * headless Excel's open, an unrelated write (the settings sheet, as `pmf set` writes it) and save; then every
 * cell of the original sheets is compared with the original by an independent reader, openpyxl (its value,
 * formula, cached result, number format and bold), and every number as written in the file (the text of
 * its <v>, read back as a double).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { HeadlessWorkbook } from '../../src/headless';
import { sheetParts } from '../../src/headless/package/parts';
import { loadWorkbook, saveFramework } from '../../src/excel/operations';
import { withFrameworkSettings } from '../../src/domain/framework';
import { headlessTestHost } from '../fixtures/tagged-sample';
import { randomWorkbook } from '../fixtures/hostile/random-workbook';
import { rawXlsx } from '../fixtures/hostile/xlsx';
import { PYTHON, hasOpenpyxl } from './helpers';

const SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i);

/** openpyxl's view of every cell that holds something: value, cached value, number format, bold. */
const READ_CELLS = `
import json, sys, warnings
warnings.simplefilter('ignore')
import openpyxl
def show(v):
    return v.isoformat() if hasattr(v, 'isoformat') else repr(v)
out = {}
for path in sys.argv[1:]:
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    book = {}
    for ws in formulas.worksheets:
        sheet = {}
        # The cells the file holds (iterating rows would visit every cell of the used rectangle).
        for key, cell in ws._cells.items():
            other = cached[ws.title]._cells.get(key)
            value = other.value if other is not None else None
            if cell.value is None and value is None:
                continue
            sheet[cell.coordinate] = [show(cell.value), show(value), cell.number_format, bool(cell.font.b)]
        book[ws.title] = sheet
    out[path] = book
print(json.dumps(out))
`;

/** Each cell's number as the file writes it ('<v>1e17</v>'), for cells holding a number (or a number result). */
async function numbersInFile(bytes: Uint8Array): Promise<Map<string, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, number>();
  for (const { name, part } of await sheetParts(zip)) {
    const xml = await zip.file(part!)!.async('string');
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(\w+)"/.exec(m[2])?.[1] ?? 'n';
      const v = m[3] ? /<v>([^<]*)<\/v>/.exec(m[3]) : null;
      if (type === 'n' && v) out.set(`${name}!${m[1]}`, Number(v[1]));
    }
  }
  return out;
}

(hasOpenpyxl ? describe : describe.skip)('a save keeps every cell it did not write', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'pmf-kept-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`holds for ${SEEDS.length} random workbooks, cell by cell, read by openpyxl`, async () => {
    const pairs: { seed: number; before: string; after: string; sheets: string[] }[] = [];
    for (const seed of SEEDS) {
      const raw = randomWorkbook(seed);
      const original = rawXlsx(raw);
      const book = await HeadlessWorkbook.fromBuffer(original, { name: `random-${seed}.xlsx` });
      expect({ seed, unread: book.unread }).toEqual({ seed, unread: [] });
      const host = headlessTestHost(book);
      const { framework } = await loadWorkbook(host, { grids: 'none' });
      await saveFramework(host, withFrameworkSettings(framework, { population: 65_000 }));
      const saved = await book.toBuffer();
      const before = join(dir, `before-${seed}.xlsx`);
      const after = join(dir, `after-${seed}.xlsx`);
      writeFileSync(before, original);
      writeFileSync(after, saved);
      pairs.push({ seed, before, after, sheets: raw.sheets.map((s) => s.name) });

      const numbersBefore = await numbersInFile(original);
      const numbersAfter = await numbersInFile(saved);
      for (const [cell, n] of numbersBefore) {
        expect({ seed, cell, number: numbersAfter.get(cell) }).toEqual({ seed, cell, number: n });
      }
    }
    const read = JSON.parse(
      execFileSync(PYTHON, ['-c', READ_CELLS, ...pairs.flatMap((p) => [p.before, p.after])], {
        maxBuffer: 64 * 1024 * 1024,
      }).toString(),
    ) as Record<string, Record<string, Record<string, unknown[]>>>;
    let cells = 0;
    for (const p of pairs) {
      expect(Object.keys(read[p.after])).toEqual([...p.sheets, 'PMF Settings']);
      for (const sheet of p.sheets) {
        const before = read[p.before][sheet];
        const after = read[p.after][sheet];
        for (const [cell, seen] of Object.entries(before)) {
          expect({ seed: p.seed, sheet, cell, seen: after[cell] }).toEqual({
            seed: p.seed,
            sheet,
            cell,
            seen,
          });
          cells++;
        }
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      }
    }
    expect(cells).toBeGreaterThan(SEEDS.length * 40);
  }, 120_000);
});
