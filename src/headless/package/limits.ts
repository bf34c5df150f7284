/**
 * How much a workbook may inflate to. An .xlsx file is a zip of XML parts; a few hundred kilobytes of zip can
 * hold gigabytes of XML (a "decompression bomb"), and the headless Excel holds every cell of what it reads in
 * memory: ExcelJS's model of a sheet takes 15 to 20 bytes of memory for each byte of its XML (measured with
 * `pmf check` on dense sheets: 44 MB of XML, 0.95 GB; 93 MB, 1.5 GB). So a package is refused, before any
 * part is inflated, when the sizes its own entries declare add up to more than its allowance, and a part is
 * refused as it inflates, before it is kept anywhere, when it grows beyond the size its entry declared.
 *
 * The allowance: 30 times the file's size (real workbooks inflate 4 to 15 times; sheets of repeated
 * formatting up to about 25), never less than 16 MiB (small files are never refused) and never more than
 * 40 MiB (over a million cells, which the headless Excel opens in under 1 GB of memory).
 */

export const INFLATE_RATIO = 30;
export const INFLATE_FLOOR_BYTES = 16 * 1024 * 1024;
export const INFLATE_CEILING_BYTES = 40 * 1024 * 1024;

/** The most a package of `fileBytes` may inflate to, in all. */
export function inflateAllowance(fileBytes: number): number {
  return Math.min(INFLATE_CEILING_BYTES, Math.max(INFLATE_FLOOR_BYTES, INFLATE_RATIO * fileBytes));
}

/** '450 MB', '1.4 MB', '812 KB': sizes as a person reads them (powers of 1024, as file managers show). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  if (u === 0) return `${bytes} bytes`;
  return `${n >= 10 ? Math.round(n) : Math.round(n * 10) / 10} ${units[u]}`;
}

/** The sentence for a package over its allowance. */
export function tooLargeMessage(inflated: number, fileBytes: number, declared: boolean): string {
  const allowed = inflateAllowance(fileBytes);
  const how = declared ? 'its parts would expand to' : 'its parts expand to more than';
  return (
    `is too large or damaged to open: ${how} ${formatBytes(inflated)} from a ${formatBytes(fileBytes)} file, ` +
    `more than the ${formatBytes(allowed)} allowed (${INFLATE_RATIO} times the file's size, at most ${formatBytes(INFLATE_CEILING_BYTES)})`
  );
}
