/**
 * Opening a package within bounds (src/headless/package/): what a workbook may inflate to, parts checked as
 * they inflate, XML cut short, the parts a workbook lists and lacks, numbers in date-formatted cells kept.
 */
import JSZip from 'jszip';
import { HeadlessWorkbook } from '../../src/headless';
import {
  INFLATE_CEILING_BYTES,
  INFLATE_FLOOR_BYTES,
  INFLATE_RATIO,
  formatBytes,
  inflateAllowance,
} from '../../src/headless/package/limits';
import { hideDateFormats, isDateFormatForExcelJs } from '../../src/headless/package/numbers';
import { describePart, missingParts, resolveTarget, sheetParts } from '../../src/headless/package/parts';
import { PackageRefusal, rootElement, scanPackage, xmlEndsEarly } from '../../src/headless/package/scan';
import {
  diagnoseDamage,
  isCellAddress,
  sharedTextCount,
  sheetCellProblem,
  xmlProblem,
} from '../../src/headless/package/diagnose';
import { SPREADSHEET_NS, withoutSpreadsheetPrefix } from '../../src/headless/package/namespaces';
import { entry, repeatedEntry, zipBytes } from '../fixtures/hostile/zip';
import { type RawWorkbook, packageOf, rawXlsx, xlsxParts } from '../fixtures/hostile/xlsx';

const MB = 1024 * 1024;

