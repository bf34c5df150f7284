/**
 * A child-level table in a real browser: an officer opens an SSDA903 extract in the harness, selects a cell of
 * the episodes table, previews what it gives, tags it, and finds the derived figures on the Figures tab.
 */
import type { Page } from 'playwright-core';
import { small903Workbook } from '../fixtures/ssda903-small';
import {
  type Session,
  grid,
  gridCell,
  hasAttribute,
  launch,
  openHarness,
  pane,
  readSheet,
  snap,
  visible,
} from './harness-page';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.pageErrors).toEqual([]);
});

test('a 903 episodes table: recognised by its headers, previewed, tagged, and its figures derived', async () => {
  await openHarness(page);
  const bytes = Buffer.from(await small903Workbook().xlsx.writeBuffer());
  await page.locator('input[type="file"]').setInputFiles({
    name: 'Return 2024-25.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  const p = pane(page);
  await visible(p.getByText('Return 2024-25.xlsx'));
  await page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name: 'Episodes' }).click();
  await hasAttribute(grid(page), 'data-sheet', 'Episodes');
  await (await gridCell(page, 'C12')).click();

  await visible(p.getByRole('heading', { name: 'This is a 903 episodes table' }), 15000);
  await p.getByRole('button', { name: 'Preview the figures' }).click();
  await visible(p.getByText(/23 rows read, 3 left out for an error/), 15000);
  // The workbook sets no as-at date, so the figures are for the last year the table reaches.
  await visible(p.getByText(/^D02 Number of children looked after: 7 in /));
  await snap(page, 'tables-01-preview');

  await p.getByRole('button', { name: 'Tag as the 903 episodes table' }).click();
  await visible(p.getByRole('heading', { name: 'Tagged as the 903 episodes table' }), 15000);
  const tags = await readSheet(page, 'PMF Tags');
  expect(tags.text.some((line) => line.includes('table') && line.includes('episodes'))).toBe(true);

  await p.getByRole('tab', { name: 'Figures' }).click();
  await visible(p.getByText('Derived from the 903 episodes table (Episodes!A1:M24).').first(), 15000);
  await snap(page, 'tables-02-figures');
});
