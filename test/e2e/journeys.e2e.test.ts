/**
 * The add-in's journeys in a real browser: the harness page (the real task pane beside a grid, on the headless
 * Excel) with the bundled sample workbook. The journeys run in order on one page, as an officer would work:
 * open, tag an untagged row, check, write the summary; then the keyboard journey on a fresh page.
 * Outcomes are asserted in the UI and in the headless workbook behind the page.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { HOSTILE_CASES } from '../fixtures/hostile/cases';
import type { PmfHarnessHook } from '../../src/harness/hook';
import { TEAM_ROWS, TEAMS_SHEET, teamRow, teamsWorkbook } from '../fixtures/repeated-blocks';
import {
  type Session,
  eventually,
  findRow,
  grid,
  gridCell,
  hasAttribute,
  hasCount,
  hasText,
  launch,
  openHarness,
  pane,
  readSheet,
  sheetNames,
  snap,
  visible,
  workbookSelection,
} from './harness-page';

const MONTHLY = 'Monthly PMF';
const AGENCY_LABEL = 'Agency SW rate';
const NEIGHBOURS = 'SN benchmarking';

let session: Session;
let page: Page;
let agencyRow = 0;

beforeAll(async () => {
  session = await launch();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** Fails the journey with the page's own errors, which say more than a timeout. */
afterEach(() => {
  expect(session.pageErrors).toEqual([]);
});

test('1. opening the harness shows the sample workbook in the grid and the Tag view in the pane', async () => {
  await openHarness(page);

  await hasText(
    page.getByRole('note'),
    'Harness: the add-in running on a headless Excel in your browser — not Excel',
  );
  // The grid shows 'Monthly PMF' with its title; its tab is the current one; hidden sheets are greyed tabs.
  await hasAttribute(grid(page), 'data-sheet', MONTHLY);
  await hasText(
    grid(page).locator('td[data-cell="A1"]'),
    'Anyshire County Council - Children in Care Performance Management Framework',
  );
  const tabs = page.getByRole('tablist', { name: 'Sheets' });
  await hasAttribute(tabs.getByRole('tab', { name: MONTHLY }), 'aria-selected', 'true');
  await hasAttribute(tabs.getByRole('tab', { name: 'PMF Tags (hidden)' }), 'class', /hidden-sheet/);
  // Cells show Excel's text: a percentage format, an error value.
  await hasText(grid(page).locator('td[data-cell="C13"]'), '11.3%');
  await hasText(grid(page).locator('td[data-cell="I27"]'), '#DIV/0!');

  // The pane: the Tag view, reading the workbook the page loaded.
  const p = pane(page);
  await hasAttribute(p.getByRole('tab', { name: 'Tag', exact: true }), 'aria-selected', 'true');
  await visible(p.getByText('Anyshire PMF 2024-25.xlsx'));
  await visible(p.getByRole('heading', { name: 'Selected row' }));
  await visible(p.getByRole('heading', { name: /Tags in this workbook \(\d+\)/ }));

  // Only the page's own origin: no office.js from Microsoft's CDN, no fonts or scripts from elsewhere.
  expect(session.foreignRequests).toEqual([]);
  await snap(page, '01-open');
});

