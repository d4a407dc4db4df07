// Vite wraps every dynamic import() in a helper that preloads the imported chunk's own imports
// and CSS in parallel. Crumb's lazy chunks are small files read from the extension's own
// package, where a second read after the first costs about a millisecond, while the helper
// costs the popup 0.9 KB gzipped of its 20 KB budget. This plugin serves a helper that only
// imports, and fails the build if a lazy chunk ever brings CSS, which that helper would not load.

const HELPER_ID = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function plainDynamicImport() {
  return {
    name: 'crumb:plain-dynamic-import',
    enforce: 'pre',
    resolveId(id) {
      return id === HELPER_ID ? id : null;
    },
    load(id) {
      return id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : null;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isDynamicEntry && chunk.viteMetadata?.importedCss.size) {
          throw new Error(`plain-dynamic-import: ${chunk.fileName} is loaded lazily and imports CSS; import the CSS from the page's entry instead.`);
        }
      }
    },
  };
}
