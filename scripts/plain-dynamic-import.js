// Vite wraps every dynamic import() in a helper that preloads the imported chunk's own imports
// and CSS in parallel, and reports failures. Its 0.9 KB gzipped is a twentieth of the popup's
// budget, for a popup whose one lazy chunk (the decoders) has a single small import. This plugin
// serves a helper that keeps the part that pays, `<link rel=modulepreload>` for each import
// (the all-sites page's UI loads 40–60 ms sooner in Firefox with it), and fails the build if a
// lazy chunk ever brings CSS, which this helper does not load.

const HELPER_ID = '\0vite/preload-helper.js';

const HELPER = `export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = '/' + dep;
    document.head.append(link);
  }
  return load();
};`;

/** @returns {import('vite').Plugin} */
export function plainDynamicImport() {
  return {
    name: 'crumb:plain-dynamic-import',
    enforce: 'pre',
    resolveId(id) {
      return id === HELPER_ID ? id : null;
    },
    load(id) {
      return id === HELPER_ID ? HELPER : null;
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
