// Crumb never renders HTML from strings: every cookie value is text. Preact keeps one
// innerHTML assignment for `dangerouslySetInnerHTML`, which Crumb does not use; this
// plugin replaces it with an error, so no value can ever reach innerHTML, and Firefox's
// add-on linter has nothing to warn about. It fails the build if Preact changes shape:
// when the assignment it replaces is gone from preact.mjs, and when any innerHTML
// assignment reaches the output (Preact's dist file renamed, or one from elsewhere).

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const ASSIGNMENT = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;
/** Any write, minified or not; `==` and `===` are reads. */
const ANY_ASSIGNMENT = /\.innerHTML\s*\+?=(?!=)/;

/**
 * Preact's source with its innerHTML assignment turned into a throw.
 * @param {string} code
 */
export function withoutInnerHtml(code) {
  const replaced = code.replace(ASSIGNMENT, () => '(()=>{throw new Error("Crumb does not render HTML strings")})()');
  if (replaced === code) throw new Error('no-inner-html: Preact\'s innerHTML assignment was not found; check the plugin against this Preact version.');
  return replaced;
}

/**
 * Fails on the first output chunk that still writes innerHTML.
 * @param {readonly { fileName: string, code: string }[]} chunks
 */
export function assertNoInnerHtml(chunks) {
  const found = chunks.find((chunk) => ANY_ASSIGNMENT.test(chunk.code));
  if (found) throw new Error(`no-inner-html: ${found.fileName} assigns innerHTML; the plugin did not catch it (has Preact's dist file moved?).`);
}

/** @returns {import('vite').Plugin} */
export function noInnerHtml() {
  return {
    name: 'crumb:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT.test(id) ? { code: withoutInnerHtml(code), map: null } : null;
    },
    generateBundle(_options, bundle) {
      assertNoInnerHtml(Object.values(bundle).filter((output) => output.type === 'chunk'));
    },
  };
}
