// Crumb never renders HTML from strings: every cookie value is text. Preact keeps one
// innerHTML assignment for `dangerouslySetInnerHTML`, which Crumb does not use; this
// plugin replaces it with an error, so no value can ever reach innerHTML, and Firefox's
// add-on linter has nothing to warn about. It fails the build if Preact changes shape.

const ASSIGNMENT = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;

/** @returns {import('vite').Plugin} */
export function noInnerHtml() {
  return {
    name: 'crumb:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      const replaced = code.replace(ASSIGNMENT, () => '(()=>{throw new Error("Crumb does not render HTML strings")})()');
      if (replaced === code) throw new Error('no-inner-html: Preact\'s innerHTML assignment was not found; check the plugin against this Preact version.');
      return { code: replaced, map: null };
    },
  };
}