test('2. selecting the untagged row in the grid lets the officer tag it to W03', async () => {
  agencyRow = await findRow(page, MONTHLY, AGENCY_LABEL);
  await (await gridCell(page, `B${agencyRow}`)).click();

  // The grid and the workbook agree on the selection; the Tag view follows it.
  await hasAttribute(grid(page).locator('td.active'), 'data-cell', `B${agencyRow}`);
  expect(await workbookSelection(page)).toEqual({ sheet: MONTHLY, address: `B${agencyRow}` });
  const p = pane(page);
  const card = p.locator('section[aria-labelledby="tag-selection-heading"]');
  await hasText(card.locator('dd').nth(1), AGENCY_LABEL);
  await hasText(card.locator('dd').nth(2), '15 periods: Jan-24 to Mar-25', 'contains');
  await hasText(card.locator('dd').nth(3), /^Mar-25: /);

  // W03 is the first suggestion, under the one 'Suggested for this row' heading.
  const options = p.getByRole('listbox', { name: 'Measures' }).getByRole('option');
  await hasText(options.first(), 'W03', 'contains');
  await hasText(
    p.getByRole('group', { name: 'Suggested for this row' }).getByRole('option').first(),
    'W03',
    'contains',
  );
  await snap(page, '02a-selected');

  await options.first().click();
  await visible(p.getByText(/^Selected: W03 /));
  await p.getByRole('button', { name: 'Tag', exact: true }).click();

  await visible(p.getByRole('status').filter({ hasText: `Tagged row ${agencyRow} of '${MONTHLY}' to W03` }));
  const listed = p.locator('section[aria-labelledby="tag-list-heading"] li', { hasText: 'W03' });
  await hasCount(listed, 1);
  await hasText(listed, `${agencyRow}`, 'contains');
  await listed.scrollIntoViewIfNeeded();
  await snap(page, '02b-tagged');

  // The hidden tag sheet now holds the tag: in the grid (a greyed tab, shown read-only)...
  await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'PMF Tags (hidden)' }).click();
  await hasAttribute(grid(page), 'data-sheet', 'PMF Tags');
  const tagRow = await findRow(page, 'PMF Tags', 'W03');
  await hasText(await gridCell(page, `C${tagRow}`), 'W03');
  await visible(page.getByText('‘PMF Tags’ is a hidden sheet'));
  expect(await workbookSelection(page)).toEqual({ sheet: MONTHLY, address: `B${agencyRow}` });
  await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: MONTHLY }).click();
  await hasAttribute(grid(page), 'data-sheet', MONTHLY);
  // ...and in the workbook.
  const tags = await readSheet(page, 'PMF Tags');
  expect(tags.visibility).toBe('Hidden');
  const header = tags.values[0].map(String);
  const col = (name: string) => header.indexOf(name);
  const w03 = tags.values.filter((r) => r[col('measure')] === 'W03');
  expect(w03).toHaveLength(1);
  expect(w03[0][col('sheet')]).toBe(MONTHLY);
  expect(w03[0][col('row')]).toBe(agencyRow);
  expect(w03[0][col('label')]).toBe(AGENCY_LABEL);
});

test('2b. whole-sheet proposals: the officer accepts the remaining row and it is tagged', async () => {
  const p = pane(page);
  await p.getByRole('button', { name: `Suggest tags for '${MONTHLY}'` }).click();
  const list = p.getByRole('list', { name: `Proposed tags for '${MONTHLY}'` });
  // Only the row still untagged is proposed, with its measure (one measure, no repeats).
  await hasCount(list.locator(':scope > li'), 1);
  await hasText(list.locator(':scope > li').first(), 'W04', 'contains');
  const accept = list.getByRole('checkbox', { name: /'SW vacancy rate' as W04/ });
  if (!(await accept.isChecked())) await accept.check();
  await snap(page, '02c-sheet-proposals');
  await p.getByRole('button', { name: 'Tag 1 accepted' }).click();
  await visible(p.getByRole('status').filter({ hasText: `Tagged 1 row of '${MONTHLY}'.` }));
  const tags = await readSheet(page, 'PMF Tags');
  const col = tags.values[0].map(String).indexOf('measure');
  expect(tags.values.filter((r) => r[col] === 'W04')).toHaveLength(1);
  await p.getByRole('button', { name: 'Close' }).click();
});

