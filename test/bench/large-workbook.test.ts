/**
 * The bench's workbook (test/fixtures/large-workbook.ts), small: every data row and the child-level column can
 * be tagged, every tag is found and read, and a refresh takes the same few syncs whatever the number of tags.
 */
import { HeadlessWorkbook, REQUEST_PAYLOAD_LIMIT, RESPONSE_PAYLOAD_LIMIT } from '../../src/headless';
import { addTags, loadState, refreshSummary } from '../../src/excel/operations';
import { headlessTestHost } from '../fixtures/tagged-sample';
import { LARGE_AS_AT, largeWorkbook } from '../fixtures/large-workbook';

const SMALL = { sheets: 3, taggedRows: 30, periods: 24, childRows: 300 };

async function tagged(all: boolean) {
  const large = largeWorkbook(SMALL);
  const book = HeadlessWorkbook.fromExcelJS(large.workbook, { name: 'large.xlsx' });
  const requests = all ? [...large.rowRequests, large.columnRequest] : [large.rowRequests[0]];
  await addTags(headlessTestHost(book), requests, new Date('2025-04-02T09:00:00Z'));
  return { book, requests };
}

describe('the bench workbook', () => {
  it('has a row request per tagged row, spread over the sheets, and one child-level column', () => {
    const large = largeWorkbook(SMALL);
    expect(large.rowRequests).toHaveLength(SMALL.taggedRows);
    expect(new Set(large.rowRequests.map((r) => r.sheet)).size).toBe(SMALL.sheets);
    expect(large.columnRequest).toMatchObject({ kind: 'column', firstRow: 4, lastRow: 3 + SMALL.childRows });
  });

  it('tags every row and the column and finds each tag where it was made', async () => {
    const { book, requests } = await tagged(true);
    const state = await loadState(headlessTestHost(book), LARGE_AS_AT);
    expect(state.tags).toHaveLength(requests.length);
    expect(state.tags.every((t) => t.state.status === 'ok')).toBe(true);
    const m04 = state.figures.find((f) => f.measureId === 'M04');
    expect(m04?.records?.count).toBe(SMALL.childRows - 1); // one 'TBC' cell is unreadable
  });

  it('refreshes in the same 4 syncs on 1 tag and on every tag, each request and response under 5 MB', async () => {
    for (const all of [false, true]) {
      const { book } = await tagged(all);
      book.resetStats();
      await refreshSummary(headlessTestHost(book), { asAt: LARGE_AS_AT, producedAt: '2025-04-01T09:00:00Z' });
      expect(book.stats.syncs).toBe(4);
      expect(book.stats.maxRequestBytes).toBeLessThan(REQUEST_PAYLOAD_LIMIT);
      expect(book.stats.maxResponseBytes).toBeGreaterThan(0);
      expect(book.stats.maxResponseBytes).toBeLessThan(RESPONSE_PAYLOAD_LIMIT);
    }
  });
});
