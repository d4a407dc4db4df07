import { defineConfig, type ViteUserConfig as UserConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, POPUP_PAGE, type TargetBrowser } from './scripts/manifest.js';
import { noInnerHtml } from './scripts/no-inner-html.js';
import { plainDynamicImport } from './scripts/plain-dynamic-import.js';

const browser: TargetBrowser = process.env.CRUMB_BROWSER === 'firefox' ? 'firefox' : 'chrome';
// CRUMB_OUT_DIR lets a bench or a second checkout build beside the tests' dist/ without clobbering it.
const outDir = process.env.CRUMB_OUT_DIR ?? `dist/${browser}`;

/** The mode of the second build (scripts/build.js), which makes the toolbar popup alone. */
export const POPUP_MODE = 'popup';

// light-dark() (src/pages/shared/tokens.css) is native from Chrome 123 and Firefox 120: older
// targets get Lightning CSS's stand-in, which doubles every colour token in the popup's CSS.
const cssTarget: string[] = ['chrome123', 'firefox142'];

const shared = {
  target: 'es2022',
  cssTarget,
  // Preload links let a page fetch its chunks at once instead of one import after another
  // (for lazy chunks, through the small helper of scripts/plain-dynamic-import.js).
  modulePreload: { polyfill: false },
  sourcemap: false,
} as const;

/** Every page but the popup, the background and the manifest. */
const extension: UserConfig = {
  plugins: [noInnerHtml(), plainDynamicImport(), preact(), crx({ manifest: manifestFor(browser, { popup: false }), browser })],
  build: {
    ...shared,
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      // Pages that the manifest does not name but code opens.
      input: {
        panel: 'src/pages/panel/index.html',
        sites: 'src/pages/sites/index.html',
        transfer: 'src/pages/transfer/index.html',
        inspector: 'src/pages/inspector/index.html',
        rules: 'src/pages/rules/index.html',
        // Firefox's sidebar_action is not a key the crx plugin reads.
        sidepanel: 'src/pages/sidepanel/index.html',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.js', 'scripts/**/*.test.js'],
    // Property tests run a hundred cases each; on a shared 2-core machine a few took over the
    // default 5 s while the browsers of another run were busy. The work is the same, only slower.
    testTimeout: 20_000,
  },
};

/**
 * The popup on its own. Built with the other pages, its code was cut into fifteen files at the
 * lines the pages and the background share (preact, the protocol, small core modules), each
 * compressed alone: 1.5 KB more of its 20 KB budget than the five files it is now (one eager
 * module, preact, its UI, the lazy decoders, its CSS). Other pages keep their own copies.
 */
const popup: UserConfig = {
  plugins: [noInnerHtml(), plainDynamicImport(), preact()],
  base: '/',
  build: {
    ...shared,
    outDir,
    emptyOutDir: false,
    rollupOptions: {
      input: POPUP_PAGE,
      // Preact apart from the popup's own code keeps each file under the 10 KB a chunk may weigh.
      output: {
        codeSplitting: {
          groups: [
            // What the first rows need, in the one module the page loads first (first-rows.ts):
            // left to itself the bundler cuts what this shares with the UI into chunks of their own.
            { name: 'index', tags: ['$initial'], priority: 1 },
            { name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === POPUP_MODE ? popup : extension));