test('2c. duplicate tag: a row already tagged to the measure says so, and Tag cannot tag it again', async () => {
  const p = pane(page);
  await (await gridCell(page, `C${agencyRow}`)).click();
  await hasText(p.locator('section[aria-labelledby="tag-selection-heading"] dd').nth(1), AGENCY_LABEL);
  await visible(p.getByRole('region', { name: 'Tags on the selected row' }).getByText('W03'));
  await p.getByRole('combobox').first().fill('W03');
  await p.getByRole('listbox', { name: 'Measures' }).getByRole('option', { name: /^W03/ }).click();
  const button = p.getByRole('button', { name: 'Already tagged as W03' });
  await visible(button);
  await hasAttribute(button, 'aria-disabled', 'true');
  await snap(page, '02d-already-tagged');
  // Enter on it, twice, and a click: nothing is tagged.
  await button.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await button.click({ force: true });
  const tags = await readSheet(page, 'PMF Tags');
  const col = tags.values[0].map(String).indexOf('measure');
  expect(tags.values.filter((r) => r[col] === 'W03')).toHaveLength(1);
  // Another role on the same row is another tag: the button is Tag again.
  await p.getByRole('radio', { name: 'Numerator' }).check();
  await visible(p.getByRole('button', { name: 'Tag', exact: true }));
  await p.getByRole('radio', { name: 'Value' }).check();
});

test('2d. benchmarks: on the neighbour table England is proposed as England, and Figures sets it beside ours', async () => {
  const p = pane(page);
  const tabs = page.getByRole('tablist', { name: 'Sheets' });
  await tabs.getByRole('tab', { name: NEIGHBOURS }).click();
  await hasAttribute(grid(page), 'data-sheet', NEIGHBOURS);
  // England's row, below the authorities: a benchmark, with the measure from the sheet's title.
  const englandRow = await findRow(page, NEIGHBOURS, 'England');
  await (await gridCell(page, `E${englandRow}`)).click();
  await hasText(p.locator('dd').first(), `'${NEIGHBOURS}'!E${englandRow}`);
  await visible(
    p.getByText(
      /An area table: the measure is suggested from ‘Looked after children with a mid-year school move/,
    ),
  );
  expect(await p.getByRole('radio', { name: 'England', exact: true }).isChecked()).toBe(true);
  // The measure list with no filter typed (an earlier step typed one): the title's measure comes first.
  await p.getByRole('combobox').first().fill('');
  await hasText(p.getByRole('option').first(), /^S05/, 'contains');
  await snap(page, '02e-benchmark-row');

  // The Figures view: England's figure for the year before ours (2024/25 is not published), the neighbours'
  // mean of the peers, and our rank among them.
  await p.getByRole('tab', { name: 'Figures', exact: true }).click();
  const s05 = p.locator('[data-measure="S05"]');
  await visible(s05.getByText('8.1% for 2023/24 – ours is similar'));
  await visible(s05.getByText('8.4%, mean of 8 – ours is similar'));
  await visible(s05.getByText('3rd of 9 (2nd quartile) among us and our peers'));
  await snap(page, '02f-benchmark-figures');
  await p.getByRole('tab', { name: 'Tag', exact: true }).click();
});

