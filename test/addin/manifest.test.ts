import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from './png';
import { parseXml, walk, type XmlElement } from './xml';

const ROOT = join(__dirname, '..', '..');
const manifest = parseXml(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
const all = [...walk(manifest)];
const byName = (name: string) => all.filter((e) => e.name === name);

/** Microsoft's order for OfficeApp's children (TaskPaneApp). */
const ORDER = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
  'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];

function resources(): Map<string, XmlElement> {
  const res = byName('Resources')[0];
  const out = new Map<string, XmlElement>();
  for (const e of walk(res)) if (e.attrs.id !== undefined) {
    expect(out.has(e.attrs.id), `resource id ${e.attrs.id} defined twice`).toBe(false);
    out.set(e.attrs.id, e);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('manifest.xml', () => {
  it('is a TaskPaneApp for Excel with children in Microsoft\'s order', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
    const names = manifest.children.map((c) => c.name);
    expect(names.every((n) => ORDER.includes(n)), `unexpected: ${names}`).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'Hosts', 'DefaultSettings', 'Permissions']) {
      expect(names).toContain(required);
    }
    expect(byName('Host').map((h) => h.attrs.Name ?? h.attrs['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    expect(manifest.children.find((c) => c.name === 'Id')!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(manifest.children.find((c) => c.name === 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('uses a shared runtime with custom functions in the MSPSYNC namespace', () => {
    const sets = byName('Set').map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.1']));
    expect(byName('Runtime')).toEqual([expect.objectContaining({ attrs: { resid: 'Taskpane.Url', lifetime: 'long' } })]);
    const ns = byName('Namespace')[0].attrs.resid;
    expect(resources().get(ns)!.attrs.DefaultValue).toBe('MSPSYNC');
    const res = resources();
    const cf = byName('ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
    const url = (tag: string) => res.get(cf.children.find((c) => c.name === tag)!.children[0].attrs.resid)!.attrs.DefaultValue;
    expect(url('Metadata')).toBe('https://localhost:3000/functions.json');
    expect(url('Page')).toBe('https://localhost:3000/taskpane.html');
  });

  it('requires the ExcelApi version of the newest Excel API the add-in calls', () => {
    // The newest each of these arrived in (Microsoft's ExcelApi requirement sets).
    const apis: [RegExp, number][] = [
      [/\.getRanges\(/, 1.9],
      [/worksheets\.onChanged|sheets\.onChanged/, 1.9],
      [/\.dataValidation\b/, 1.8],
      [/\.freezePanes\b/, 1.7],
      [/\.getRangeByIndexes\(/, 1.7],
      [/\.getItemOrNullObject\(/, 1.4],
    ];
    const files = readdirSync(join(ROOT, 'addin'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const source = files.map((f) => readFileSync(join(ROOT, 'addin', f), 'utf8')).join('\n');
    const used = Math.max(1.1, ...apis.filter(([re]) => re.test(source)).map(([, v]) => v));
    const excelApi = byName('Set').find((s) => s.attrs.Name === 'ExcelApi');
    expect(Number(excelApi?.attrs.MinVersion)).toBe(used);
    expect(used).toBe(1.9);
  });

  it('defines every resid, and ids and resids are at most 32 characters', () => {
    const res = resources();
    const resids = all.filter((e) => e.attrs.resid !== undefined).map((e) => e.attrs.resid);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(res.has(r), `resid ${r} is not defined under Resources`).toBe(true);
    const ids = all.filter((e) => e.attrs.id !== undefined).map((e) => e.attrs.id);
    for (const s of [...ids, ...resids]) expect(s.length, s).toBeLessThanOrEqual(32);
    const strings = [...res.values()].filter((e) => e.name === 'bt:String');
    for (const s of strings) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it('has only https URLs, defaulting to https://localhost:3000', () => {
    const urls = [
      ...all.filter((e) => e.attrs.DefaultValue?.includes('://')).map((e) => e.attrs.DefaultValue),
      ...byName('AppDomain').map((e) => e.text.trim()),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith('https://localhost:3000'), u).toBe(true);
  });

  it('puts Check invoices, Validate grid and Open MSP Sync in an "MSP Sync" group on the Home tab', () => {
    const res = resources();
    const tab = byName('OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const group = tab.children.find((c) => c.name === 'Group')!;
    const label = (e: XmlElement) => res.get(e.children.find((c) => c.name === 'Label')!.attrs.resid)!.attrs.DefaultValue;
    expect(label(group)).toBe('MSP Sync');
    const controls = group.children.filter((c) => c.name === 'Control');
    const actions = controls.map((c) => {
      const action = c.children.find((x) => x.name === 'Action')!;
      return [label(c), action.attrs['xsi:type'], action.children[0].text.trim() || action.children[0].name];
    });
    expect(actions).toEqual([
      ['Check invoices', 'ExecuteFunction', 'checkInvoices'],
      ['Validate grid', 'ExecuteFunction', 'validateGrid'],
      ['Open MSP Sync', 'ShowTaskpane', 'MspSync.Pane'],
    ]);
  });

  it('registers every ExecuteFunction name in code with Office.actions.associate', () => {
    const code = sourceFiles(join(ROOT, 'addin')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const names = byName('FunctionName').map((f) => f.text.trim());
    expect(names).toEqual(['checkInvoices', 'validateGrid']);
    for (const n of names) expect(code).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*['"]${n}['"]`));
  });

  it('points every icon at a PNG of its size in addin/assets', () => {
    const res = resources();
    const images = byName('bt:Image').filter((e) => e.attrs.size !== undefined);
    expect(new Set(images.map((i) => i.attrs.size))).toEqual(new Set(['16', '32', '80']));
    const check = (url: string, size: number) => {
      const file = join(ROOT, 'addin', url.replace('https://localhost:3000/', ''));
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    };
    for (const img of images) check(res.get(img.attrs.resid)!.attrs.DefaultValue, Number(img.attrs.size));
    check(manifest.children.find((c) => c.name === 'IconUrl')!.attrs.DefaultValue, 32);
    check(manifest.children.find((c) => c.name === 'HighResolutionIconUrl')!.attrs.DefaultValue, 80);
  });
});
