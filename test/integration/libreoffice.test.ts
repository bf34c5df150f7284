// An independent program opens what the add-in saves: LibreOffice reads the refreshed workbook and saves it
// again, and the summary and the source sheets come through. Runs where LibreOffice is installed (CI is).
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { refreshSummary } from '../../src/excel/operations';
import { SAMPLE_AS_AT, headlessTestHost, taggedSampleWorkbook } from '../fixtures/tagged-sample';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30000 });
    return true;
  } catch {
    return false;
  }
}

(hasSoffice() ? test : test.skip)(
  'LibreOffice opens the refreshed workbook with its summary sheet intact',
  async () => {
    const book = await taggedSampleWorkbook();
    await refreshSummary(headlessTestHost(book), { asAt: SAMPLE_AS_AT, producedAt: '2025-04-02T09:30:00Z' });
    const dir = mkdtempSync(join(tmpdir(), 'pmf-lo-'));
    const input = join(dir, 'refreshed.xlsx');
    writeFileSync(input, await book.toBuffer());
    const outDir = join(dir, 'out');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        input,
      ],
      { stdio: 'ignore', timeout: 120000, env: { ...process.env, HOME: dir } },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(outDir, 'refreshed.xlsx')) as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('PMF Summary')!;
    expect(String(summary.getCell('A1').value)).toMatch(/Corporate Parenting Panel/);
    const ids: string[] = [];
    summary.eachRow((row) => ids.push(String(row.getCell(1).value ?? '')));
    expect(ids).toContain('K04');
    expect(ids).toContain('S01');
    expect(wb.getWorksheet('Monthly PMF')!.getCell('A1').value).toMatch(/Anyshire/);
    expect(wb.getWorksheet('PMF Tags')!.state).toBe('hidden');
  },
  180000,
);
