import { REQUEST_PAYLOAD_LIMIT, RESPONSE_PAYLOAD_LIMIT } from '../../src/headless';
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
    expect(hw.stats).toEqual({
      syncs: 0,
      maxRequestBytes: 0,
      requests: [],
      maxResponseBytes: 0,
      responses: [],
    });
  });

  test('request size counts written arrays in full; a load sends only names and object paths', async () => {
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
    expect(load).toBeLessThan(1000);
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

// The same article: "Excel on the web has a payload size limit for requests and responses of 5 MB", and
// "a range is limited to five million cells for get operations" (on every platform).
describe('the 5 MB response limit and the five million cell read limit', () => {
  const numbers = (rows: number, cols: number) =>
    book((wb) => {
      const ws = wb.addWorksheet('S');
      for (let r = 1; r <= rows; r++) ws.addRow(Array.from({ length: cols }, (_, c) => r * 1000 + c + 0.125));
    });

  test('responses are measured and counted in the stats beside requests', async () => {
    const hw = numbers(100, 10);
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:J100').load('values');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(hw.stats.responses).toHaveLength(2);
    const [read, write] = hw.stats.responses;
    // 1,000 numbers of 8 to 9 characters, with their commas and brackets.
    expect(read).toBeGreaterThan(9000);
    expect(read).toBeLessThan(12000);
    expect(write).toBe(0);
    expect(hw.stats.maxResponseBytes).toBe(read);
  });

  test('a sync whose loads return over 5 MB fails with ResponsePayloadSizeLimitExceeded, publishing nothing', async () => {
    const hw = numbers(40_000, 10);
    let range: Excel.Range | undefined;
    const e = await rejection(
      hw.run(async (ctx) => {
        range = ctx.workbook.worksheets.getItem('S').getRange('A1:J40000').load('values, numberFormat');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(hw.stats.maxResponseBytes).toBeGreaterThan(RESPONSE_PAYLOAD_LIMIT);
    expect(() => range!.values).toThrow(/not available/);
    // The same cells in two syncs of half the rows each are within the limit.
    hw.resetStats();
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      const top = s.getRange('A1:J20000').load('values, numberFormat');
      await ctx.sync();
      const bottom = s.getRange('A20001:J40000').load('values, numberFormat');
      await ctx.sync();
      expect(top.values.length + bottom.values.length).toBe(40_000);
    });
    expect(hw.stats.maxResponseBytes).toBeLessThanOrEqual(RESPONSE_PAYLOAD_LIMIT);
  });

  test('reading the cells of a range over five million cells fails with RangeExceedsLimit, before any is read', async () => {
    const hw = book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('XFD1048576').value = 2;
    });
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getUsedRange(true).load('values');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('RangeExceedsLimit');
    // Its dimensions, and the used range within a part of it, are readable.
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('S');
      const used = s.getUsedRange(true).load('address, cellCount');
      const corner = s
        .getRange('XFA1048570:XFD1048576')
        .getUsedRangeOrNullObject(true)
        .load('address, values');
      const middle = s.getRange('B2:Z100').getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(used.address).toBe('S!1:1048576');
      expect(used.cellCount).toBe(1048576 * 16384);
      expect(corner.address).toBe('S!XFD1048576');
      expect(corner.values).toEqual([[2]]);
      expect(middle.isNullObject).toBe(true);
    });
  });
});

