// What a page of the built extension loads, found by following its references through dist:
// HTML → scripts, stylesheets, images; JS → static imports (loaded at open) and dynamic
// imports or asset URLs (loaded later, on demand); CSS → @import and url().
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {object} Asset
 * @property {string} path relative to the extension's root
 * @property {'eager' | 'lazy'} loading eager: fetched when the page opens; lazy: only on demand
 * @property {number} raw bytes on disk
 * @property {number} gzip bytes after gzip -9
 */

/**
 * @typedef {object} Payload
 * @property {string} page
 * @property {Asset[]} assets
 * @property {{raw: number, gzip: number}} eager what opening the page costs
 * @property {{raw: number, gzip: number}} total everything the page can ever load
 * @property {Asset | undefined} largest the largest asset, by gzipped size
 */

const ASSET_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.png', '.svg', '.gif', '.webp', '.jpg', '.jpeg', '.avif', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.json', '.html']);

/** @param {string} html */
function htmlReferences(html) {
  const refs = [];
  for (const match of html.matchAll(/<(script|link|img|source)\b[^>]*>/gi)) {
    const tag = match[0];
    const attr = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag);
    if (attr?.[1]) refs.push(attr[1]);
  }
  return refs;
}

/** @param {string} css */
function cssReferences(css) {
  const refs = [];
  for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)) {
    const ref = match[1] ?? match[2];
    if (ref) refs.push(ref);
  }
  return refs;
}

const QUOTED = String.raw`["'\x60]([^"'\x60\s]+)["'\x60]`;

/**
 * Bundled JS is minified, so this reads the few shapes Rollup emits rather than parsing.
 * @param {string} js
 * @returns {{eager: string[], lazy: string[]}}
 */
function jsReferences(js) {
  const eager = [...js.matchAll(new RegExp(String.raw`(?:\bfrom|\bimport)\s*${QUOTED}`, 'g'))].map((m) => m[1] ?? '');
  const lazy = [...js.matchAll(new RegExp(String.raw`\bimport\s*\(\s*${QUOTED}\s*\)`, 'g'))].map((m) => m[1] ?? '');
  // Asset URLs in strings (images, fonts, chunks in a preload map) load only when code asks for them.
  const strings = [...js.matchAll(new RegExp(QUOTED, 'g'))].map((m) => m[1] ?? '').filter((s) => ASSET_EXTENSIONS.has(extname(s)));
  return { eager, lazy: [...lazy, ...strings] };
}

/**
 * @param {string} root
 * @param {string} fromFile absolute
 * @param {string} ref
 * @returns {string | null} absolute path of an existing file inside root
 */
function resolveRef(root, fromFile, ref) {
  if (/^(?:[a-z]+:|\/\/|#)/i.test(ref)) return null;
  const clean = ref.split(/[?#]/)[0] ?? '';
  const candidates = clean.startsWith('/') ? [join(root, clean)] : [resolve(dirname(fromFile), clean), join(root, clean)];
  const found = candidates.find((p) => existsSync(p) && statSync(p).isFile() && !relative(root, p).startsWith('..'));
  return found ?? null;
}

/**
 * @param {string} file
 * @returns {{eager: string[], lazy: string[]}}
 */
function referencesOf(file) {
  const text = readFileSync(file, 'utf8');
  switch (extname(file)) {
    case '.html':
      return { eager: htmlReferences(text), lazy: [] };
    case '.css':
      return { eager: cssReferences(text), lazy: [] };
    case '.js':
    case '.mjs':
      return jsReferences(text);
    default:
      return { eager: [], lazy: [] };
  }
}

/**
 * @param {string} dir the extension's directory
 * @param {string} page e.g. src/pages/popup/index.html
 * @returns {Payload}
 */
export function measurePayload(dir, page) {
  // Absolute, so a file reached by two routes is counted once.
  const root = resolve(dir);
  /** @type {Map<string, 'eager' | 'lazy'>} */
  const seen = new Map();
  /** @type {[string, 'eager' | 'lazy'][]} */
  const queue = [[join(root, page), 'eager']];
  while (queue.length) {
    const [file, loading] = /** @type {[string, 'eager' | 'lazy']} */ (queue.shift());
    const known = seen.get(file);
    if (known === 'eager' || known === loading) continue;
    seen.set(file, loading);
    const refs = referencesOf(file);
    for (const [kind, list] of /** @type {const} */ ([['eager', refs.eager], ['lazy', refs.lazy]])) {
      for (const ref of list) {
        const target = resolveRef(root, file, ref);
        // Whatever a lazily loaded file pulls in is lazy too.
        if (target) queue.push([target, loading === 'lazy' ? 'lazy' : kind]);
      }
    }
  }
  const assets = [...seen].map(([file, loading]) => {
    const bytes = readFileSync(file);
    return { path: relative(root, file), loading, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  /** @param {Asset[]} list */
  const sum = (list) => ({ raw: list.reduce((a, b) => a + b.raw, 0), gzip: list.reduce((a, b) => a + b.gzip, 0) });
  return {
    page,
    assets,
    eager: sum(assets.filter((a) => a.loading === 'eager')),
    total: sum(assets),
    largest: [...assets].sort((a, b) => b.gzip - a.gzip)[0],
  };
}

/**
 * What a page had loaded at a moment, gzipped: the payload's assets among `paths` (the page's
 * own document and resources, see page/bench-stamp.js). Anything not in the build (the bench's
 * stamp script) is not the page's weight and does not count.
 * @param {Payload} payload
 * @param {readonly string[]} paths from the extension's root
 */
export function gzipLoaded(payload, paths) {
  const loaded = new Set(paths);
  return payload.assets.filter((asset) => loaded.has(asset.path)).reduce((sum, asset) => sum + asset.gzip, 0);
}
