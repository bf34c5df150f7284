// Worksheet.onChanged on the headless Excel, as Excel's "Work with events" describes it.
import { book } from './helpers';

type Event = { type: string; worksheetId: string; address: string; changeType: string; source: string };
const tick = () => new Promise((r) => setTimeout(r, 5));

function twoSheets() {
  return book((wb) => {
    wb.addWorksheet('Monthly PMF').getCell('B2').value = 10;
    wb.addWorksheet('Other').getCell('A1').value = 'x';
  });
}

/** Registers a handler on a sheet in its own Excel.run, as an add-in does; returns what it receives. */
async function watch(hw: ReturnType<typeof twoSheets>, sheet: string) {
  const seen: Event[] = [];
  const result = await hw.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('id');
    const handler = ws.onChanged.add(async (e) => {
      seen.push(e as unknown as Event);
    });
    await context.sync();
    return { handler, id: ws.id };
  });
  return { seen, ...result };
}

describe('worksheet.onChanged', () => {
  it('calls the handler after the sync that changed values, with the range and the worksheet id', async () => {
    const hw = twoSheets();
    const { seen, id } = await watch(hw, 'Monthly PMF');
    await hw.run(async (context) => {
      context.workbook.worksheets.getItem('Monthly PMF').getRange('B2:C3').values = [
        [11, 12],
        [13, 14],
      ];
      await context.sync();
      // Not during the sync, nor as soon as it resolves: events come afterwards, as in Excel.
      expect(seen).toEqual([]);
    });
    await tick();
    expect(seen).toEqual([
      {
        type: 'WorksheetChanged',
        worksheetId: id,
        address: 'B2:C3',
        changeType: 'RangeEdited',
        source: 'Local',
      },
    ]);
  });

  it('is not called for other sheets or for number formats', async () => {
    const hw = twoSheets();
    const { seen } = await watch(hw, 'Monthly PMF');
    await hw.run(async (context) => {
      context.workbook.worksheets.getItem('Other').getRange('A1').values = [['y']];
      context.workbook.worksheets.getItem('Monthly PMF').getRange('B2').numberFormat = [['0.0%']];
      await context.sync();
    });
    await tick();
    expect(seen).toEqual([]);
  });

  it('is called for cleared contents and formulas, and follows the sheet through a rename', async () => {
    const hw = twoSheets();
    const { seen } = await watch(hw, 'Monthly PMF');
    await hw.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Monthly PMF');
      ws.name = 'Monthly 2025';
      ws.getRange('B2').clear('Contents');
      ws.getRange('D4').formulas = [['=B2*2']];
      ws.getRange('E5').clear('Formats');
      await context.sync();
    });
    await tick();
    expect(seen.map((e) => e.address)).toEqual(['B2', 'D4']);
  });

  it('stops once removed through Excel.run(result.context)', async () => {
    const hw = twoSheets();
    const { seen, handler } = await watch(hw, 'Monthly PMF');
    expect(hw._events.count).toBe(1);
    handler.remove();
    // Removal is queued on its context: it takes effect when that context syncs.
    expect(hw._events.count).toBe(1);
    await hw.run(handler.context as unknown as Excel.RequestContext, async (context) => {
      await context.sync();
    });
    expect(hw._events.count).toBe(0);
    await hw.run(async (context) => {
      context.workbook.worksheets.getItem('Monthly PMF').getRange('B2').values = [[99]];
      await context.sync();
    });
    await tick();
    expect(seen).toEqual([]);
  });

  it('refuses a handler on a worksheet that does not exist', async () => {
    const hw = twoSheets();
    await expect(
      hw.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject('Nope');
        ws.onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
