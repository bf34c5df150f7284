import { REQUEST_PAYLOAD_LIMIT } from '../../src/headless';
import { book, rejection } from './helpers';

// Office Add-ins, "Resource limits and performance optimization": Excel on the web limits a request's
// payload to 5 MB; a bigger request fails with RequestPayloadSizeLimitExceeded.
describe('sync counts and the 5 MB request limit', () => {
  const fresh = () => book((wb) => void wb.addWorksheet('S'));

  test('every sync is counted, including the one Excel.run makes for commands left queued', async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('A2').values = [[2]];
    });
    expect(hw.stats.syncs).toBe(3);
    expect(hw.stats.requests).toHaveLength(3);
    expect(hw.excel.getWorksheet('S')!.getCell('A2').value).toBe(2);
    hw.resetStats();
    expect(hw.stats).toEqual({ syncs: 0, maxRequestBytes: 0, requests: [] });
  });

  test('request size counts written arrays in full and loads by name only', async () => {
    const hw = fresh();
    const big = [Array.from({ length: 100 }, () => 'x'.repeat(100))];
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:CV1').values = big;
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('A1:CV1').load('values');
      await ctx.sync();
    });
    const [write, load] = hw.stats.requests;
    expect(write).toBeGreaterThan(100 * 100);
    expect(load).toBeLessThan(300);
    expect(hw.stats.maxRequestBytes).toBe(write);
  });

  test('a request over 5 MB is refused and applies nothing; chunked writes succeed', async () => {
    const hw = fresh();
    const rows = 6000;
    const grid = Array.from({ length: rows }, (_, r) => [`${r}`.padEnd(1000, 'x')]);
    const e = await rejection(
      hw.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem('S');
        s.getRange('B1').values = [['small write in the same request']];
        s.getRange(`A1:A${rows}`).values = grid;
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(hw.stats.maxRequestBytes).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT);
    expect(hw.excel.getWorksheet('S')!.getCell('B1').value).toBeNull();
    expect(hw.excel.getWorksheet('S')!.getCell('A1').value).toBeNull();
    hw.resetStats();
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      for (let start = 0; start < rows; start += 3000) {
        s.getRangeByIndexes(start, 0, 3000, 1).values = grid.slice(start, start + 3000);
        await ctx.sync();
      }
    });
    expect(hw.stats.syncs).toBe(2);
    expect(hw.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_PAYLOAD_LIMIT);
    expect(hw.excel.getWorksheet('S')!.getCell(rows, 1).value).toBe(grid[rows - 1][0]);
  });

  test('onChange fires after a sync that changed the workbook, not after reads', async () => {
    const hw = fresh();
    let changes = 0;
    const off = hw.onChange(() => changes++);
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(changes).toBe(1);
    off();
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[2]];
      await ctx.sync();
    });
    expect(changes).toBe(1);
  });
});
