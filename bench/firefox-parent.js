// Firefox's parent process, reached over WebDriver BiDi: with --remote-allow-system-access,
// Firefox lists its chrome windows (`moz:scope: "chrome"`) and evaluates script in them, where
// XPCOM is at hand. The bench reads two things there that no page can see: the cookie prefs,
// and the memory reporters behind about:memory (the page's JS heap; Firefox has no CDP).

/**
 * @typedef {object} BidiConnection the raw BiDi connection puppeteer-core keeps
 * @property {(method: string, params: object) => Promise<{result: unknown}>} send
 */

/**
 * @typedef {object} ParentProcess
 * @property {(names: readonly string[]) => Promise<Record<string, number | boolean | string>>} prefs
 *   the prefs' current values (a pref that does not exist is left out)
 * @property {(pageUrl: string) => Promise<number>} pageJsBytes JS memory of the one open window
 *   showing `pageUrl`, after garbage and cycle collection in every content process
 * @property {(geckoId: string) => Promise<void>} stopBackground terminates the extension's
 *   background (as about:debugging's "Terminate background script") and resolves once it is stopped
 */

/**
 * @typedef {object} ParentGlobals the few XPCOM globals of a chrome window the bench uses
 * @property {{prefs: Prefs, obs: {notifyObservers: (subject: null, topic: string) => void}}} Services
 * @property {Record<string, {getService: (iface: unknown) => MemoryReporterManager}>} Cc
 * @property {{nsIMemoryReporterManager: unknown}} Ci
 * @property {{getByID: (id: string) => {extension: BackgroundOwner} | null}} WebExtensionPolicy
 */

/**
 * @typedef {object} BackgroundOwner the extension's parent-process object, as far as used here
 * @property {string} backgroundState "starting", "running", "suspending" or "stopped"
 * @property {(options: {ignoreDevToolsAttached: boolean, disableResetIdleForTest: boolean}) => Promise<void>} terminateBackground
 */

/**
 * @typedef {object} Prefs
 * @property {(name: string) => number} getPrefType
 * @property {number} PREF_INT
 * @property {number} PREF_BOOL
 * @property {number} PREF_STRING
 * @property {(name: string) => number} getIntPref
 * @property {(name: string) => boolean} getBoolPref
 * @property {(name: string) => string} getStringPref
 */

/**
 * @typedef {object} MemoryReporterManager
 * @property {(
 *   report: (process: string, path: string, kind: number, units: number, amount: number) => void,
 *   reportData: null,
 *   finish: () => void,
 *   finishData: null,
 *   anonymize: boolean,
 * ) => void} getReports
 */

/**
 * @param {import('puppeteer-core').Browser} browser launched with --remote-allow-system-access
 * @returns {Promise<ParentProcess | string>} the parent process, or why it cannot be reached
 */
