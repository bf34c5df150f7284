import { book, rejection, thrown } from './helpers';

const twoSheets = () =>
  book((wb) => {
    wb.addWorksheet('Data').getCell('A1').value = 5;
    wb.addWorksheet('Other');
  });

describe('load and sync (Excel JavaScript API: "Load the properties of an object")', () => {
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1');
      // Office Add-ins, "Excel JavaScript API error codes": PropertyNotLoaded.
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
      r.load('values');
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded'); // loaded but not yet synced
      const pending = ctx.sync();
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded'); // sync not awaited
      await pending;
      expect(r.values).toEqual([[5]]);
      expect(thrown(() => r.text).code).toBe('PropertyNotLoaded'); // only what was loaded
    });
  });

  test('load accepts a comma list, an array, a path into navigation objects, and nothing (all scalars)', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      const a = sheet.getRange('A1').load('values, numberFormat');
      const b = sheet.getRange('A1').load(['text', 'address']);
      const c = sheet.getRange('A1:B2').load('format/fill/color, worksheet/name');
      const d = sheet.getRange('B2').load();
      expect(a).toBeDefined();
      await ctx.sync();
      expect(a.numberFormat).toEqual([['General']]);
      expect(b.text).toEqual([['5']]);
      expect(b.address).toBe('Data!A1');
      expect(c.format.fill.color).toBe('#FFFFFF');
      expect(c.worksheet.name).toBe('Data');
      expect(d.rowIndex).toBe(1);
      expect(d.columnCount).toBe(1);
      expect(d.values).toEqual([['']]);
    });
  });

  test('a missing sheet from getItem makes the next sync reject with ItemNotFound naming it', async () => {
    const hw = twoSheets();
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
    expect(e.message).toContain('Nope');
    expect(e.debugInfo.code).toBe('ItemNotFound');
  });

  test('getItem is case-insensitive, like Excel sheet names', async () => {
    const hw = twoSheets();
    const name = await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('data').load('name');
      await ctx.sync();
      return s.name;
    });
    expect(name).toBe('Data');
  });

  test('a 2-D array of the wrong shape rejects with InvalidArgument and writes nothing', async () => {
    const hw = twoSheets();
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [[1, 2, 3]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
    expect(hw.excel.getWorksheet('Data')!.getCell('A1').value).toBe(5);
    for (const prop of ['numberFormat', 'formulas'] as const) {
      const e2 = await rejection(
        hw.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Data').getRange('A1:B2')[prop] = [['0'], ['0']];
          await ctx.sync();
        }),
      );
      expect(e2.code).toBe('InvalidArgument');
    }
  });

  test('a single value assigned to a multi-cell range applies to every cell', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Other').getRange('A1:B2');
      r.numberFormat = '0.0' as unknown as string[][];
      r.values = 2 as unknown as number[][];
      r.load('values, text');
      await ctx.sync();
      expect(r.values).toEqual([
        [2, 2],
        [2, 2],
      ]);
      expect(r.text).toEqual([
        ['2.0', '2.0'],
        ['2.0', '2.0'],
      ]);
    });
  });

  test('commands before the failing one are applied; the rest of the batch is not', async () => {
    const hw = twoSheets();
    const e = await rejection(
      hw.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem('Other');
        s.getRange('A1').values = [['before']];
        ctx.workbook.worksheets.getItem('Missing').getRange('A1').values = [['x']];
        s.getRange('A2').values = [['after']];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
    const ws = hw.excel.getWorksheet('Other')!;
    expect(ws.getCell('A1').value).toBe('before');
    expect(ws.getCell('A2').value).toBeNull();
  });

  test('loads in a failed batch are not delivered', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      ctx.workbook.worksheets.getItem('Missing');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
    });
  });

  test('deleting or hiding the last visible sheet is refused', async () => {
    const hw = book((wb) => {
      wb.addWorksheet('Shown');
      wb.addWorksheet('Tags').state = 'hidden';
    });
    const del = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Shown').delete();
        await ctx.sync();
      }),
    );
    expect(del.code).toBe('InvalidOperation');
    const hide = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Shown').visibility = 'Hidden';
        await ctx.sync();
      }),
    );
    expect(hide.code).toBe('InvalidOperation');
    expect(hw.excel.worksheets.map((w) => w.name)).toEqual(['Shown', 'Tags']);
    // Deleting a hidden sheet is fine.
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Tags').delete();
      await ctx.sync();
    });
    expect(hw.excel.worksheets.map((w) => w.name)).toEqual(['Shown']);
  });

  test('adding a sheet whose name exists rejects ItemAlreadyExists; bad names reject InvalidArgument', async () => {
    const hw = twoSheets();
    const dup = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.add('DATA');
        await ctx.sync();
      }),
    );
    expect(dup.code).toBe('ItemAlreadyExists');
    for (const bad of ['x'.repeat(32), 'a:b', 'a\\b', 'a/b', 'a?b', 'a*b', 'a[b', 'a]b', '']) {
      const e = await rejection(
        hw.run(async (ctx) => {
          ctx.workbook.worksheets.add(bad);
          await ctx.sync();
        }),
      );
      expect(e.code).toBe('InvalidArgument');
    }
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Other').name = 'Data';
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ItemAlreadyExists');
    expect(hw.excel.worksheets.map((w) => w.name)).toEqual(['Data', 'Other']);
  });

  test('a sheet renamed to its own name in another case is renamed; names are found in any case', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('data').name = 'DATA';
      await ctx.sync();
    });
    expect(hw.excel.worksheets.map((w) => w.name)).toEqual(['DATA', 'Other']);
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('DATA').name = 'other';
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('ItemAlreadyExists');
  });

  test('worksheets: items with name, visibility, position; add, rename, reorder, tab colour, count', async () => {
    const hw = twoSheets();
    hw.excel.getWorksheet('Other')!.state = 'veryHidden';
    await hw.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add('PMF Summary');
      added.position = 0;
      added.tabColor = '#00B050';
      const renamed = ctx.workbook.worksheets.getItem('Data');
      renamed.name = 'Data 2025';
      const sheets = ctx.workbook.worksheets.load('items/name,items/visibility,items/position');
      const count = ctx.workbook.worksheets.getCount();
      added.load('tabColor, name');
      renamed.load('name'); // the proxy follows the renamed sheet
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ['PMF Summary', 'Visible', 0],
        ['Data 2025', 'Visible', 1],
        ['Other', 'VeryHidden', 2],
      ]);
      expect(count.value).toBe(3);
      expect(added.tabColor).toBe('#00B050');
      expect(renamed.name).toBe('Data 2025');
      expect(thrown(() => sheets.items[0].tabColor).code).toBe('PropertyNotLoaded');
    });
  });

  test('getActiveWorksheet and activate', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const before = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      expect(before.name).toBe('Data');
      ctx.workbook.worksheets.getItem('Other').activate();
      const after = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      expect(after.name).toBe('Other');
    });
  });

  test('a property that does not exist makes the sync reject', async () => {
    const hw = twoSheets();
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('A1').load('valuez');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });
});