// The body Office.js posts on context.sync() (office.js's ClientRequest.buildRequestMessageBody): the actions,
// and the object paths they use, each path sent once per request with an action instantiating it.
describe('a request weighs what Office.js posts', () => {
  const fresh = () => book((wb) => void wb.addWorksheet('S'));
  const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');
  const path = (id: number, type: number, name: string, parent?: number, args?: unknown[]) => ({
    Id: id,
    ObjectPathType: type,
    Name: name,
    ...(parent !== undefined ? { ParentObjectPathId: parent } : {}),
    ...(args ? { ArgumentInfo: { Arguments: args } } : {}),
  });
  const instantiate = (id: number, on: number) => ({ Id: id, ActionType: 1, Name: '', ObjectPathId: on });
  /** workbook > worksheets > getItem('S') > getRange(address) > format > fill or font: paths 1 to 6. */
  const formatPaths = (address: string, leaf: 'Fill' | 'Font') => ({
    1: path(1, 1, ''),
    2: path(2, 4, 'Worksheets', 1),
    3: path(3, 5, '', 2, ['S']),
    4: path(4, 3, 'GetRange', 3, [address]),
    5: path(5, 4, 'Format', 4),
    6: path(6, 4, leaf, 5),
  });

  test('a fill colour on a cell: six object paths, six instantiations and the set itself', async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#FF0000';
      await ctx.sync();
    });
    const expected = {
      AutoKeepReference: false,
      Actions: [
        ...[1, 2, 3, 4, 5, 6].map((on) => instantiate(6 + on, on)),
        { Id: 13, ActionType: 4, Name: 'Color', ArgumentInfo: { Arguments: ['#FF0000'] }, ObjectPathId: 6 },
      ],
      ObjectPaths: formatPaths('A1', 'Fill'),
    };
    expect(hw.stats.requests).toEqual([bytes(expected)]);
  });

  test('paths are sent once per request, and again in the next request that uses them', async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      const font = ctx.workbook.worksheets.getItem('S').getRange('A1:B2').format.font;
      font.bold = true;
      font.italic = true;
      await ctx.sync();
      font.bold = false;
      await ctx.sync();
    });
    const paths = formatPaths('A1:B2', 'Font');
    const set = (id: number, name: string, value: boolean) => ({
      Id: id,
      ActionType: 4,
      Name: name,
      ArgumentInfo: { Arguments: [value] },
      ObjectPathId: 6,
    });
    const first = {
      AutoKeepReference: false,
      Actions: [
        ...[1, 2, 3, 4, 5, 6].map((on) => instantiate(6 + on, on)),
        set(13, 'Bold', true),
        set(14, 'Italic', true),
      ],
      ObjectPaths: paths,
    };
    const second = {
      AutoKeepReference: false,
      Actions: [...[1, 2, 3, 4, 5, 6].map((on) => instantiate(14 + on, on)), set(21, 'Bold', false)],
      ObjectPaths: paths,
    };
    expect(hw.stats.requests).toEqual([bytes(first), bytes(second)]);
  });

  test('a method call sends its arguments; a range passed as an argument goes by its path id', async () => {
    const hw = fresh();
    await hw.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      sheet.freezePanes.freezeAt(sheet.getRange('B3'));
      await ctx.sync();
    });
    const freezeAt = {
      Id: 0,
      ActionType: 3,
      Name: 'FreezeAt',
      ArgumentInfo: { Arguments: [null], ReferencedObjectPathIds: [5] },
      ObjectPathId: 4,
    };
    // Paths: workbook, worksheets, the sheet, freezePanes, the range; an instantiation each; the call.
    const expected = {
      AutoKeepReference: false,
      Actions: [
        instantiate(6, 1),
        instantiate(7, 2),
        instantiate(8, 3),
        instantiate(9, 4),
        instantiate(10, 5),
        { ...freezeAt, Id: 11 },
      ],
      ObjectPaths: {
        1: path(1, 1, ''),
        2: path(2, 4, 'Worksheets', 1),
        3: path(3, 5, '', 2, ['S']),
        4: path(4, 4, 'FreezePanes', 3),
        5: path(5, 3, 'GetRange', 3, ['B3']),
      },
    };
    expect(hw.stats.requests).toEqual([bytes(expected)]);
    expect(hw.excel.getWorksheet('S')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
  });

  test('text counts in UTF-8 bytes', async () => {
    const hw = fresh();
    const sizes: number[] = [];
    for (const text of ['a'.repeat(100), '£'.repeat(100)]) {
      hw.resetStats();
      await hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[text]];
        await ctx.sync();
      });
      sizes.push(hw.stats.requests[0]);
    }
    expect(sizes[1] - sizes[0]).toBe(100);
  });
});