describe('what a workbook may inflate to', () => {
  it('30 times its size, at least 16 MB and at most 40 MB', () => {
    expect(inflateAllowance(25_000)).toBe(INFLATE_FLOOR_BYTES);
    expect(inflateAllowance(1 * MB)).toBe(INFLATE_RATIO * 1 * MB);
    expect(inflateAllowance(50 * MB)).toBe(INFLATE_CEILING_BYTES);
    expect(INFLATE_CEILING_BYTES).toBe(40 * MB);
    expect([formatBytes(812), formatBytes(1.4 * MB), formatBytes(450 * MB), formatBytes(1024 * MB)]).toEqual([
      '812 bytes',
      '1.4 MB',
      '450 MB',
      '1 GB',
    ]);
  });

  it('a package whose entries declare more is refused before any part is inflated', async () => {
    const big = repeatedEntry('xl/worksheets/sheet1.xml', {
      head: '<a>',
      block: 'x'.repeat(MB),
      times: 60,
      tail: '</a>',
    });
    const zip = await JSZip.loadAsync(zipBytes([entry('xl/workbook.xml', '<workbook/>'), big]));
    const started = Date.now();
    await expect(scanPackage(zip, 100_000)).rejects.toThrow(PackageRefusal);
    await expect(scanPackage(zip, 100_000)).rejects.toThrow(/would expand to 60 MB from a 98 KB file/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a part that grows beyond what its entry declares is stopped as it inflates', async () => {
    const lying = repeatedEntry(
      'xl/worksheets/sheet1.xml',
      { head: '<a>', block: 'x'.repeat(MB), times: 40, tail: '</a>' },
      { declaredSize: 1000 },
    );
    const zip = await JSZip.loadAsync(zipBytes([lying]));
    await expect(scanPackage(zip, 1000)).rejects.toThrow(
      /xl\/worksheets\/sheet1\.xml holds more than its zip entry says/,
    );
  });

  it('an honest package: each part with its size and whether its XML ends early', async () => {
    const zip = await JSZip.loadAsync(
      zipBytes([
        entry('xl/workbook.xml', '<?xml version="1.0"?>\n<workbook><sheets/></workbook>\n'),
        entry('xl/cut.xml', `<?xml version="1.0"?><worksheet><sheetData>${'<row/>'.repeat(100)}`),
        entry('xl/media/image1.png', new Uint8Array([137, 80, 78, 71]), false),
      ]),
    );
    const scan = await scanPackage(zip, 2000);
    expect([...scan.parts.values()].map((p) => [p.name, p.endsEarly])).toEqual([
      ['xl/workbook.xml', false],
      ['xl/cut.xml', true],
      ['xl/media/image1.png', false],
    ]);
    expect(scan.parts.get('xl/media/image1.png')!.bytes).toBe(4);
  });
});

describe('XML that ends early', () => {
  it.each([
    ['<?xml version="1.0"?>\n<worksheet xmlns="x"><sheetData/></worksheet>', false],
    ['<worksheet><sheetData/></worksheet>\n<!-- written by a tool -->\n', false],
    ['<x:worksheet xmlns:x="x"><x:sheetData/></x:worksheet >', false],
    ['<?xml version="1.0"?><Relationships xmlns="r"/>', false],
    ['<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>', true],
    ['<worksheet><sheetData><row/>', true],
    ['<?xml version="1.0"?><sst count="2"><si><t>Month</t></si><si><t>Num', true],
    ['', true],
  ])('%s: %s', (xml, early) => {
    expect(xmlEndsEarly(xml, xml)).toBe(early);
  });

  it('finds the root element past the prolog and comments', () => {
    expect(rootElement('\uFEFF<?xml version="1.0"?>\n<!-- c --><workbook xmlns="x">')).toBe('workbook');
    expect(rootElement('<x:styleSheet xmlns:x="y">')).toBe('x:styleSheet');
  });
});

describe('the sheets a workbook lists, and what it lacks', () => {
  const book: RawWorkbook = {
    sheets: [
      { name: 'Monthly PMF', rows: '' },
      { name: "Children's & carers", rows: '' },
    ],
  };

  it('names each sheet with its part, resolving relationship targets', async () => {
    const zip = await JSZip.loadAsync(rawXlsx(book));
    expect(await sheetParts(zip)).toEqual([
      { name: 'Monthly PMF', part: 'xl/worksheets/sheet1.xml' },
      { name: "Children's & carers", part: 'xl/worksheets/sheet2.xml' },
    ]);
    expect(resolveTarget('xl', '/xl/worksheets/sheet9.xml')).toBe('xl/worksheets/sheet9.xml');
    expect(resolveTarget('xl', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    const sheets = await sheetParts(zip);
    expect(describePart('xl/worksheets/sheet2.xml', sheets)).toBe("the sheet 'Children's & carers'");
    expect(describePart('xl/sharedStrings.xml', sheets)).toBe(
      "the workbook's shared text (xl/sharedStrings.xml)",
    );
    expect(missingParts(zip, sheets)).toEqual([]);
  });

  it('a listed sheet whose part is missing, and a list of no sheets', async () => {
    const parts = xlsxParts(book);
    parts.delete('xl/worksheets/sheet2.xml');
    const zip = await JSZip.loadAsync(packageOf(parts));
    expect(missingParts(zip, await sheetParts(zip))).toEqual([
      "the sheet 'Children's & carers': its part is missing from the file",
    ]);
    expect(missingParts(zip, [])).toEqual(['its sheets: the workbook part lists none']);
  });
});

describe('numbers in date-formatted cells are kept as the file holds them', () => {
  it('swaps exactly the formats ExcelJS takes for dates, custom and built-in', () => {
    expect(['mmm-yy', 'dd/mm/yyyy', '[h]:mm:ss', 'h:mm AM/PM'].every(isDateFormatForExcelJs)).toBe(true);
    expect(
      ['0.0%', '#,##0', '"£"#,##0.00', '[Red]0', '"days"0', 'General', '@'].some(isDateFormatForExcelJs),
    ).toBe(false);
    const styles =
      '<styleSheet xmlns="s"><numFmts count="2"><numFmt numFmtId="164" formatCode="mmm-yy"/>' +
      '<numFmt numFmtId="165" formatCode="0.0%"/></numFmts><fonts count="1"><font/></fonts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14" applyNumberFormat="1"/>' +
      '<xf numFmtId="165"/></cellXfs></styleSheet>';
    const hidden = hideDateFormats(styles)!;
    expect([...hidden.formats.values()]).toEqual(['mmm-yy', 'mm-dd-yy']);
    expect(hidden.xml).toContain('<numFmt numFmtId="164" formatCode="&quot;PMF kept format 0&quot;"/>');
    expect(hidden.xml).toContain('<numFmt numFmtId="165" formatCode="0.0%"/>');
    expect(hidden.xml).toContain('<xf numFmtId="166" applyNumberFormat="1"/>');
    expect(hidden.xml).toContain(
      '<numFmt numFmtId="166" formatCode="&quot;PMF kept format 1&quot;"/></numFmts>',
    );
    expect(hidden.xml).toContain('<numFmts count="3">');
    expect(
      hideDateFormats('<styleSheet><cellXfs count="1"><xf numFmtId="2"/></cellXfs></styleSheet>'),
    ).toBeUndefined();
  });

  it('a serial beyond any date (1e17) and times to the microsecond read and save unchanged, formats and all', async () => {
    const hw = await HeadlessWorkbook.fromBuffer(
      rawXlsx({
        sheets: [
          {
            name: 'S',
            rows:
              '<row r="1"><c r="A1" s="1"><v>1e17</v></c><c r="B1" s="2"><v>45383.12345678901</v></c>' +
              '<c r="C1" s="3"><v>45383</v></c></row>',
          },
        ],
        numFmts: { 164: 'mmm-yy', 165: 'yyyy-mm-dd hh:mm:ss' },
        cellFormats: [0, 164, 165, 14],
      }),
    );
    expect(hw.unread).toEqual([]);
    const ws = hw.excel.getWorksheet('S')!;
    expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('C1').value]).toEqual([
      1e17, 45383.12345678901, 45383,
    ]);
    expect([ws.getCell('A1').numFmt, ws.getCell('B1').numFmt, ws.getCell('C1').numFmt]).toEqual([
      'mmm-yy',
      'yyyy-mm-dd hh:mm:ss',
      'mm-dd-yy',
    ]);
    const texts = await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('B1:C1').load('text, values');
      await ctx.sync();
      return { text: r.text, values: r.values };
    });
    expect(texts).toEqual({
      text: [['2024-04-01 02:57:47', '04-01-24']],
      values: [[45383.12345678901, 45383]],
    });
    const saved = await hw.toBuffer();
    const zip = await JSZip.loadAsync(saved);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<v>100000000000000000</v>');
    expect(sheet).toContain('<v>45383.12345678901</v>');
    expect(await zip.file('xl/styles.xml')!.async('string')).not.toContain('PMF kept format');
    const again = (await HeadlessWorkbook.fromBuffer(saved)).excel.getWorksheet('S')!;
    expect(['A1', 'B1', 'C1'].map((a) => again.getCell(a).numFmt)).toEqual([
      'mmm-yy',
      'yyyy-mm-dd hh:mm:ss',
      'mm-dd-yy',
    ]);
  });
});

