/**
 * Reads a package's entries before the workbook is built from them: first the sizes their headers declare
 * (nothing inflated), then each part inflated as a stream, counting, and stopped as soon as it grows beyond
 * its declared size or the package's allowance. Nothing inflated is kept but the first and last bytes of
 * each XML part, to tell whether its XML ends where it should.
 */
import type JSZip from 'jszip';
import { inflateAllowance, tooLargeMessage } from './limits';

export interface PartScan {
  readonly name: string;
  readonly bytes: number;
  /** Whether the part is XML (by its name) and its text ends before its root element is closed. */
  readonly endsEarly: boolean;
  /** The name of its root element, prefix and all ('worksheet', 'x:worksheet'), for an XML part. */
  readonly root?: string;
}

/** What the package holds, part by part, once every part has been inflated within its bounds. */
export interface PackageScan {
  readonly parts: ReadonlyMap<string, PartScan>;
  readonly inflatedBytes: number;
}

/** A package the headless Excel will not build a workbook from; `message` follows the file's name. */
export class PackageRefusal extends Error {
  constructor(
    message: string,
    readonly reason: 'tooLarge' | 'damaged',
  ) {
    super(message);
    this.name = 'PackageRefusal';
  }
}

interface CompressedData {
  readonly uncompressedSize?: number;
}

/** The inflated size an entry's header declares (JSZip keeps it on the entry's compressed data). */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: CompressedData })._data;
  const size = data && typeof data.uncompressedSize === 'number' ? data.uncompressedSize : 0;
  return size >= 0 ? size : 0;
}

export function packageFiles(zip: JSZip): JSZip.JSZipObject[] {
  return Object.values(zip.files).filter((f) => !f.dir);
}

/** Refuses a package whose entries declare more than its allowance, before anything is inflated. */
export function checkDeclaredSizes(zip: JSZip, fileBytes: number): void {
  let total = 0;
  for (const file of packageFiles(zip)) total += declaredSize(file);
  if (total > inflateAllowance(fileBytes)) {
    throw new PackageRefusal(tooLargeMessage(total, fileBytes, true), 'tooLarge');
  }
}

const EDGE = 256;

interface StreamHelper {
  on(event: 'data', cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  on(event: 'error', cb: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/**
 * Inflates one part as a stream. Resolves with its size and its first and last bytes; stops (and rejects
 * with a refusal) when it outgrows its declared size or what is left of the package's allowance.
 */
function inflateBounded(
  file: JSZip.JSZipObject,
  left: number,
  onTooLarge: () => PackageRefusal,
): Promise<{ bytes: number; head: Uint8Array; tail: Uint8Array }> {
  const declared = declaredSize(file);
  const stream = (file as unknown as { internalStream(t: 'uint8array'): StreamHelper }).internalStream(
    'uint8array',
  );
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let head: Uint8Array = new Uint8Array(0);
    let tail: Uint8Array = new Uint8Array(0);
    let done = false;
    const stop = (e: Error) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(e);
    };
    stream
      .on('data', (chunk) => {
        if (done) return;
        bytes += chunk.length;
        if (bytes > left) return stop(onTooLarge());
        if (bytes > declared) {
          return stop(
            new PackageRefusal(
              `is damaged: its part ${file.name} holds more than its zip entry says (the file may have been altered)`,
              'damaged',
            ),
          );
        }
        if (head.length < EDGE) head = concat(head, chunk.subarray(0, EDGE - head.length));
        tail = chunk.length >= EDGE ? chunk.slice(chunk.length - EDGE) : lastBytes(concat(tail, chunk));
      })
      .on('error', () =>
        stop(new PackageRefusal(`is damaged: its part ${file.name} cannot be unpacked`, 'damaged')),
      )
      .on('end', () => {
        if (done) return;
        done = true;
        resolve({ bytes, head, tail });
      })
      .resume();
  });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function lastBytes(a: Uint8Array): Uint8Array {
  return a.length > EDGE ? a.slice(a.length - EDGE) : a;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** The root element's name of an XML text's start: '<?xml ...?><worksheet ...' gives 'worksheet'. */
export function rootElement(start: string): string | undefined {
  let s = start.replace(/^\uFEFF/, '');
  for (;;) {
    s = s.replace(/^\s+/, '');
    if (s.startsWith('<?')) {
      const end = s.indexOf('?>');
      if (end < 0) return undefined;
      s = s.slice(end + 2);
    } else if (s.startsWith('<!--')) {
      const end = s.indexOf('-->');
      if (end < 0) return undefined;
      s = s.slice(end + 3);
    } else if (s.startsWith('<!')) {
      const end = s.indexOf('>');
      if (end < 0) return undefined;
      s = s.slice(end + 1);
    } else break;
  }
  const m = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/.exec(s);
  return m ? m[1] : undefined;
}

/**
 * Whether an XML part's text stops before its root element is closed (a part cut short). `head` and `tail` are
 * its first and last bytes as text (the whole text when it is short).
 */
export function xmlEndsEarly(head: string, tail: string): boolean {
  const root = rootElement(head);
  // No root element: an empty part is cut short; text in another encoding is not judged here.
  if (!root) return head.trim() === '';
  const end = tail.replace(/(?:\s|<!--[\s\S]*?-->)+$/, '');
  if (new RegExp(`</${root.replace(/\./g, '\\.')}\\s*>$`).test(end)) return false;
  // A root element closed on itself ('<Relationships .../>'), all of the (short) text.
  const own = new RegExp(`<${root.replace(/\./g, '\\.')}(?:\\s[^<>]*)?/>$`);
  return !(head === tail && own.test(end));
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

/**
 * Inflates every part within the package's allowance (declared sizes first, then as each part streams).
 * Throws a PackageRefusal naming the problem.
 */
export async function scanPackage(zip: JSZip, fileBytes: number): Promise<PackageScan> {
  checkDeclaredSizes(zip, fileBytes);
  const allowance = inflateAllowance(fileBytes);
  const parts = new Map<string, PartScan>();
  let total = 0;
  for (const file of packageFiles(zip)) {
    const scanned = await inflateBounded(
      file,
      allowance - total,
      () => new PackageRefusal(tooLargeMessage(allowance + 1, fileBytes, false), 'tooLarge'),
    );
    total += scanned.bytes;
    const short = scanned.bytes <= EDGE;
    const head = decoder.decode(scanned.head);
    const endsEarly = isXmlPart(file.name)
      ? xmlEndsEarly(head, short ? head : decoder.decode(scanned.tail))
      : false;
    const root = isXmlPart(file.name) ? rootElement(head) : undefined;
    parts.set(file.name, { name: file.name, bytes: scanned.bytes, endsEarly, ...(root ? { root } : {}) });
  }
  return { parts, inflatedBytes: total };
}