test('3. the Check view lists the findings, and a finding selects its cell in the grid', async () => {
  const p = pane(page);
  await p.getByRole('tab', { name: 'Check', exact: true }).click();
  await p.getByRole('button', { name: 'Run checks' }).click();
  await eventually(async () =>
    expect(await p.getByRole('button', { name: 'Run checks' }).isEnabled()).toBe(true),
  );
  await visible(p.getByText(/^Checked at /));

  const divZero = p.getByRole('button', { name: /E01 .*#DIV\/0!/ });
  const tbc = p.getByRole('button', { name: /M04 .*'TBC'/ });
  await visible(divZero);
  await visible(tbc);
  await visible(p.getByRole('status').filter({ hasText: '2 errors' }));
  await snap(page, '03a-checks');

  // A finding is one click from its cell: the workbook's selection and the grid follow.
  await hasText(divZero, "Go to 'Monthly PMF'!I27", 'contains');
  await divZero.click();
  await hasAttribute(grid(page).locator('td.active'), 'data-cell', 'I27');
  expect(await workbookSelection(page)).toEqual({ sheet: MONTHLY, address: 'I27' });

  // ...on another sheet too: the grid switches to it.
  await hasText(tbc, "Go to 'Missing children'!D32", 'contains');
  await tbc.click();
  await hasAttribute(grid(page), 'data-sheet', 'Missing children');
  await hasAttribute(grid(page).locator('td.active'), 'data-cell', 'D32');
  await hasText(grid(page).locator('td.active'), 'TBC');
  await snap(page, '03b-went-to-finding');

  // Shift-click selects a column of child-level records; a row number selects the row.
  await (await gridCell(page, 'D4')).click();
  await (await gridCell(page, 'D41')).click({ modifiers: ['Shift'] });
  expect(await workbookSelection(page)).toEqual({ sheet: 'Missing children', address: 'D4:D41' });
  await hasCount(grid(page).locator('td.sel'), await grid(page).locator('td.sel[data-c="4"]').count());
  await gridCell(page, 'A12');
  await grid(page).locator('th[data-r="12"]').click();
  expect(await workbookSelection(page)).toEqual({ sheet: 'Missing children', address: '12:12' });
});

test('3c. the Figures view reads a measure with a year and more of months on a control chart', async () => {
  const p = pane(page);
  await p.getByRole('tab', { name: 'Figures', exact: true }).click();
  // S01 has 15 monthly figures in the sample: an XmR chart, provisional, with the variation icon in words.
  const s01Chart = 'svg[data-chart="xmr"][aria-label^="S01 "]';
  const chart = p.locator(s01Chart);
  await visible(chart);
  expect(await chart.getAttribute('aria-label')).toMatch(/: XmR chart of 15 points, /);
  const reading = p.locator('[data-spc]').filter({ has: page.locator(s01Chart) });
  await hasText(reading, /Common cause|Special cause/, 'contains');
  await hasText(reading, 'Provisional: 15 points; the reading firms up at 20', 'contains');
  // A quarterly measure says how far short of the 12 points it is.
  await visible(p.getByText(/^Control chart: too few points: \d+ of the 12 needed\.$/).first());
  await snap(page, '03c-control-chart');
});

test('4. the Summary view writes the Panel summary sheet', async () => {
  const p = pane(page);
  // First leave K10 (corporate parenting and voice) with no measure, so the summary shows it by its evidence:
  // untag its three measures in the Tag view.
  await p.getByRole('tab', { name: 'Tag', exact: true }).click();
  const heading = p.getByRole('heading', { name: /Tags in this workbook/ });
  for (const id of ['Q01', 'V01', 'V04']) {
    const before = Number(/\((\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
    await p.getByRole('button', { name: new RegExp(`^Untag ${id} at`) }).click();
    await hasText(heading, `Tags in this workbook (${before - 1})`);
    await visible(p.getByRole('status').filter({ hasText: `Removed the ${id} tag` }));
  }
  await p.getByRole('tab', { name: 'Summary', exact: true }).click();
  await p.getByRole('button', { name: 'Write summary sheet' }).click();

  const result = p.getByRole('status').filter({ hasText: 'Summary written to' });
  await hasText(result, 'Summary written to ‘PMF Summary’', 'contains');
  await hasText(result, /\d+ measures, \d+ findings listed, of which 2 errors to fix/, 'contains');
  // The grid shows the new sheet (the writer activates it) and its tab.
  await visible(page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'PMF Summary' }));
  await hasAttribute(grid(page), 'data-sheet', 'PMF Summary');
  await snap(page, '04-summary');

  expect(await sheetNames(page)).toContain('PMF Summary');
  const summary = await readSheet(page, 'PMF Summary');
  expect(summary.visibility).toBe('Visible');
  const { text } = summary;
  const first = (s: string) => text.findIndex((r) => r[0] === s);
  expect(text[0][0]).toBe('Corporate Parenting Panel: performance summary');

  // Columns by the header row.
  const headerAt = first('ID');
  expect(headerAt).toBeGreaterThan(0);
  const header = text[headerAt];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`The summary has no '${name}' column: ${header.join(' | ')}`);
    return i;
  };

  // KLOE bands: an id K.. in column A and its title beside it (above the data quality; the year's evidence
  // further down names lines of enquiry too).
  const dataEnd = text.findIndex((r) => r[0].startsWith('Data quality'));
  const bands = text.map((r, i) => ({ i, r })).filter(({ r, i }) => i < dataEnd && /^K\d\d$/.test(r[0]));
  expect(bands.length).toBeGreaterThanOrEqual(10);
  expect(bands.find(({ r }) => r[0] === 'K04')?.r[1]).toMatch(/^Stability and safety/);

  // S01: latest value and RAG as the sample's figures give them.
  const s01 = text[first('S01')];
  expect(s01[col('Latest')]).toBe('9.9%');
  expect(s01[col('RAG')]).toBe('Green');
  // Is the change real? Variation in words with its symbol, provisional (*) on 15 points; and assurance.
  expect(s01[col('Variation')]).toMatch(/^([▲▼] (Improvement|Concern)(: .+)?|○ Common cause) \*$/);
  expect(s01[col('Assurance')]).toMatch(/^(√ Reliably met|× Reliably missed|± Hit and miss)$/);
  // W03, tagged in journey 2.
  const w03 = text[first('W03')];
  expect(w03[col('Measure')]).toBe('Agency social worker rate');
  expect(w03[col('Latest')]).toMatch(/^16\.2/);
  expect(w03[col('Period')]).toBe('Mar-25');

  // Each KLOE shows measures, or its evidence, or says that none is recorded; recorded evidence is shown.
  for (const [n, { i }] of bands.entries()) {
    const end = n + 1 < bands.length ? bands[n + 1].i : dataEnd;
    const rows = text.slice(i + 1, end).filter((r) => r.some((c) => c !== ''));
    const hasMeasure = rows.some((r) => /^[A-Z]\d\d$/.test(r[0]));
    const hasEvidence = rows.some((r) => r.join(' ').match(/Evidence|No evidence recorded/));
    expect({ kloe: text[i][0], measuredOrEvidenced: hasMeasure || hasEvidence }).toEqual({
      kloe: text[i][0],
      measuredOrEvidenced: true,
    });
  }
  // K10 now has no measure: its band is followed by the note and its evidence, nothing else.
  const k10 = bands.findIndex(({ r }) => r[0] === 'K10');
  const k10Rows = text
    .slice(bands[k10].i + 1, k10 + 1 < bands.length ? bands[k10 + 1].i : dataEnd)
    .filter((r) => r.some((c) => c !== ''));
  expect(k10Rows[0][1]).toBe('Not measured by a number yet');
  expect(k10Rows.some((r) => /^[A-Z]\d\d$/.test(r[0]))).toBe(false);
  expect(k10Rows[1][1]).toBe('Evidence (12/03/2025)');
  expect(k10Rows[1].join(' ')).toContain(
    'All 12 members of the Panel completed corporate parenting training',
  );
  // "Download workbook" saves the workbook as it is now, summary included, under its own name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download workbook' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Anyshire PMF 2024-25.xlsx');
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(saved.getWorksheet('PMF Summary')?.getCell('A1').value).toBe(
    'Corporate Parenting Panel: performance summary',
  );
  expect(saved.getWorksheet('PMF Tags')?.state).toBe('hidden');

  // The front page is written just before the summary.
  const names = await sheetNames(page);
  expect(names.indexOf('PMF Front page')).toBe(names.indexOf('PMF Summary') - 1);
  expect((await readSheet(page, 'PMF Front page')).text[1][0]).toMatch(
    /^The Panel’s front page, as at 31 March 2025/,
  );

  // Data quality lists the two errors.
  expect(text.some((r) => r[0] === 'E01' && r.join(' ').includes('#DIV/0!'))).toBe(true);
  expect(text.some((r) => r[0] === 'M04' && r.join(' ').includes("'TBC'"))).toBe(true);
});

test('4b. stale figures: a tagged cell changed in Excel marks the figures out of date, and they are read again', async () => {
  const p = pane(page);
  await p.getByRole('tab', { name: 'Tag', exact: true }).click();
  await p.getByRole('tab', { name: 'Figures', exact: true }).click();
  const s01 = p.locator('li[data-measure="S01"]');
  await hasText(s01, '9.9%', 'contains');
  // Where S01's latest figure comes from: its source link names the cell.
  const source = (await s01.getByRole('button', { name: /^Go to the source of S01/ }).textContent()) ?? '';
  const address = /!([A-Z]+\d+)$/.exec(source.trim())?.[1];
  expect(address).toBeTruthy();

  // The officer types a new figure into that cell (through Excel, not the pane).
  await page.evaluate(
    async ({ sheet, cell }) => {
      const hw = (window as unknown as { __pmfHarness: PmfHarnessHook }).__pmfHarness.workbook!;
      await hw.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[0.123]];
        await context.sync();
      });
    },
    { sheet: MONTHLY, cell: address! },
  );
  // Read again while the view is shown, and said in words (the 'Out of date' bar in between lasts under a
  // second here; the pane's component tests see it).
  await visible(
    p.getByRole('status').filter({ hasText: `Figures updated: '${MONTHLY}'!${address} had changed.` }),
  );
  await hasText(
    s01
      .locator('span, div')
      .filter({ hasText: /^12\.3%$/ })
      .first(),
    '12.3%',
  );
  await snap(page, '04b-figures-updated');

  // The summary written next agrees with the pane.
  await p.getByRole('tab', { name: 'Summary', exact: true }).click();
  await p.getByRole('button', { name: 'Write summary sheet' }).click();
  await visible(p.getByRole('status').filter({ hasText: 'Summary written to' }));
  const { text } = await readSheet(page, 'PMF Summary');
  const header = text[text.findIndex((r) => r[0] === 'ID')];
  expect(text[text.findIndex((r) => r[0] === 'S01')][header.indexOf('Latest')]).toBe('12.3%');

  // A change while another view is shown: the Figures view reads again when it is opened.
  await p.getByRole('tab', { name: 'Tag', exact: true }).click();
  await page.evaluate(
    async ({ sheet, cell }) => {
      const hw = (window as unknown as { __pmfHarness: PmfHarnessHook }).__pmfHarness.workbook!;
      await hw.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[0.095]];
        await context.sync();
      });
    },
    { sheet: MONTHLY, cell: address! },
  );
  await p.getByRole('tab', { name: 'Figures', exact: true }).click();
  await hasText(s01, '9.5%', 'contains');
});

