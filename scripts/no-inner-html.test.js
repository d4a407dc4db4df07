import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoInnerHtml, withoutInnerHtml } from './no-inner-html.js';

describe('withoutInnerHtml', () => {
  it('turns the installed Preact\'s innerHTML assignment into a throw', () => {
    // The file the plugin transforms: the one Vite bundles, whatever Node's own resolution picks.
    const preact = readFileSync(join(dirname(createRequire(import.meta.url).resolve('preact/package.json')), 'dist', 'preact.mjs'), 'utf8');
    const patched = withoutInnerHtml(preact);
    expect(patched).toContain('Crumb does not render HTML strings');
    expect(() => assertNoInnerHtml([{ fileName: 'preact.mjs', code: patched }])).not.toThrow();
  });

  it('fails when the assignment is not there', () => {
    expect(() => withoutInnerHtml('e.textContent=t.__text')).toThrow(/innerHTML assignment was not found/);
  });
});

describe('assertNoInnerHtml', () => {
  it('names a chunk that writes innerHTML, minified or not', () => {
    expect(() => assertNoInnerHtml([{ fileName: 'a.js', code: 'a.innerHTML=b' }])).toThrow(/a\.js assigns innerHTML/);
    expect(() => assertNoInnerHtml([{ fileName: 'b.js', code: 'node.innerHTML += html' }])).toThrow(/b\.js/);
  });

  it('lets reads through', () => {
    expect(() => assertNoInnerHtml([{ fileName: 'a.js', code: 'l==t.innerHTML||x(t.innerHTML)' }])).not.toThrow();
  });
});
