// The bench never touches src/ or dist/: it measures a throwaway copy of dist/chrome, into
// which it adds the blank "limit" page and the stamp script every measured page loads first,
// and a line at the end of each of the popup's modules that notes it has run.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE_FILES = new URL('./page/', import.meta.url);
const STAMP_SCRIPT = 'bench-stamp.js';
export const BLANK_PAGE = 'bench-blank.html';
export const POPUP_PAGE = 'src/pages/popup/index.html';
export const SITES_PAGE = 'src/pages/sites/index.html';

/**
 * Puts the stamp script before everything else in <head>, so it runs before any of the
 * page's own scripts and sees the DOM from the start. Nothing else in the page changes.
 * @param {string} html
 */
export function withStampScript(html) {
  const tag = `<script src="/${STAMP_SCRIPT}"></script>`;
  const charset = /<meta charset[^>]*>/i.exec(html);
  const head = /<head[^>]*>/i.exec(html);
  const anchor = charset ?? head;
  if (!anchor) throw new Error('page has no <head>');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

/** Where the popup's modules note that they have run, read by page/bench-stamp.js. */
export const RAN_GLOBAL = 'crumbBenchRan';

/**
 * Chromium's Performance API lists no resource of an extension page, and a module loaded by
 * `import()` has no element whose load event could tell: a module says itself when it has run.
 * @param {string} js an ES module
 */
export function withRunMark(js) {
  return `${js}\n;(globalThis.${RAN_GLOBAL} ??= []).push(import.meta.url);\n`;
}

/**
 * @param {string} distDir the built extension, e.g. dist/chrome
 * @param {readonly string[]} modules the popup's ES modules (paths from the root), to mark with `withRunMark`
 * @returns {Promise<{dir: string, hasSites: boolean}>} the copy, and whether it has the all-sites view
 */
export async function makeExtensionCopy(distDir, modules) {
  const dir = join(await mkdtemp(join(tmpdir(), 'crumb-bench-')), 'extension');
  await cp(distDir, dir, { recursive: true });
  for (const file of [STAMP_SCRIPT, BLANK_PAGE, 'bench-blank.js']) {
    await writeFile(join(dir, file), await readFile(new URL(file, PAGE_FILES)));
  }
  const hasSites = existsSync(join(dir, SITES_PAGE));
  for (const page of [BLANK_PAGE, POPUP_PAGE, ...(hasSites ? [SITES_PAGE] : [])]) {
    const path = join(dir, page);
    await writeFile(path, withStampScript(await readFile(path, 'utf8')));
  }
  for (const module of modules) {
    const path = join(dir, module);
    await writeFile(path, withRunMark(await readFile(path, 'utf8')));
  }
  return { dir, hasSites };
}
