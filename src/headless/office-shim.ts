/**
 * Globals for the browser harness and the CLI: `Excel` (run bound to one HeadlessWorkbook, and the enums
 * the add-in uses as string constants), `Office` (onReady, requirement sets up to ExcelApi 1.9,
 * DocumentSelectionChanged wired to HeadlessWorkbook.select) and `OfficeExtension` (Error, ErrorCodes).
 */
import { HeadlessError } from './errors';
import type { HeadlessWorkbook } from './workbook';

export const SUPPORTED_EXCEL_API = '1.9';

function versionAtMost(v: string, max: string): boolean {
  const a = v.split('.').map(Number);
  const b = max.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

/**
 * office-js enums have lowerCamel keys and PascalCase values (Excel.SheetVisibility.hidden === 'Hidden');
 * both key spellings are provided here.
 */
const enumOf = <K extends string>(...values: K[]) =>
  Object.freeze(
    Object.fromEntries(
      values.flatMap((v) => [
        [v, v],
        [v[0].toLowerCase() + v.slice(1), v],
      ]),
    ),
  ) as { readonly [P in K]: P } & { readonly [P in K as Uncapitalize<P>]: P };

const ERROR_CODE_VALUES = [
  'AccessDenied',
  'ApiNotFound',
  'GeneralException',
  'InsertDeleteConflict',
  'InvalidArgument',
  'InvalidBinding',
  'InvalidOperation',
  'InvalidReference',
  'InvalidSelection',
  'ItemAlreadyExists',
  'ItemNotFound',
  'NotImplemented',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'PropertyNotLoaded',
  'InvalidObjectPath',
  'UnsupportedOperation',
] as const;

/** Excel.ErrorCodes as office-js defines it: lowerCamel keys, PascalCase values (itemNotFound: 'ItemNotFound'). */
export const ErrorCodes = Object.freeze(
  Object.fromEntries(ERROR_CODE_VALUES.map((v) => [v[0].toLowerCase() + v.slice(1), v])),
) as Readonly<Record<string, string>>;

export function createOfficeShim(hw: HeadlessWorkbook) {
  type Handler = (event: { type: string; document: unknown }) => void;
  const handlers = new Map<Handler, () => void>();
  type Callback = (r: { status: string; value?: unknown; error?: unknown }) => void;
  const succeed = (cb: unknown, value?: unknown) => {
    if (typeof cb === 'function') (cb as Callback)({ status: 'succeeded', value });
  };
  const lastCallback = (args: unknown[]) => [...args].reverse().find((a) => typeof a === 'function');

  const document = {
    addHandlerAsync(eventType: string, handler: Handler, ...rest: unknown[]): void {
      if (eventType !== 'documentSelectionChanged') {
        const cb = lastCallback(rest);
        if (typeof cb === 'function')
          (cb as Callback)({
            status: 'failed',
            error: { code: 5000, message: `Event ${eventType} is not supported.` },
          });
        return;
      }
      if (!handlers.has(handler)) {
        handlers.set(
          handler,
          hw.onSelectionChange(() => handler({ type: 'documentSelectionChanged', document })),
        );
      }
      succeed(lastCallback(rest));
    },
    removeHandlerAsync(eventType: string, ...rest: unknown[]): void {
      const opts = rest[0];
      const handler =
        typeof opts === 'object' && opts !== null ? (opts as { handler?: Handler }).handler : undefined;
      if (eventType === 'documentSelectionChanged') {
        for (const [h, off] of [...handlers]) {
          if (!handler || h === handler) {
            off();
            handlers.delete(h);
          }
        }
      }
      succeed(lastCallback(rest));
    },
    settings: (() => {
      const store = new Map<string, unknown>();
      return {
        get: (k: string) => (store.has(k) ? store.get(k) : null),
        set: (k: string, v: unknown) => void store.set(k, v),
        remove: (k: string) => void store.delete(k),
        saveAsync: (cb?: unknown) => succeed(cb),
      };
    })(),
    url: hw.name,
    mode: 'readWrite',
  };

  const Office = {
    HostType: enumOf('Excel', 'Word', 'PowerPoint', 'Outlook', 'OneNote', 'Project', 'Access'),
    PlatformType: enumOf('PC', 'OfficeOnline', 'Mac', 'iOS', 'Android', 'Universal'),
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' } as const,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } as const,
    CoercionType: { Text: 'text', Matrix: 'matrix' } as const,
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'Headless' };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: 'Headless',
      displayLanguage: 'en-GB',
      contentLanguage: 'en-GB',
      document,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (String(name).toLowerCase() !== 'excelapi') return false;
          return versionAtMost(minVersion === undefined ? '1.1' : String(minVersion), SUPPORTED_EXCEL_API);
        },
      },
      diagnostics: { host: 'Excel', platform: 'Headless', version: '16.0.headless' },
    },
  };

  function run<T>(...args: unknown[]): Promise<T> {
    return (hw.run as (...a: unknown[]) => Promise<T>)(...args);
  }

  const Excel = {
    run,
    ErrorCodes,
    SheetVisibility: enumOf('Visible', 'Hidden', 'VeryHidden'),
    PageOrientation: enumOf('Portrait', 'Landscape'),
    BorderLineStyle: enumOf(
      'None',
      'Continuous',
      'Dash',
      'DashDot',
      'DashDotDot',
      'Dot',
      'Double',
      'SlantDashDot',
    ),
    BorderIndex: enumOf(
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideVertical',
      'InsideHorizontal',
      'DiagonalDown',
      'DiagonalUp',
    ),
    BorderWeight: enumOf('Hairline', 'Thin', 'Medium', 'Thick'),
    HorizontalAlignment: enumOf(
      'General',
      'Left',
      'Center',
      'Right',
      'Fill',
      'Justify',
      'CenterAcrossSelection',
      'Distributed',
    ),
    VerticalAlignment: enumOf('Top', 'Center', 'Bottom', 'Justify', 'Distributed'),
    ClearApplyTo: enumOf('All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks'),
    RangeUnderlineStyle: enumOf('None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'),
    RangeValueType: enumOf(
      'Unknown',
      'Empty',
      'String',
      'Integer',
      'Double',
      'Boolean',
      'Error',
      'RichValue',
    ),
    CalculationType: enumOf('Recalculate', 'Full', 'FullRebuild'),
  };

  const OfficeExtension = { Error: HeadlessError, ErrorCodes };

  return { Excel, Office, OfficeExtension };
}

/** Installs the shim's globals (Excel, Office, OfficeExtension) on globalThis; returns a function to undo. */
export function installOfficeShim(
  hw: HeadlessWorkbook,
  target: Record<string, unknown> = globalThis as never,
): () => void {
  const shim = createOfficeShim(hw);
  const previous = { Excel: target.Excel, Office: target.Office, OfficeExtension: target.OfficeExtension };
  Object.assign(target, shim);
  return () => Object.assign(target, previous);
}