test('5. keyboard: the measure picker and the Tag button are reached by Tab and work with Enter and Space', async () => {
  await openHarness(page);
  agencyRow = agencyRow || (await findRow(page, MONTHLY, AGENCY_LABEL));
  await (await gridCell(page, `B${agencyRow}`)).click();
  const p = pane(page);
  await hasText(p.locator('section[aria-labelledby="tag-selection-heading"] dd').nth(1), AGENCY_LABEL);

  // From the pane's first tab, Tab reaches the measure search box.
  await p.getByRole('tab', { name: 'Tag', exact: true }).focus();
  const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? '');
  const focusedText = () =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
  let presses = 0;
  while ((await focusedRole()) !== 'combobox' && presses < 25) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await focusedRole()).toBe('combobox');

  // Arrow down to the first suggestion, Enter picks it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await visible(p.getByText(/^Selected: W03 /));

  // On to the Tag button, and Space presses it.
  presses = 0;
  while ((await focusedText()).trim() !== 'Tag' && presses < 25) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect((await focusedText()).trim()).toBe('Tag');
  await snap(page, '05-keyboard-focus-on-tag');
  await page.keyboard.press('Space');
  await visible(p.getByRole('status').filter({ hasText: `Tagged row ${agencyRow} of '${MONTHLY}' to W03` }));
  const tags = await readSheet(page, 'PMF Tags');
  expect(tags.values.filter((r) => r.includes('W03'))).toHaveLength(1);
});

