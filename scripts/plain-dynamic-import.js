// Vite wraps every dynamic import() in a helper that preloads the imported chunk's own imports
// and CSS in parallel, and reports failures. Its 0.9 KB gzipped is a twentieth of the popup's
// budget, for a popup whose one lazy chunk (the decoders) has a single small import. This plugin
// serves a helper that keeps the part that pays, `<link rel=modulepreload>` for each imported chunk
// (the all-sites page's UI loads 40–60 ms sooner in Firefox with it), and fails the build if a
// lazy chunk ever brings CSS, which this helper does not load, or if Vite's own helper ends up
// in the output (Vite renamed the helper's module, so this plugin no longer replaces it).

const HELPER_ID = '\0vite/preload-helper.js';

// Vite lists the CSS of the chunks a lazy chunk imports among its deps, but that CSS is already
// the page's <link rel=stylesheet>; as a modulepreload it would be refused ("served as
// text/css"), an error in the console on every load.
const HELPER = `export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    if (dep.endsWith('.css')) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = '/' + dep;
    document.head.append(link);
  }
  return load();
};`;

/** An event only Vite's own helper dispatches, so its presence means ours was not used. */
const VITE_HELPER_MARK = 'vite:preloadError';

/**
 * @typedef {{ fileName: string, code: string, isDynamicEntry: boolean, moduleIds: readonly string[],
 *   viteMetadata?: { importedCss: ReadonlySet<string> } }} OutputChunk
 */

/**
 * Fails unless every lazy import goes through this plugin's helper and no lazy chunk needs CSS.
 * @param {readonly OutputChunk[]} chunks
 */
export function assertPlainDynamicImports(chunks) {
  for (const chunk of chunks) {
    if (chunk.isDynamicEntry && chunk.viteMetadata?.importedCss.size) {
      throw new Error(`plain-dynamic-import: ${chunk.fileName} is loaded lazily and imports CSS; import the CSS from the page's entry instead.`);
    }
    if (chunk.code.includes(VITE_HELPER_MARK)) {
      throw new Error(`plain-dynamic-import: ${chunk.fileName} holds Vite's own preload helper; check the helper's module id against this Vite version.`);
    }
  }
  if (chunks.some((chunk) => chunk.isDynamicEntry) && !chunks.some((chunk) => chunk.moduleIds.includes(HELPER_ID))) {
    throw new Error('plain-dynamic-import: there are lazy chunks but this plugin\'s helper was not bundled; check the helper\'s module id against this Vite version.');
  }
}

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
      assertPlainDynamicImports(Object.values(bundle).filter((output) => output.type === 'chunk'));
    },
  };
}
