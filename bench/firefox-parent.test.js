import { afterEach, describe, expect, it } from 'vitest';
import { parentProcess } from './firefox-parent.js';

const UUID = '6f1c2a9e-3b7d-4c58-9e21-c0ffee5c0de1';
const PAGE = `moz-extension://${UUID}/src/pages/popup/index.html?tabId=3`;
/** A URL as memory report paths write it. */
const inReport = (/** @type {string} */ url) => url.replaceAll('/', '\\');
const top = (/** @type {string} */ url, /** @type {number} */ id) => `explicit/window-objects/top(${inReport(url)}, id=${id})`;

/** @type {[string, string, number, number, number][]} process, path, kind, units, amount */
let reports = [];
/** @type {string[]} */
let observed = [];

/**
 * Firefox's side of BiDi, as far as the bench uses it: a chrome window whose script runs here,
 * with the XPCOM globals it reads faked on globalThis.
 * @param {{chromeWindow?: boolean}} [options]
 */
function fakeFirefox({ chromeWindow = true } = {}) {
  const manager = {
    /** @param {(process: string, path: string, kind: number, units: number, amount: number) => void} report @param {null} _data @param {() => void} finish */
    getReports(report, _data, finish) {
      for (const r of reports) report(...r);
      finish();
    },
  };
  Object.assign(globalThis, {
    Services: {
      obs: { notifyObservers: (/** @type {null} */ _subject, /** @type {string} */ topic) => observed.push(topic) },
      prefs: {
        PREF_INT: 64,
        PREF_BOOL: 128,
        PREF_STRING: 32,
        getPrefType: (/** @type {string} */ name) => ({ 'network.cookie.maxPerHost': 64, 'privacy.reduceTimerPrecision': 128 })[name] ?? 0,
        getIntPref: () => 180,
        getBoolPref: () => false,
        getStringPref: () => '',
      },
    },
    Cc: { '@mozilla.org/memory-reporter-manager;1': { getService: () => manager } },
    Ci: { nsIMemoryReporterManager: {} },
  });
  const connection = {
    /** @param {string} method @param {{expression?: string}} params */
    async send(method, params) {
      if (method === 'browsingContext.getTree') {
        return { result: { contexts: chromeWindow ? [{ context: 'c1', url: 'chrome://browser/content/browser.xhtml' }] : [] } };
      }
      const value = await new Function(`return ${params.expression}`)();
      return { result: { type: 'success', result: { type: 'string', value } } };
    },
  };
  return /** @type {import('puppeteer-core').Browser} */ (/** @type {unknown} */ ({ connection }));
}

afterEach(() => {
  reports = [];
  observed = [];
  for (const name of ['Services', 'Cc', 'Ci']) Reflect.deleteProperty(globalThis, name);
});

describe('parentProcess', () => {
  it("sums the JS memory (realms and zone) of the page's window, after GC, CC and GC", async () => {
    const window = `${top(`${PAGE}#rows=60`, 26)}/active/window(${inReport(PAGE)}#rows=60)`;
    reports = [
      ['extension', `${window}/js-realm(${inReport(PAGE)})/classes/Object/objects/gc-heap`, 0, 0, 1000],
      ['extension', `${window}/js-realm(${inReport(PAGE)})/scripts/gc-heap`, 0, 0, 200],
      ['extension', `${top(`${PAGE}#rows=60`, 26)}/js-zone(0x7f00)/strings/malloc-heap`, 0, 0, 30],
      ['extension', `${window}/dom/element-nodes`, 0, 0, 5000],
      ['extension', `${window}/layout/style-sheets`, 0, 0, 7000],
      // Not this page: another query string, a page whose URL merely starts like this one's, a count.
      ['extension', `${top(`moz-extension://${UUID}/src/pages/popup/index.html?tabId=4`, 27)}/js-zone(0x7f01)/strings`, 0, 0, 9e6],
      ['extension', `${top(`${PAGE}0`, 28)}/js-zone(0x7f02)/strings`, 0, 0, 9e6],
      ['extension', `${window}/js-realm(${inReport(PAGE)})/count`, 0, 1, 9e6],
    ];
    const parent = await parentProcess(fakeFirefox());
    if (typeof parent === 'string') throw new Error(parent);
    expect(await parent.pageJsBytes(`${PAGE}#rows=60`)).toBe(1230);
    expect(observed).toEqual(['child-gc-request', 'child-cc-request', 'child-gc-request']);
  });

  it('refuses to add up two windows showing the same page', async () => {
    reports = [
      ['extension', `${top(PAGE, 26)}/js-zone(0x7f00)/strings`, 0, 0, 100],
      ['extension', `${top(PAGE, 31)}/js-zone(0x7f03)/strings`, 0, 0, 100],
    ];
    const parent = await parentProcess(fakeFirefox());
    if (typeof parent === 'string') throw new Error(parent);
    await expect(parent.pageJsBytes(PAGE)).rejects.toThrow(/memory reports show 2 windows/);
    reports = [];
    await expect(parent.pageJsBytes(PAGE)).rejects.toThrow(/memory reports show 0 windows/);
  });

  it('reads prefs of every type and leaves out those that do not exist', async () => {
    const parent = await parentProcess(fakeFirefox());
    if (typeof parent === 'string') throw new Error(parent);
    expect(await parent.prefs(['network.cookie.maxPerHost', 'privacy.reduceTimerPrecision', 'no.such.pref'])).toEqual({
      'network.cookie.maxPerHost': 180,
      'privacy.reduceTimerPrecision': false,
    });
  });

  it('says why when there is no chrome window to run in', async () => {
    expect(await parentProcess(fakeFirefox({ chromeWindow: false }))).toMatch(/no chrome window/);
    expect(await parentProcess(/** @type {import('puppeteer-core').Browser} */ (/** @type {unknown} */ ({})))).toMatch(/no BiDi connection/);
  });
});
