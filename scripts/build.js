// Builds the unpacked extension for each browser into dist/<browser>/: first everything the
// manifest names except the toolbar popup (crxjs), then the popup on its own (see
// vite.config.ts), and last the popup goes back into the built manifest.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { POPUP_PAGE } from './manifest.js';

const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
const browsers = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const browser of browsers) {
  process.env.CRUMB_BROWSER = browser;
  const outDir = process.env.CRUMB_OUT_DIR ?? `dist/${browser}`;
  await build({ configFile, logLevel: 'warn' });
  await build({ configFile, mode: 'popup', logLevel: 'warn' });
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.action.default_popup = POPUP_PAGE;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`built ${outDir}/`);
}