export async function parentProcess(browser) {
  const connection = /** @type {{connection?: BidiConnection}} */ (/** @type {unknown} */ (browser)).connection;
  if (typeof connection?.send !== 'function') return 'puppeteer-core exposes no BiDi connection';
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = /** @type {{contexts?: {context: string, url: string}[]}} */ (tree).contexts ?? [];
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) return 'BiDi lists no chrome window (is --remote-allow-system-access set?)';

  /**
   * @template A
   * @param {(arg: A) => Promise<string> | string} fn runs in the chrome window; returns JSON
   * @param {A} arg
   */
  const run = async (fn, arg) => {
    const { result } = await connection.send('script.evaluate', {
      expression: `(${fn})(${JSON.stringify(arg)})`,
      target: { context: window.context },
      awaitPromise: true,
    });
    const outcome = /** @type {{type: string, result?: {value?: unknown}, exceptionDetails?: {text?: string}}} */ (result);
    if (outcome.type !== 'success' || typeof outcome.result?.value !== 'string') {
      throw new Error(`Firefox's parent process: ${outcome.exceptionDetails?.text ?? 'no answer'}`);
    }
    return JSON.parse(outcome.result.value);
  };

  return {
    prefs: (names) => run(readPrefs, names),
    async pageJsBytes(pageUrl) {
      const { bytes, windows } = /** @type {{bytes: number, windows: string[]}} */ (await run(windowJsMemory, pageUrl.split('#')[0] ?? pageUrl));
      if (windows.length !== 1) throw new Error(`memory reports show ${windows.length} windows of ${pageUrl}: ${windows.join(', ')}`);
      return bytes;
    },
    async stopBackground(geckoId) {
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      // Firefox gives up on a background still starting, or one an event reaches while it suspends: ask again.
      for (;;) {
        const state = await run(terminateBackground, geckoId);
        if (state === 'stopped') return;
        if (Date.now() > deadline) throw new Error(`Firefox's background was not stopped within ${STOP_TIMEOUT_MS} ms (it is ${state})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

const STOP_TIMEOUT_MS = 10_000;

/**
 * Runs in the chrome window; answers the background's state once the call settles, as JSON.
 * @param {string} geckoId
 */
async function terminateBackground(geckoId) {
  const policy = /** @type {ParentGlobals} */ (/** @type {unknown} */ (globalThis)).WebExtensionPolicy.getByID(geckoId);
  if (!policy) throw new Error(`no extension ${geckoId} is installed`);
  const { extension } = policy;
  if (extension.backgroundState === 'running') {
    // Otherwise an attached debugger or a pending listener call keeps it alive.
    await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
  }
  return JSON.stringify(extension.backgroundState);
}

/**
 * Runs in the chrome window.
 * @param {readonly string[]} names
 */
function readPrefs(names) {
  const { prefs } = /** @type {ParentGlobals} */ (/** @type {unknown} */ (globalThis)).Services;
  /** @param {string} name */
  const read = (name) => {
    const type = prefs.getPrefType(name);
    if (type === prefs.PREF_INT) return prefs.getIntPref(name);
    if (type === prefs.PREF_BOOL) return prefs.getBoolPref(name);
    if (type === prefs.PREF_STRING) return prefs.getStringPref(name);
    return null;
  };
  return JSON.stringify(Object.fromEntries(names.map((name) => [name, read(name)]).filter(([, value]) => value !== null)));
}

/**
 * Runs in the chrome window. Asks every content process for a full garbage collection, a
 * cycle collection and another garbage collection (the requests and the memory report travel
 * in order on each process's channel, so the report comes after them), then sums the JS memory
 * about:memory gives the window: its realms (objects, scripts, JIT code) and its zone (strings,
 * shapes). DOM and layout are left out, as V8's heap in Chromium leaves them out.
 * @param {string} url the page's URL without its fragment
 * @returns {Promise<string>}
 */
function windowJsMemory(url) {
  const { Services, Cc, Ci } = /** @type {ParentGlobals} */ (/** @type {unknown} */ (globalThis));
  const manager = Cc['@mozilla.org/memory-reporter-manager;1']?.getService(Ci.nsIMemoryReporterManager);
  if (!manager) throw new Error('no memory reporter manager');
  // Report paths write a URL's slashes as backslashes: top(moz-extension:\\<uuid>\page.html?q, id=12).
  const top = `explicit/window-objects/top(${url.replaceAll('/', '\\')}`;
  const BYTES = 0;
  for (const topic of ['child-gc-request', 'child-cc-request', 'child-gc-request']) Services.obs.notifyObservers(null, topic);
  return new Promise((resolve) => {
    let bytes = 0;
    /** @type {Set<string>} */
    const windows = new Set();
    manager.getReports(
      (_process, path, _kind, units, amount) => {
        const next = path.charAt(top.length);
        if (units !== BYTES || !path.startsWith(top) || (next !== ',' && next !== '#')) return;
        windows.add(path.slice(0, path.indexOf(')', top.length) + 1));
        if (/\/js-(realm|zone)\(/.test(path)) bytes += amount;
      },
      null,
      () => resolve(JSON.stringify({ bytes, windows: [...windows] })),
      null,
      false,
    );
  });
}