describe('a damaged part named once the workbook cannot be built', () => {
  it('XML that does not nest, or stops, is found and said in words', () => {
    expect(
      xmlProblem('<?xml version="1.0"?>\n<a x="1 > 0"><b/><c>t</c><!-- <d> --><![CDATA[<e>]]></a>\n'),
    ).toBe(undefined);
    expect(xmlProblem('<a><b></a></b>')).toBe('an element is closed out of order');
    expect(xmlProblem('<a><b>')).toBe('it ends early');
    expect(xmlProblem('<a></a><a></a>')).toBe('it holds more than one root element');
    expect(xmlProblem('\u00ff\u00fe\u0000binary')).toBe('it holds text outside its elements');
    expect(xmlProblem('<a><b x="1"</a>')).toBe('an element is not closed');
  });

  it('cells whose address is not one, or whose shared text is beyond the shared strings', () => {
    expect(['A1', 'XFD1048576', '$B$7', 'XFE1', 'A1048577', 'A0', '!!'].map(isCellAddress)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    const sheet = (cells: string) =>
      `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
    expect(sheetCellProblem(sheet('<c r="A1" t="s"><v>1</v></c><c r="B1"/>'), 2)).toBe(undefined);
    expect(sheetCellProblem(sheet('<c r="A1" t="s"><v>2</v></c>'), 2)).toBe(
      'its cell A1 points at shared text the file does not hold',
    );
    expect(sheetCellProblem(sheet('<x:c r="A1:B2"><x:v>1</x:v></x:c>'), 0)).toBe(
      "it has a cell whose address ('A1:B2') is not a cell's",
    );
    expect(sharedTextCount('<sst count="2"><si><t>a</t></si><si><r><t>b</t></r></si></sst>')).toBe(2);
  });

  it('the first damaged part is named: a garbled sheet by its name, shared text past its end by the cell', async () => {
    const book: RawWorkbook = {
      sheets: [
        { name: 'Front', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: 'Monthly PMF', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
      ],
      sharedStrings: ['<t>Number of CLA</t>'],
    };
    const garbled = xlsxParts(book);
    garbled.set('xl/worksheets/sheet2.xml', garbled.get('xl/worksheets/sheet2.xml')!.replace('</row>', ''));
    await expect(HeadlessWorkbook.fromBuffer(packageOf(garbled))).rejects.toThrow(
      "is damaged: the XML of the sheet 'Monthly PMF' is garbled (an element is closed out of order)",
    );
    const beyond = xlsxParts(book);
    beyond.set('xl/worksheets/sheet2.xml', beyond.get('xl/worksheets/sheet2.xml')!.replace('<v>0<', '<v>7<'));
    await expect(HeadlessWorkbook.fromBuffer(packageOf(beyond))).rejects.toThrow(
      "is damaged: the sheet 'Monthly PMF' is garbled (its cell A1 points at shared text the file does not hold)",
    );
    const zip = await JSZip.loadAsync(packageOf(beyond));
    expect(await diagnoseDamage(zip, await sheetParts(zip))).toMatch(/^is damaged: the sheet 'Monthly PMF'/);
  });
});

describe('parts where the workbook places them, and what a built workbook lacks', () => {
  const BOOK: RawWorkbook = {
    sheets: [
      {
        name: 'Monthly PMF',
        rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45383</v></c></row>',
      },
      { name: 'Notes', rows: '<row r="1"><c r="A1" t="s"><v>1</v></c></row>' },
    ],
    sharedStrings: ['<t>Number of CLA</t>', '<t>A note</t>'],
    numFmts: { 164: 'mmm-yy' },
    cellFormats: [0, 164],
  };
  const relsWith = (parts: Map<string, string>, from: string, to: string) =>
    parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace(from, to));

  it('a sheet part and the shared text under names of their own are read, and saved under the usual names', async () => {
    const parts = xlsxParts(BOOK);
    parts.set('xl/worksheets/monthly.xml', parts.get('xl/worksheets/sheet1.xml')!);
    parts.delete('xl/worksheets/sheet1.xml');
    relsWith(parts, 'worksheets/sheet1.xml', 'worksheets/monthly.xml');
    parts.set('xl/SharedStrings.xml', parts.get('xl/sharedStrings.xml')!);
    parts.delete('xl/sharedStrings.xml');
    relsWith(parts, 'Target="sharedStrings.xml"', 'Target="/xl/SharedStrings.xml"');
    const hw = await HeadlessWorkbook.fromBuffer(packageOf(parts));
    expect(hw.unread).toEqual([]);
    expect(hw.excel.worksheets.map((w) => w.name)).toEqual(['Monthly PMF', 'Notes']);
    const ws = hw.excel.getWorksheet('Monthly PMF')!;
    expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('B1').numFmt]).toEqual([
      'Number of CLA',
      45383,
      'mmm-yy',
    ]);
    const again = await HeadlessWorkbook.fromBuffer(await hw.toBuffer());
    expect(again.excel.getWorksheet('Notes')!.getCell('A1').value).toBe('A note');
  });

  it('a listed sheet whose part the headless Excel cannot read is listed, never dropped silently', async () => {
    const parts = xlsxParts(BOOK);
    parts.set('xl/data/notes.xml', parts.get('xl/worksheets/sheet2.xml')!);
    parts.delete('xl/worksheets/sheet2.xml');
    relsWith(parts, 'worksheets/sheet2.xml', 'data/notes.xml');
    const hw = await HeadlessWorkbook.fromBuffer(packageOf(parts));
    expect(hw.unread).toEqual([
      "the sheet 'Notes': its part (xl/data/notes.xml) is not one the headless Excel can read",
    ]);
    await expect(hw.toBuffer()).rejects.toThrow(/cannot keep: the sheet 'Notes'/);
  });

  it('a chart sheet is among the parts it cannot keep, not the sheets it could not read', async () => {
    const parts = xlsxParts(BOOK);
    parts.set(
      'xl/workbook.xml',
      parts
        .get('xl/workbook.xml')!
        .replace('</sheets>', '<sheet name="Chart1" sheetId="9" r:id="rId99"/></sheets>'),
    );
    relsWith(
      parts,
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    parts.set('xl/chartsheets/sheet1.xml', `<chartsheet xmlns="${SPREADSHEET_NS}"><sheetPr/></chartsheet>`);
    const hw = await HeadlessWorkbook.fromBuffer(packageOf(parts));
    expect(hw.unread).toEqual([]);
    expect(hw.unsupportedParts.map((p) => p.description)).toEqual(['1 chart sheet']);
  });

  it('cells of missing shared text are emptied and listed; missing cell formats are listed', async () => {
    const noText = xlsxParts(BOOK);
    noText.delete('xl/sharedStrings.xml');
    const hw = await HeadlessWorkbook.fromBuffer(packageOf(noText));
    expect(hw.unread).toEqual([
      "the text of 2 cells, the first 'Monthly PMF'!A1: the workbook's shared text (xl/sharedStrings.xml) is missing from the file",
    ]);
    expect(hw.excel.getWorksheet('Monthly PMF')!.getCell('A1').value).toBe(null);
    expect(hw.excel.getWorksheet('Monthly PMF')!.getCell('B1').value).toBe(45383);
    const noFormats = xlsxParts(BOOK);
    noFormats.delete('xl/styles.xml');
    expect((await HeadlessWorkbook.fromBuffer(packageOf(noFormats))).unread).toEqual([
      "the cells' formats (dates, percentages, fonts...): the workbook's cell formats (xl/styles.xml) are missing from the file",
    ]);
  });
});

describe("parts whose elements carry the spreadsheet namespace's prefix (as the Open XML SDK writes them)", () => {
  /** The same XML with every element under the prefix `x:` and the namespace declared for it. */
  const prefixed = (xml: string) =>
    xml
      .replace(/<(\/?)(?![?!])([A-Za-z])/g, '<$1x:$2')
      .replace(`xmlns="${SPREADSHEET_NS}"`, `xmlns:x="${SPREADSHEET_NS}"`);

  it('takes the prefix off, and only a prefix bound to the spreadsheet namespace', () => {
    const xml = `<?xml version="1.0"?>\n<worksheet xmlns="${SPREADSHEET_NS}"><sheetData><row r="1"/></sheetData></worksheet>`;
    expect(prefixed(xml)).toContain('<x:worksheet xmlns:x=');
    expect(withoutSpreadsheetPrefix(prefixed(xml))).toBe(xml);
    expect(withoutSpreadsheetPrefix(xml)).toBeUndefined();
    expect(
      withoutSpreadsheetPrefix('<p:Relationships xmlns:p="other"><p:R/></p:Relationships>'),
    ).toBeUndefined();
  });

  it('a workbook whose every spreadsheet part is prefixed is read whole, values and formats', async () => {
    const parts = xlsxParts({
      sheets: [
        {
          name: 'Monthly PMF',
          rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45383</v></c><c r="C1"><v>12.5</v></c></row>',
        },
      ],
      sharedStrings: ['<t>Number of CLA</t>'],
      numFmts: { 164: 'mmm-yy' },
      cellFormats: [0, 164],
    });
    for (const name of [
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
    ])
      parts.set(name, prefixed(parts.get(name)!));
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('<x:c r="A1" t="s"><x:v>0</x:v></x:c>');
    const hw = await HeadlessWorkbook.fromBuffer(packageOf(parts));
    expect(hw.unread).toEqual([]);
    const ws = hw.excel.getWorksheet('Monthly PMF')!;
    expect([
      ws.getCell('A1').value,
      ws.getCell('B1').value,
      ws.getCell('B1').numFmt,
      ws.getCell('C1').value,
    ]).toEqual(['Number of CLA', 45383, 'mmm-yy', 12.5]);
  });
});
