// The bundled sample (samples/) is what the fixture code and the add-in's own tagging make today:
// `npm run sample` regenerates it when the fixtures change.
import { readFileSync } from 'fs';
import { join } from 'path';
import { HeadlessWorkbook } from '../../src/headless';
import { loadState } from '../../src/excel/operations';
import {
  SAMPLE_AS_AT,
  SAMPLE_FILE_NAME,
  headlessTestHost,
  taggedSampleWorkbook,
} from '../fixtures/tagged-sample';
import { readBack, sheetContent } from './helpers';

test('the bundled sample workbook is up to date with the fixture code (npm run sample)', async () => {
  const file = join(__dirname, '..', '..', 'samples', SAMPLE_FILE_NAME);
  const committed = await HeadlessWorkbook.fromBuffer(readFileSync(file), { name: SAMPLE_FILE_NAME });
  const fresh = await taggedSampleWorkbook();
  const a = await readBack({ book: committed, host: headlessTestHost(committed) });
  const b = await readBack({ book: fresh, host: headlessTestHost(fresh) });
  expect(a.worksheets.map((w) => [w.name, w.state])).toEqual(b.worksheets.map((w) => [w.name, w.state]));
  for (const ws of b.worksheets) {
    if (ws.name === 'PMF Tags') continue; // ids and times differ run to run
    expect(sheetContent(a.getWorksheet(ws.name)!)).toEqual(sheetContent(ws));
  }
  const tagsOf = async (book: HeadlessWorkbook) =>
    (await loadState(headlessTestHost(book), SAMPLE_AS_AT)).tags.map((t) => {
      const { id: _id, created: _created, ...rest } = t.tag;
      return { ...rest, status: t.state.status };
    });
  expect(await tagsOf(committed)).toEqual(await tagsOf(fresh));
});