test('6. any workbook can be opened with the file picker; a 2,000-row sheet renders only the rows in view', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Caseload log');
  ws.addRow(['Worker', 'Team', 'Caseload', 'Start date']);
  for (let i = 1; i <= 2000; i++)
    ws.addRow([
      `W${String(i).padStart(4, '0')}`,
      `Team ${(i % 7) + 1}`,
      10 + (i % 15),
      new Date(Date.UTC(2024, i % 12, 1 + (i % 28))),
    ]);
  ws.getColumn(4).numFmt = 'dd/mm/yyyy';
  const hiddenSheet = wb.addWorksheet('Lookup');
  hiddenSheet.state = 'hidden';
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());

  const t = Date.now();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'Big workbook.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await hasAttribute(grid(page), 'data-sheet', 'Caseload log');
  await hasText(grid(page).locator('td[data-cell="A2"]'), 'W0001');
  const rendered = await grid(page).locator('tbody tr th').count();
  expect(rendered).toBeLessThan(120);
  // Scrolling to the end shows the last row, dates as the number format gives them.
  await hasText(await gridCell(page, 'A2001'), 'W2000');
  await hasText(grid(page).locator('td[data-cell="D2001"]'), /^\d\d\/\d\d\/2024$/);
  expect(Date.now() - t).toBeLessThan(10000);
  await hasAttribute(
    page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'Lookup (hidden)' }),
    'class',
    /hidden-sheet/,
  );

  // The pane reads the new workbook.
  const p = pane(page);
  await visible(p.getByText('Big workbook.xlsx'));
  await visible(p.getByText('No rows are tagged yet.'));
  expect(await page.evaluate(() => window.__pmfHarness?.workbook?.name)).toBe('Big workbook.xlsx');
  await snap(page, '06-opened-large-workbook');
});

