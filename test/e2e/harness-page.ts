/**
 * Driving the harness page in Chromium (playwright-core, Debian's /usr/bin/chromium): launch, the grid, the
 * pane, screenshots, and reading the headless workbook behind the page through the Excel JavaScript API.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { PmfHarnessHook } from '../../src/harness/hook';

import { CHROMIUM_ARGS } from './chromium-args';

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-output/e2e');

/** Row height of the harness grid, in pixels (src/harness/Grid.tsx). */
const GRID_ROW_HEIGHT = 22;

export function harnessUrl(): string {
  const url = process.env.PMF_E2E_URL;
  if (!url) throw new Error('PMF_E2E_URL is not set: run the browser tests with `node scripts/e2e.mjs`.');
  return url;
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that left the page's own origin. */
  readonly foreignRequests: string[];
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile, one page at a desktop size. */
export async function launch(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'pmf-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PMF_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Fail a step with its own message well before jest's per-test timeout.
  page.setDefaultTimeout(8000);
  const origin = new URL(harnessUrl()).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    page,
    foreignRequests,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the harness and waits until the sample is loaded and the pane has read it. */
export async function openHarness(page: Page): Promise<void> {
  await page.goto(harnessUrl());
  await page.evaluate(() => (window as unknown as { __pmfHarness: PmfHarnessHook }).__pmfHarness.ready);
  await pane(page).getByRole('tab', { name: 'Tag', exact: true }).waitFor();
}

export const pane = (page: Page): Locator => page.locator('aside.pane');
export const grid = (page: Page): Locator => page.locator('table.grid');

/** Screenshots of the whole page and of the pane: test-output/e2e/<name>-page.png and <name>-pane.png. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-page.png`) });
  await pane(page).screenshot({ path: join(SCREENSHOT_DIR, `${name}-pane.png`) });
}

/** Scrolls the grid to a row (it renders only the rows in view) and returns the cell. */
export async function gridCell(page: Page, address: string): Promise<Locator> {
  const row = Number(/\d+$/.exec(address)?.[0]);
  await page.locator('.grid-scroll').evaluate(
    (el, top) => {
      el.scrollTop = top;
    },
    Math.max(0, (row - 6) * GRID_ROW_HEIGHT),
  );
  const cell = grid(page).locator(`td[data-cell="${address}"]`);
  await cell.waitFor();
  return cell;
}

/** The sheet row whose cells hold `text` (first match, any column), through the headless workbook. */
export async function findRow(page: Page, sheet: string, text: string): Promise<number> {
  const sheetData = await readSheet(page, sheet);
  const i = sheetData.text.findIndex((line) => line.includes(text));
  if (i < 0) throw new Error(`No row of '${sheet}' holds '${text}'.`);
  return i + 1;
}

export interface SheetData {
  readonly visibility: string;
  /** Range.values and Range.text from A1 to the end of the used range. */
  readonly values: (string | number | boolean)[][];
  readonly text: string[][];
}

/** Reads a sheet of the page's headless workbook through the Excel JavaScript API (null when absent). */
export async function readSheet(page: Page, sheet: string): Promise<SheetData> {
  const data = await page.evaluate(async (name) => {
    const hw = (window as unknown as { __pmfHarness: PmfHarnessHook }).__pmfHarness.workbook;
    if (!hw) throw new Error('The harness has no workbook.');
    return hw.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      ws.load('visibility');
      await context.sync();
      if (ws.isNullObject) return null;
      const used = ws.getUsedRange();
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      const all = ws.getRangeByIndexes(
        0,
        0,
        used.rowIndex + used.rowCount,
        used.columnIndex + used.columnCount,
      );
      all.load('values,text');
      await context.sync();
      return { visibility: ws.visibility as string, values: all.values, text: all.text };
    });
  }, sheet);
  if (!data) throw new Error(`The workbook has no sheet '${sheet}'.`);
  return data;
}

/** Sheet names of the page's workbook, in order. */
export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hw = (window as unknown as { __pmfHarness: PmfHarnessHook }).__pmfHarness.workbook;
    return hw ? hw.excel.worksheets.map((w) => w.name) : [];
  });
}

export async function workbookSelection(page: Page): Promise<{ sheet: string; address: string }> {
  return page.evaluate(() => {
    const hw = (window as unknown as { __pmfHarness: PmfHarnessHook }).__pmfHarness.workbook;
    if (!hw) throw new Error('The harness has no workbook.');
    return hw.getSelection();
  });
}

// ---- Waiting assertions (playwright-core has no expect of its own; these poll jest's) -----------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries `check` (which throws, e.g. a failed jest expect) until it passes or `timeout` ms have gone. */
export async function eventually(check: () => Promise<void>, timeout = 8000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await sleep(50);
    }
  }
}

export async function visible(locator: Locator, timeout = 8000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The element's text is `expected` (whitespace normalised), or matches it, or (contains) includes it. */
export async function hasText(locator: Locator, expected: string | RegExp, how: 'is' | 'contains' = 'is') {
  await eventually(async () => {
    const actual = normalise((await locator.textContent({ timeout: 2000 })) ?? '');
    if (expected instanceof RegExp) expect(actual).toMatch(expected);
    else if (how === 'contains') expect(actual).toContain(expected);
    else expect(actual).toBe(expected);
  });
}

export async function hasAttribute(locator: Locator, name: string, expected: string | RegExp) {
  await eventually(async () => {
    const actual = (await locator.getAttribute(name, { timeout: 2000 })) ?? '';
    if (expected instanceof RegExp) expect(actual).toMatch(expected);
    else expect(actual).toBe(expected);
  });
}

export async function hasCount(locator: Locator, n: number) {
  await eventually(async () => expect(await locator.count()).toBe(n));
}
