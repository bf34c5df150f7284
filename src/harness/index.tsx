/**
 * Entry of the browser harness: loads the bundled sample workbook from this page's own origin into the
 * headless Excel, installs the `Excel` / `Office` globals bound to it (no office.js from Microsoft's CDN),
 * then renders the grid and the real task pane.
 */
import { createRoot } from 'react-dom/client';
import { HeadlessWorkbook } from '../headless';
import { type Book, HarnessApp, openBook } from './HarnessApp';
import './hook';

export const SAMPLE_NAME = 'Anyshire PMF 2024-25.xlsx';

let current: HeadlessWorkbook | null = null;
let nextId = 1;
const fromBuffer = (bytes: ArrayBuffer, name: string) => HeadlessWorkbook.fromBuffer(bytes, { name });
const open = (bytes: ArrayBuffer, name: string) => openBook(fromBuffer, bytes, name, nextId++);

async function loadSample(): Promise<Book> {
  const response = await fetch(`samples/${encodeURIComponent(SAMPLE_NAME)}`);
  if (!response.ok) throw new Error(`the sample workbook could not be fetched (HTTP ${response.status})`);
  return open(await response.arrayBuffer(), SAMPLE_NAME);
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('harness.html has no #root element');
  let initial: Book | null = null;
  let initialError: string | undefined;
  try {
    initial = await loadSample();
    current = initial.hw;
  } catch (e) {
    initialError = `Could not open the bundled sample: ${e instanceof Error ? e.message : String(e)}. Open a workbook instead.`;
  }
  createRoot(container).render(
    <HarnessApp
      initial={initial}
      initialError={initialError}
      open={open}
      onBook={(book) => {
        current = book.hw;
      }}
    />,
  );
  if (initialError) throw new Error(initialError);
}

const ready = boot();
ready.catch((e: unknown) => console.error(e));
window.__pmfHarness = {
  get workbook() {
    return current;
  },
  ready,
  sampleName: SAMPLE_NAME,
};
