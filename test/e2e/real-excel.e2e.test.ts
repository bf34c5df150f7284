/**
 * What real Excel refuses, met in the browser: a selection of several areas (Ctrl+click in the grid, as in
 * Excel) is not one range, so the Tag view says so and does not offer to tag it.
 */
import type { Page } from 'playwright-core';
import {
  type Session,
  findRow,
  grid,
  gridCell,
  hasAttribute,
  hasText,
  launch,
  openHarness,
  pane,
  snap,
  visible,
  workbookSelection,
} from './harness-page';

const MONTHLY = 'Monthly PMF';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = session.page;
  // A fresh browser's first load of the harness can be slow on a busy machine.
  page.setDefaultNavigationTimeout(25000);
  await openHarness(page);
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.pageErrors).toEqual([]);
});

test('Ctrl+click adds a second area: the pane asks for one range; a plain click makes the row taggable again', async () => {
  const agency = await findRow(page, MONTHLY, 'Agency SW rate');
  const vacancy = await findRow(page, MONTHLY, 'SW vacancy rate');
  await (await gridCell(page, `B${agency}`)).click();
  await (await gridCell(page, `C${vacancy}`)).click({ modifiers: ['Control'] });

  expect(await workbookSelection(page)).toEqual({ sheet: MONTHLY, address: `B${agency},C${vacancy}` });
  // Both areas are highlighted; the active cell is in the area added last.
  await hasAttribute(grid(page).locator(`td[data-cell="B${agency}"]`), 'class', /\bsel\b/);
  await hasAttribute(grid(page).locator('td.active'), 'data-cell', `C${vacancy}`);

  const p = pane(page);
  const card = p.locator('section[aria-labelledby="tag-selection-heading"]');
  await hasText(card.locator('dd').nth(1), 'SW vacancy rate');
  await visible(p.getByText(/^Several areas, or a chart or shape, are selected\./));
  await hasAttribute(p.getByRole('button', { name: 'Tag', exact: true }), 'disabled', '');
  await snap(page, 'real-excel-two-areas');

  await (await gridCell(page, `C${vacancy}`)).click();
  expect(await workbookSelection(page)).toEqual({ sheet: MONTHLY, address: `C${vacancy}` });
  await hasText(card.locator('dd').nth(0), `'${MONTHLY}'!C${vacancy}`);
  await p.getByText(/^Several areas/).waitFor({ state: 'detached' });
});
