import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipLoaded, measurePayload } from './payload.js';
import { RAN_GLOBAL, withRunMark, withStampScript } from './extension-copy.js';

/** @param {Record<string, string>} files */
async function extension(files) {
  const root = await mkdtemp(join(tmpdir(), 'crumb-payload-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('measurePayload', () => {
  it('follows HTML, static imports, CSS urls, and marks dynamic imports as on demand', async () => {
    const main = 'import{a}from"./shared-1.js";import("./editor-2.js").then(a);';
    const root = await extension({
      'src/pages/popup/index.html': '<head><script type="module" src="/assets/main.js"></script><link rel="stylesheet" href="/assets/popup.css"></head>',
      'assets/main.js': main,
      'assets/shared-1.js': 'export const a=1;',
      'assets/editor-2.js': 'import{a}from"./shared-1.js";import"./only-editor.js";',
      'assets/only-editor.js': 'export{}',
      'assets/popup.css': '@font-face{src:url(./font.woff2)}body{background:url("data:image/png;base64,AA")}',
      'assets/font.woff2': 'x'.repeat(500),
      'assets/unused.js': 'never referenced',
    });
    const payload = measurePayload(root, 'src/pages/popup/index.html');
    const loading = Object.fromEntries(payload.assets.map((a) => [a.path, a.loading]));
    expect(loading).toEqual({
      'src/pages/popup/index.html': 'eager',
      'assets/main.js': 'eager',
      'assets/popup.css': 'eager',
      'assets/shared-1.js': 'eager',
      'assets/editor-2.js': 'lazy',
      'assets/only-editor.js': 'lazy',
      'assets/font.woff2': 'eager',
    });
    const mainAsset = payload.assets.find((a) => a.path === 'assets/main.js');
    expect(mainAsset?.raw).toBe(main.length);
    expect(mainAsset?.gzip).toBe(gzipSync(main, { level: 9 }).length);
    expect(payload.total.raw).toBe(payload.assets.reduce((sum, a) => sum + a.raw, 0));
    expect(payload.eager.raw).toBe(payload.total.raw - 'import{a}from"./shared-1.js";import"./only-editor.js";'.length - 'export{}'.length);
    const byGzip = [...payload.assets].sort((a, b) => b.gzip - a.gzip);
    expect(payload.largest).toEqual(byGzip[0]);
    expect(payload.largest?.gzip).toBeGreaterThan(byGzip[1]?.gzip ?? Infinity);
  });

  it('counts a file once, as eager, when both paths reach it', async () => {
    const root = await extension({
      'p.html': '<script src="a.js"></script>',
      'a.js': 'import(`./b.js`);import"./b.js";',
      'b.js': '1',
    });
    const payload = measurePayload(root, 'p.html');
    expect(payload.assets.filter((a) => a.path === 'b.js')).toEqual([expect.objectContaining({ loading: 'eager' })]);
  });
});

describe('gzipLoaded', () => {
  it('adds up the gzipped assets among the loaded paths, and nothing outside the build', async () => {
    const root = await extension({
      'p.html': '<script src="a.js"></script><link rel="stylesheet" href="s.css">',
      'a.js': 'import(`./later.js`);'.repeat(20),
      's.css': 'body{margin:0}',
      'later.js': 'export const later=1;'.repeat(30),
    });
    const payload = measurePayload(root, 'p.html');
    const gzip = (/** @type {string} */ path) => payload.assets.find((a) => a.path === path)?.gzip ?? Number.NaN;
    expect(gzipLoaded(payload, ['p.html', 'a.js', 's.css', 'bench-stamp.js'])).toBe(gzip('p.html') + gzip('a.js') + gzip('s.css'));
    expect(gzipLoaded(payload, ['p.html', 'a.js', 's.css', 'later.js'])).toBe(payload.total.gzip);
    expect(gzipLoaded(payload, [])).toBe(0);
  });
});

describe('withStampScript', () => {
  it('puts the stamp script right after the charset, before the page scripts', () => {
    const html = '<html><head><meta charset="utf-8" /><title>x</title><script type="module" src="/m.js"></script></head></html>';
    expect(withStampScript(html)).toBe('<html><head><meta charset="utf-8" /><script src="/bench-stamp.js"></script><title>x</title><script type="module" src="/m.js"></script></head></html>');
  });

  it('refuses a page without a head', () => {
    expect(() => withStampScript('<p>no head</p>')).toThrow(/no <head>/);
  });
});

describe('withRunMark', () => {
  it('adds, after everything a module does, a line that notes its URL once it has run', () => {
    const marked = withRunMark('import{a}from"./b.js";a();export{a as c};');
    expect(marked.startsWith('import{a}from"./b.js";a();export{a as c};\n')).toBe(true);
    expect(marked).toContain(`(globalThis.${RAN_GLOBAL} ??= []).push(import.meta.url);`);
  });
});
