/** @jest-environment jsdom */
// Offline checks of manifest.xml: `office-addin-manifest validate` posts the file to a Microsoft web service,
// which is out of reach here, so this test checks what that service would reject us for.
import { readFileSync, existsSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

function all(selector: string): Element[] {
  return Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName === selector);
}
function one(selector: string): Element {
  const found = all(selector);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('parses as XML with the TaskPaneApp root', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  test('has a fixed GUID id, a four-part version and a display name', () => {
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one('DisplayName').getAttribute('DefaultValue')).toBe('Corporate Parenting PMF');
  });

  test('is an Excel workbook add-in needing ExcelApi 1.7 and ReadWriteDocument', () => {
    const hosts = all('Host').filter((h) => h.parentElement?.localName === 'Hosts');
    expect(hosts.map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual([
      'Workbook',
      'Workbook',
    ]);
    const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(set?.getAttribute('MinVersion')).toBe('1.7');
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('every URL is https', () => {
    const urls = [
      ...Array.from(doc.getElementsByTagName('*'))
        .map((e) => e.getAttribute('DefaultValue') ?? '')
        .filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...all('AppDomain').map((e) => e.textContent ?? ''),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    const defaultSettings = one('DefaultSettings');
    expect(defaultSettings.getElementsByTagName('SourceLocation')[0].getAttribute('DefaultValue')).toMatch(
      /^https:\/\/.+\/taskpane\.html$/,
    );
  });

  test('every resid resolves to a resource of the right kind, and ids are unique', () => {
    const resources = new Map<string, string>();
    for (const kind of ['Image', 'Url', 'String']) {
      for (const e of all(kind).filter((x) => x.getAttribute('id'))) {
        const id = e.getAttribute('id')!;
        expect(resources.has(id)).toBe(false);
        resources.set(id, `${e.parentElement?.localName}:${kind}`);
      }
    }
    const refs = Array.from(doc.getElementsByTagName('*')).filter((e) => e.getAttribute('resid'));
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) {
      const id = r.getAttribute('resid')!;
      expect(resources.get(id)).toBeDefined();
      const kind = resources.get(id)!;
      if (r.localName === 'Image') expect(kind).toBe('Images:Image');
      if (
        r.localName === 'SourceLocation' ||
        r.localName === 'FunctionFile' ||
        r.localName === 'LearnMoreUrl'
      )
        expect(kind).toBe('Urls:Url');
      if (r.localName === 'Label' || r.localName === 'Title') expect(kind).toBe('ShortStrings:String');
      if (r.localName === 'Description') expect(kind).toBe('LongStrings:String');
    }
    const controlIds = all('Control').map((c) => c.getAttribute('id'));
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });

  test('has a Home tab button that shows the task pane, and a Help button that runs a command', () => {
    const tab = one('OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const actions = all('Action').map((a) => ({
      control: a.parentElement?.getAttribute('id'),
      type: a.getAttribute('xsi:type'),
      fn: a.getElementsByTagName('FunctionName')[0]?.textContent ?? null,
    }));
    expect(actions).toEqual([
      { control: 'PMF.TaskpaneButton', type: 'ShowTaskpane', fn: null },
      { control: 'PMF.HelpButton', type: 'ExecuteFunction', fn: 'pmfOpenHelp' },
    ]);
    // An ExecuteFunction needs the commands page (FunctionFile) that registers the function.
    expect(one('FunctionFile').getAttribute('resid')).toBe('Commands.Url');
  });

  test('icons exist in assets/ at the sizes they claim', () => {
    const images = all('Image').filter((e) => e.getAttribute('id') && e.getAttribute('DefaultValue'));
    const icons = [
      ...images.map((e) => ({
        url: e.getAttribute('DefaultValue')!,
        size: Number(/(\d+)x\1/.exec(e.getAttribute('id')!)?.[1]),
      })),
      { url: one('IconUrl').getAttribute('DefaultValue')!, size: 32 },
      { url: one('HighResolutionIconUrl').getAttribute('DefaultValue')!, size: 64 },
    ];
    expect(new Set(icons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of icons) {
      const file = join(root, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test('URLs the manifest names are served: pages come from the build, icons from assets/', () => {
    const built = ['taskpane.html', 'commands.html', 'help.html'];
    const pages = Array.from(doc.getElementsByTagName('*'))
      .map((e) => e.getAttribute('DefaultValue') ?? '')
      .filter((v) => /\.html$/.test(v))
      .map((v) => new URL(v).pathname.slice(1));
    for (const p of pages) expect(built).toContain(p);
  });
});

describe('the production manifest (npm run build)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { productionManifest } = require('../../scripts/manifest-urls.cjs') as {
    productionManifest: (xml: string, url: string) => string;
  };

  test('points every URL and the app domain at the production host', () => {
    const prod = productionManifest(xml, 'https://pmf.anyshire.gov.uk/addin');
    expect(prod).not.toContain('localhost');
    expect(prod).toContain(
      '<SourceLocation DefaultValue="https://pmf.anyshire.gov.uk/addin/taskpane.html"/>',
    );
    expect(prod).toContain('<AppDomain>https://pmf.anyshire.gov.uk</AppDomain>');
    const parsed = new DOMParser().parseFromString(prod, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
  });

  test('refuses a host that is not https', () => {
    expect(() => productionManifest(xml, 'http://pmf.anyshire.gov.uk/')).toThrow(/https/);
  });
});
