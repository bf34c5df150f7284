// Writes the bundled sample workbook (samples/), made by the fixture code and tagged through the add-in's
// own code. Run: npm run sample
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { SAMPLE_FILE_NAME, taggedSampleWorkbook } from '../test/fixtures/tagged-sample';

async function main(): Promise<void> {
  const book = await taggedSampleWorkbook();
  const dir = join(process.cwd(), 'samples');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, SAMPLE_FILE_NAME);
  writeFileSync(file, await book.toBuffer());
  console.log(`wrote ${file}`);
}

void main();
