/**
 * Bad usage and unreadable input: exit 2, one line on stderr naming the problem (no stack trace), and the
 * workbook byte-for-byte as it was, with no temporary file left beside it.
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync } from 'fs';
import { join } from 'path';
import { CASELOADS, MISSING_CHILDREN, MONTHLY } from '../fixtures/workbooks';
import { expectOneLine, pmf, plainSampleBytes, put, strayFiles, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let file: string;
let original: Buffer;
const CSV = 'tags.csv';

beforeAll(async () => {
  tmp = tempDir();
  file = put(tmp.dir, 'book.xlsx', await plainSampleBytes());
  original = readFileSync(file);
});
afterAll(() => tmp.cleanup());

/** Runs pmf, expecting exit 2 with one line naming the problem, and the workbook untouched. */
async function refused(argv: readonly string[], ...mentions: (string | RegExp)[]): Promise<string> {
  const r = await pmf(argv);
  expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: '' });
  expectOneLine(r.err);
  for (const m of mentions) expect(r.err).toMatch(m);
  expect(readFileSync(file).equals(original)).toBe(true);
  expect(strayFiles(tmp.dir, ['book.xlsx', CSV, 'notes.xlsx', 'ro'])).toEqual([]);
  return r.err;
}

const cla = MONTHLY.rows['Number of CLA'].row;
const tag = (...more: string[]) => ['tag', file, '--sheet', MONTHLY.sheet, '--measure', 'D02', ...more];

describe('unreadable input', () => {
  it('a text file renamed .xlsx', async () => {
    const notes = put(tmp.dir, 'notes.xlsx', 'Panel notes, not a workbook\n');
    const before = readFileSync(notes);
    for (const cmd of [
      ['tags'],
      ['check'],
      ['refresh'],
      ['tag', '--sheet', 'S', '--row', '1', '--measure', 'D02'],
    ]) {
      const r = await pmf([cmd[0], notes, ...cmd.slice(1)]);
      expect(r.code).toBe(2);
      expectOneLine(r.err);
      expect(r.err).toContain(`${notes} is not an .xlsx workbook`);
      expect(r.err).not.toMatch(/https?:|central directory/);
    }
    expect(readFileSync(notes).equals(before)).toBe(true);
  });

  it('a missing file', async () => {
    const missing = join(tmp.dir, 'missing.xlsx');
    for (const argv of [
      ['tags', missing],
      ['refresh', missing],
      ['measures', '--book', missing],
    ]) {
      const r = await pmf(argv);
      expect(r.code).toBe(2);
      expectOneLine(r.err);
      expect(r.err).toBe(`pmf: cannot read ${missing}: no such file`);
    }
  });

  it('a folder given as the workbook', async () => {
    await refused(['tags', tmp.dir], `${tmp.dir} is not a file`);
  });

  it('no workbook named', async () => {
    await refused(['tags'], /name the workbook/);
  });
});