test('9. a damaged or hostile file picked in the harness is refused or read within bounds: the tab stays usable', async () => {
  const pick = (name: string, bytes: Uint8Array) =>
    page.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    });
  const bytesOf = (file: string) => HOSTILE_CASES.find((c) => c.file === file)!.bytes();

  // A 1.4 MB file that inflates to 450 MB: refused in words, before anything is inflated; the workbook
  // open before stays open.
  let t = Date.now();
  await pick('bomb-450mb.xlsx', await bytesOf('bomb-450mb.xlsx'));
  const status = page.locator('.status[role="alert"]');
  await hasText(
    status,
    /^bomb-450mb\.xlsx is too large or damaged to open: its parts would expand to 450 MB/,
  );
  expect(Date.now() - t).toBeLessThan(10_000);
  await hasAttribute(grid(page), 'data-sheet', 'Caseload log');

  // A sheet cut short: named in plain words.
  await pick('sheet-cut-short.xlsx', await bytesOf('sheet-cut-short.xlsx'));
  await hasText(
    status,
    /^sheet-cut-short\.xlsx is damaged: the XML of the sheet 'Monthly PMF' ends early\.$/,
  );

  // One value at XFD1048576 on a tagged sheet: the grid shows the rows it can, the pane reads every tag.
  t = Date.now();
  await pick('far-corner.xlsx', await bytesOf('far-corner.xlsx'));
  await visible(page.locator('table.grid[data-sheet="Monthly PMF"]'), 30_000);
  await hasText(
    page.locator('.grid-notice').first(),
    /^This sheet has 1,048,576 rows and 16384 columns; the harness shows the first 750 rows and 200 columns\.$/,
  );
  const p = pane(page);
  await visible(p.getByText('far-corner.xlsx'), 20_000);
  expect(Date.now() - t).toBeLessThan(30_000);
  expect(await page.evaluate(() => window.__pmfHarness?.workbook?.name)).toBe('far-corner.xlsx');
  await snap(page, '09-far-corner-workbook');
}, 120_000);
test('7. at 320 px the five views stay on one line (the rest in a menu) and dates are typed day first', async () => {
  await openHarness(page);
  const p = pane(page);
  for (const width of [450, 320]) {
    await page.addStyleTag({ content: `aside.pane { width: ${width}px !important; }` });
    const list = p.getByRole('tablist', { name: 'Views' });
    await eventually(async () => {
      // The shown tabs' tops in one read of the page: the overflow can move a tab into the menu between
      // two reads, and a tab it hid has no box.
      const tops = await list.evaluate((el) =>
        [...el.querySelectorAll('[role="tab"]')]
          .filter((t) => t.getClientRects().length > 0)
          .map((t) => Math.round(t.getBoundingClientRect().top)),
      );
      expect(tops.length).toBeGreaterThanOrEqual(2);
      expect(new Set(tops).size).toBe(1);
      expect((await list.boundingBox())!.height).toBeLessThan(40);
    });
    await snap(page, `07-tabs-${width}`);
  }
  // At 320 px the views that do not fit are one click away in the '…' menu.
  await p.getByRole('button', { name: /^\d more views?$/ }).click();
  await page.getByRole('menuitem', { name: 'Framework' }).click();
  await hasAttribute(p.getByRole('tab', { name: 'Framework', exact: true }), 'aria-selected', 'true');
  await visible(p.getByRole('heading', { name: 'Targets and tolerances' }));

  // The as-at date: shown and typed day first, whatever the browser's own date box would do.
  await p.getByRole('tab', { name: 'Check', exact: true }).click();
  const asAt = p.getByRole('textbox', { name: 'As at' });
  await hasAttribute(asAt, 'value', '31/03/2025');
  await asAt.fill('1/2/2025');
  await visible(p.getByText('1 February 2025'));
  await p.getByRole('button', { name: 'Run checks' }).click();
  await visible(p.getByText(/as at 1 Feb 2025/));
  await snap(page, '07-check-320');
});

