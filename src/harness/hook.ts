/** The page's test hook: `window.__pmfHarness`, for the end-to-end tests (and curious developers). */
import type { HeadlessWorkbook } from '../headless';

export interface PmfHarnessHook {
  /** The workbook the page shows now (it changes when another file is opened). */
  readonly workbook: HeadlessWorkbook | null;
  /** Resolves when the bundled sample is loaded and the page rendered; rejects when it could not load. */
  readonly ready: Promise<void>;
  /** The file name of the bundled sample. */
  readonly sampleName: string;
}

declare global {
  interface Window {
    __pmfHarness?: PmfHarnessHook;
  }
}