describe('tag refusals name the sheet and the row', () => {
  it('an unknown sheet', async () => {
    await refused(
      ['tag', file, '--sheet', 'Monthly', '--row', '7', '--measure', 'D02'],
      /'Monthly'/,
      /row 7/,
      /no sheet/,
    );
  });

  it('an unknown measure', async () => {
    await refused(
      tag('--row', String(cla)).map((a) => (a === 'D02' ? 'X99' : a)),
      /'X99' is not a measure/,
      /'Monthly PMF' row \d+/,
    );
  });

  it('a row below the data', async () => {
    await refused(tag('--row', '900'), /row 900 of 'Monthly PMF'/, /outside the sheet's data/);
  });

  it('a blank row', async () => {
    const blank = MONTHLY.headerRow - 1; // the spacer row above the header
    await refused(tag('--row', String(blank)), new RegExp(`row ${blank} of 'Monthly PMF'`), /blank/);
  });

  it('the header row', async () => {
    await refused(
      tag('--row', String(MONTHLY.headerRow)),
      new RegExp(`row ${MONTHLY.headerRow} of 'Monthly PMF'`),
      /header row/,
    );
  });

  it('a column outside the data, and rows that are not a range of it', async () => {
    const mc = ['tag', file, '--sheet', MISSING_CHILDREN.sheet, '--measure', 'M04'];
    await refused([...mc, '--column', 'Z', '--rows', '4:10'], /column Z of 'Missing children'/);
    await refused(
      [...mc, '--column', 'D', '--rows', '1:5000'],
      /column D of 'Missing children'/,
      /rows 1-5000/,
    );
    await refused([...mc, '--column', 'D', '--rows', '10:4'], /--rows 10:4/);
    await refused([...mc, '--column', 'D'], /--rows is required/);
  });

  it('bad numbers and roles', async () => {
    await refused(tag('--row', '0'), /--row must be a whole number of 1 or more, not '0'/);
    await refused(tag('--row', 'seven'), /--row must be a number, not 'seven'/);
    await refused(
      tag('--row', String(cla), '--role', 'total'),
      /--role must be value, numerator, denominator, england, statNeighbours, region, comparator, peers, not 'total'/,
    );
    await refused(tag(), /--row \(or --column with --rows\) is required/);
  });

  it('options that do not go together', async () => {
    const csv = put(tmp.dir, CSV, `sheet,row,measure\nMonthly PMF,${cla},D02\n`);
    await refused(tag('--from', csv), /--sheet cannot be used with --from/);
    await refused(tag('--column', 'D', '--rows', '6:9', '--row', '7'), /--row cannot be used with --column/);
    await refused(
      tag('--column', 'D', '--rows', '6:9', '--role', 'total'),
      /--role must be value, numerator, denominator or records for a column \(or england, statNeighbours, region, comparator, peers\), not 'total'/,
    );
    await refused(tag('--row', String(cla), '--rows', '6:9'), /--rows goes with --column/);
  });
});

describe('tag --from CSV errors name the CSV row', () => {
  const csv = (text: string) => put(tmp.dir, CSV, text);

  it.each([
    [
      'an unknown sheet',
      `Monthly PMF,${cla},D02,value\nMonthly,7,D02,value\n`,
      /tags\.csv row 3: .*'Monthly' row 7.*no sheet/,
    ],
    [
      'an unknown measure',
      `Monthly PMF,${cla},D02,value\nMonthly PMF,${cla},ZZ1,value\n`,
      /tags\.csv row 3: .*'ZZ1' is not a measure/,
    ],
    [
      'a header row',
      `Monthly PMF,${cla},D02,value\nMonthly PMF,${MONTHLY.headerRow},D02,value\n`,
      /tags\.csv row 3: .*row 5 of 'Monthly PMF'.*header row/,
    ],
    ['a row out of range', `Monthly PMF,900,D02,value\n`, /tags\.csv row 2: .*row 900 of 'Monthly PMF'/],
    [
      'a row that is not a number',
      `Monthly PMF,${cla},D02,value\nMonthly PMF,x,D02,value\n`,
      /tags\.csv row 3: row must be a whole number/,
    ],
    [
      'a bad role',
      `Monthly PMF,${cla},D02,share\n`,
      /tags\.csv row 2: role must be value, numerator, denominator, england/,
    ],
    ['a missing measure', `Monthly PMF,${cla},,value\n`, /tags\.csv row 2: sheet and measure are required/],
  ])('%s', async (_what, body, message) => {
    await refused(['tag', file, '--from', csv(`sheet,row,measure,role\n${body}`)], message);
  });

  it('counts blank lines and quoted line breaks as a spreadsheet shows the rows', async () => {
    const body = `sheet,row,measure,role\n\nMonthly PMF,${cla},D02,"value\n"\n,,,\nMonthly PMF,${cla},Q99,value\n`;
    await refused(['tag', file, '--from', csv(body)], /tags\.csv row 5: .*'Q99' is not a measure/);
  });

  it('keeps the message on one line when a sheet name holds a line break', async () => {
    await refused(
      ['tag', file, '--from', csv(`sheet,row,measure\n"Monthly\nPMF",${cla},D02\n`)],
      /row 2: .*'Monthly PMF'/,
    );
  });

  it('a column tag with bad rows', async () => {
    const f = csv(
      `sheet,column,rows,measure\n${CASELOADS.sheet},D,4:40,W02\n${CASELOADS.sheet},D,4 to 40,W02\n`,
    );
    await refused(['tag', file, '--from', f], /tags\.csv row 3: rows must be FIRST:LAST/);
  });

  it('a header without the columns, an empty file, a missing file', async () => {
    await refused(
      ['tag', file, '--from', csv('a,b\n1,2\n')],
      /tags\.csv row 1 must name the columns sheet,row,measure,role/,
    );
    await refused(['tag', file, '--from', csv('')], /tags\.csv is empty/);
    await refused(['tag', file, '--from', csv('sheet,row,measure,role\n')], /tags\.csv has no tags/);
    await refused(['tag', file, '--from', join(tmp.dir, 'nope.csv')], /cannot read .*nope\.csv/);
  });
});

describe('bad usage', () => {
  it('a bad --as-at', async () => {
    for (const bad of ['2025-02-30', '31/03/2025', '2025-3-31']) {
      await refused(['check', file, '--as-at', bad], `--as-at must be a date as YYYY-MM-DD, not '${bad}'`);
      await refused(['refresh', file, '--as-at', bad], /--as-at must be a date/);
    }
    await refused(['summary', file, '--json', '--as-at'], /--as-at needs a value/);
  });

  it('an unknown option, command or extra argument', async () => {
    await refused(['check', file, '--asat', '2025-03-31'], "unknown option --asat for 'pmf check'");
    await refused(['refresh', file, '--json'], "unknown option --json for 'pmf refresh'");
    await refused(tag('--row', String(cla), '--colour', 'red'), /unknown option --colour/);
    await refused(['chekc', file], "unknown command 'chekc'");
    await refused(['tags', file, 'other.xlsx'], "unexpected argument 'other.xlsx'");
    await refused(tag('--row', String(cla), '--measure', 'D03'), /--measure is given twice/);
  });

  it('an unknown tag id, KLOE or measure setting', async () => {
    await refused(['untag', file, '--id', 't-000000'], /t-000000/);
    await refused(['evidence', file, '--kloe', 'K77', '--text', 'x'], /'K77' is not a line of enquiry/);
    await refused(['set', file, '--measure', 'NOPE', '--target', '3'], /'NOPE' is not a measure/);
    await refused(['set', file, '--target', '3'], /--measure ID is required/);
  });

  it('suggest on an unknown sheet', async () => {
    await refused(['suggest', file, '--sheet', 'Nope'], /'Nope'/);
  });
});

describe('unwritable output', () => {
  it('--out into a missing folder', async () => {
    const out = join(tmp.dir, 'no-such-folder', 'out.xlsx');
    await refused(tag('--row', String(cla), '--out', out), `cannot write ${out}`, /missing or not writable/);
    await refused(['refresh', file, '--out', out], `cannot write ${out}`);
  });

  it('--out under a file, as if it were a folder', async () => {
    const out = join(file, 'out.xlsx');
    await refused(tag('--row', String(cla), '--out', out), `cannot write ${out}`);
  });

  it('--out onto an existing folder', async () => {
    const folder = join(tmp.dir, 'ro');
    mkdirSync(folder, { recursive: true });
    await refused(['refresh', file, '--out', folder], `cannot write ${folder}: it is not a file`);
    expect(strayFiles(folder, [])).toEqual([]);
  });

  it('keeps the permissions of a workbook rewritten in place', async () => {
    mkdirSync(join(tmp.dir, 'ro'), { recursive: true });
    const own = put(tmp.dir, 'ro/private.xlsx', original);
    chmodSync(own, 0o600);
    const r = await pmf(['tag', own, '--sheet', MONTHLY.sheet, '--row', String(cla), '--measure', 'D02']);
    expect(r.code).toBe(0);
    expect(statSync(own).mode & 0o777).toBe(0o600);
    rmSync(own);
  });

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  (root ? it.skip : it)('a read-only workbook is not replaced (skipped as root)', async () => {
    const folder = join(tmp.dir, 'ro');
    mkdirSync(folder, { recursive: true });
    const own = put(tmp.dir, 'ro/locked.xlsx', original);
    chmodSync(own, 0o444);
    try {
      const r = await pmf(['tag', own, '--sheet', MONTHLY.sheet, '--row', String(cla), '--measure', 'D02']);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`pmf: cannot write ${own}: it is read-only`);
      expect(readFileSync(own).equals(original)).toBe(true);
    } finally {
      rmSync(own, { force: true });
    }
  });

  (root ? it.skip : it)(
    '--out into a read-only folder (skipped as root, who may write anywhere)',
    async () => {
      const folder = join(tmp.dir, 'ro');
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o555);
      try {
        const out = join(folder, 'out.xlsx');
        await refused(tag('--row', String(cla), '--out', out), `cannot write ${out}`);
        expect(strayFiles(folder, [])).toEqual([]);
      } finally {
        chmodSync(folder, 0o755);
      }
    },
  );
});