test('8. a sheet of 50 team blocks: one proposal per measure, repeats unticked, and Undo', async () => {
  const bytes = Buffer.from(await teamsWorkbook().xlsx.writeBuffer());
  await page.locator('input[type="file"]').setInputFiles({
    name: 'Teams.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  const p = pane(page);
  await visible(p.getByText('Teams.xlsx'));
  await visible(p.getByRole('region', { name: 'Start here' }));
  await p.getByRole('tab', { name: 'Tag', exact: true }).click();
  await (await gridCell(page, `A${teamRow(0, 0)}`)).click();
  await p.getByRole('button', { name: `Suggest tags for '${TEAMS_SHEET}'` }).click();
  const list = p.getByRole('list', { name: `Proposed tags for '${TEAMS_SHEET}'` });
  await hasText(
    p.getByText(/proposals for 'Teams'; \d+ accepted\./),
    `; ${TEAM_ROWS.length} accepted.`,
    'contains',
  );
  await hasCount(list.locator(':scope > li'), TEAM_ROWS.length);
  await visible(list.getByText(/more rows for S01 \(repeated blocks\), not accepted/));
  await snap(page, '08a-team-proposals');
  await p.getByRole('button', { name: `Tag ${TEAM_ROWS.length} accepted` }).click();
  await visible(
    p.getByRole('status').filter({ hasText: `Tagged ${TEAM_ROWS.length} rows of '${TEAMS_SHEET}'.` }),
  );
  const heading = p.getByRole('heading', { name: /Tags in this workbook/ });
  await hasText(heading, `Tags in this workbook (${TEAM_ROWS.length})`);
  // Focus moved on to what is left to decide: the first repeat, now proposed unticked.
  await eventually(async () =>
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox'),
  );
  await snap(page, '08b-team-tagged');
  // The notice is where the officer is looking: scrolled down to the last tag, the top of the pane is out
  // of view, and the notice with its Undo is still in view.
  await p.locator('[data-tag-id]').last().scrollIntoViewIfNeeded();
  const notice = p.getByRole('status').filter({ hasText: `Tagged ${TEAM_ROWS.length} rows` });
  await eventually(async () => {
    const height = page.viewportSize()!.height;
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    const paneTop = Math.max(0, (await page.locator('aside.pane').boundingBox())!.y);
    const title = (await p.getByText('Teams.xlsx').boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(paneTop + 1);
    const last = (await p.locator('[data-tag-id]').last().boundingBox())!;
    expect(last.y).toBeGreaterThan(box.y + box.height - 1);
    expect(last.y).toBeLessThan(height);
  });
  await p.getByRole('button', { name: 'Undo' }).click();
  await visible(
    p.getByRole('status').filter({ hasText: `Untagged ${TEAM_ROWS.length} rows of '${TEAMS_SHEET}' again.` }),
  );
  await hasText(heading, 'Tags in this workbook (0)');
  const tags = await readSheet(page, 'PMF Tags');
  expect(tags.values.slice(1).filter((r) => r.some((c) => c !== ''))).toEqual([]);
});
