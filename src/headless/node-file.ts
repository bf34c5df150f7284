/** Node-only helpers: open a workbook from a path, save one atomically (temp file in the same folder, then rename). */
import { readFile, rename, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { HeadlessWorkbook } from './workbook';

export async function openWorkbookFile(path: string): Promise<HeadlessWorkbook> {
  const data = await readFile(path);
  return HeadlessWorkbook.fromBuffer(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), {
    name: basename(path),
  });
}

export async function saveWorkbookFile(
  hw: HeadlessWorkbook,
  path: string,
  options: { allowDroppingParts?: boolean } = {},
): Promise<void> {
  const bytes = await hw.toBuffer(options); // throws before touching the disk when parts would be lost
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
