// Draws the README's picture of the printed front page: the bundled sample, tagged and refreshed through
// the add-in's own code, printed by LibreOffice to PDF and turned into a PNG by pdftoppm (poppler-utils).
// Run: npm run picture   (writes docs/front-page.png; `--summary DIR` also leaves the summary's pages in DIR)
import { mkdtempSync, mkdirSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { refreshSummary } from '../src/excel/operations';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../test/fixtures/tagged-sample';
import { canRender, pagePng, pageCount, printSheets } from '../test/render/sheet-pdf';

async function main(): Promise<void> {
  if (!canRender()) {
    console.error(
      'front-page-picture: needs LibreOffice (soffice) and poppler-utils (pdftoppm); run scripts/setup.sh',
    );
    process.exit(2);
  }
  const book = await taggedSampleWorkbook();
  const result = await refreshSummary(headlessTestHost(book), {
    asAt: SAMPLE_AS_AT,
    producedAt: '2025-04-02T09:30:00Z',
  });
  const dir = mkdtempSync(join(tmpdir(), 'pmf-picture-'));
  const pdf = await printSheets(book, [result.frontPageSheetName], dir, 'front-page');
  const pages = pageCount(pdf);
  mkdirSync('docs', { recursive: true });
  copyFileSync(pagePng(pdf, 1, join(dir, 'front-page'), 110), join('docs', 'front-page.png'));
  console.log(
    `wrote docs/front-page.png (the front page printed on ${pages} A4 page${pages === 1 ? '' : 's'})`,
  );

  const at = process.argv.indexOf('--summary');
  if (at > 0 && process.argv[at + 1]) {
    const out = process.argv[at + 1];
    mkdirSync(out, { recursive: true });
    const summary = await printSheets(book, [result.sheetName], dir, 'summary');
    const n = pageCount(summary);
    for (let p = 1; p <= n; p++) pagePng(summary, p, join(out, `summary-${String(p).padStart(2, '0')}`), 70);
    copyFileSync(summary, join(out, 'summary.pdf'));
    console.log(`wrote the summary's ${n} pages to ${out}`);
  }
}

void main();
