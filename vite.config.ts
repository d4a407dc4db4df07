import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, type TargetBrowser } from './scripts/manifest.js';
import { noInnerHtml } from './scripts/no-inner-html.js';
import { plainDynamicImport } from './scripts/plain-dynamic-import.js';

const browser: TargetBrowser = process.env.CRUMB_BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [noInnerHtml(), plainDynamicImport(), preact(), crx({ manifest: manifestFor(browser), browser })],
  build: {
    // CRUMB_OUT_DIR lets a bench or a second checkout build beside the tests' dist/ without clobbering it.
    outDir: process.env.CRUMB_OUT_DIR ?? `dist/${browser}`,
    emptyOutDir: true,
    target: 'es2022',
    // Preload links let a page fetch its chunks at once instead of one import after another
    // (for lazy chunks, through the small helper of scripts/plain-dynamic-import.js).
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: {
      // Pages that the manifest does not name but code opens.
      input: { panel: 'src/pages/panel/index.html', sites: 'src/pages/sites/index.html', transfer: 'src/pages/transfer/index.html', rules: 'src/pages/rules/index.html' },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.js', 'scripts/**/*.test.js'],
  },
});