describe('null objects (Excel JavaScript API: "*OrNullObject methods and properties")', () => {
  test('getItemOrNullObject: isNullObject after sync, not before', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Tags');
      const present = ctx.workbook.worksheets.getItemOrNullObject('Data');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test('methods on a null object do nothing (the "delete if it exists" idiom)', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      ctx.workbook.worksheets.getItemOrNullObject('Tags').delete();
      ctx.workbook.worksheets.getItemOrNullObject('Other').delete();
      await ctx.sync();
    });
    expect(hw.excel.worksheets.map((w) => w.name)).toEqual(['Data']);
  });

  test('getUsedRangeOrNullObject is null on an empty sheet; getUsedRange gives A1', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Other');
      const maybe = s.getUsedRangeOrNullObject(true);
      const used = s.getUsedRange().load('address');
      const data = ctx.workbook.worksheets.getItem('Data').getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      expect(maybe.isNullObject).toBe(true);
      expect(used.address).toBe('Other!A1');
      expect(data.isNullObject).toBe(false);
      expect(data.address).toBe('Data!A1');
    });
  });

  test('a method called on a null object fails the sync: Excel documents no result for it', async () => {
    const hw = twoSheets();
    const e = await rejection(
      hw.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('Nope').getRange('A1').load('values');
        await ctx.sync();
      }),
    );
    expect(e.code).toBe('InvalidObjectPath');
    expect(e.message).toMatch(/null object.*isNullObject/);
    // The documented way: check isNullObject after a sync, then call its methods.
    await hw.run(async (ctx) => {
      const maybe = ctx.workbook.worksheets.getItemOrNullObject('Data');
      await ctx.sync();
      expect(maybe.isNullObject).toBe(false);
      const r = maybe.getRange('A1').load('values');
      await ctx.sync();
      expect(r.values).toEqual([[5]]);
    });
  });

  test('freezePanes.getLocationOrNullObject', async () => {
    const hw = twoSheets();
    await hw.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Data');
      const none = s.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      s.freezePanes.freezeRows(2);
      const loc = s.freezePanes.getLocationOrNullObject().load('address');
      await ctx.sync();
      expect(loc.address).toBe('Data!1:2');
    });
  });
});
