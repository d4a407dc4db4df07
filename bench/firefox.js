// Debian's Firefox ESR with the bench's copy of the extension, driven by puppeteer-core over
// WebDriver BiDi, launched as the browser tests launch it. BiDi cannot reach the background
// script, so an extension page (the blank page, asking for no cookie) fills and counts the
// cookies; Firefox sends no navigation events for extension pages, so every wait polls.
import { launchFirefoxWithExtension } from '../tests/e2e/harness/firefox-launch.js';
import { ACTION_TIMEOUT_MS, POLL_MS, setUpOrClose } from './driver.js';
import { BLANK_PAGE } from './extension-copy.js';
import { parentProcess } from './firefox-parent.js';

/** @typedef {import('./driver.js').BenchPage} BenchPage */

/** Playwright's default, which the Chromium runs get: a list that renders only visible rows renders as many. */
const VIEWPORT = { width: 1280, height: 720 };
/**
 * Firefox rounds performance.now() and event times to 1 ms, with jitter, against timing
 * attacks; the bench's times are read inside the page, so it turns that off.
 */
const PREFS = { 'privacy.reduceTimerPrecision': false };
/** Read back from the running browser for the report: the cookie limits, and the prefs set above. */
const REPORTED_PREFS = ['network.cookie.maxPerHost', 'network.cookie.quotaPerHost', 'network.cookie.maxNumber', ...Object.keys(PREFS)];
const BATCH = 150;

/**
 * Firefox's own promise-based `browser` namespace in an extension page; where the bench uses
 * it, its shape is that of `chrome`'s promise overloads.
 * @typedef {{browser: Pick<typeof chrome, 'cookies' | 'tabs'>}} FirefoxGlobal
 */

/**
 * @param {string} extensionDir
 * @returns {Promise<import('./driver.js').BenchBrowser>}
 */
export async function launch(extensionDir) {
  const launched = await launchFirefoxWithExtension({ extensionDir, prefs: PREFS });
  const { browser, origin, geckoId } = launched;
  try {
    const parent = await parentProcess(browser);
    /** @type {import('puppeteer-core').Page | null} */
    let siteTab = null;
    return {
      name: 'firefox',
      // "firefox/153.7.0", written like Chromium's "Chrome/156.0.8078.108"
      version: (await browser.version()).replace(/^firefox\//, 'Firefox/'),
      origin,
      heapNa: typeof parent === 'string' ? `n/a in Firefox: ${parent}` : null,
      heapMethod: "JS memory of the page's window (js-realm + js-zone in about:memory's reports) after GC, CC, GC in every content process",
      prefs: typeof parent === 'string' ? PREFS : await parent.prefs(REPORTED_PREFS),
      async prepare(site, cookies) {
        const tab = await browser.newPage();
        await tab.goto(site.url);
        siteTab = tab;
        const control = await openPage(browser, `${origin}/${BLANK_PAGE}?domain=none.invalid`, null);
        try {
          await control.waitFor(() => document.readyState === 'complete', null, ACTION_TIMEOUT_MS);
          const tabId = await control.evaluate(tabIdInPage, site.host);
          if (tabId === null) throw new Error(`no tab shows ${site.host}`);
          for (let i = 0; i < cookies.length; i += BATCH) {
            const refused = await control.evaluate(setCookiesInPage, cookies.slice(i, i + BATCH));
            if (refused.length) throw new Error(`Firefox refused ${refused.length} cookies, e.g. ${refused.slice(0, 3).join('; ')}`);
          }
          return { tabId, held: { site: await control.evaluate(countCookiesInPage, site.domain), all: await control.evaluate(countCookiesInPage, null) } };
        } finally {
          await control.close();
        }
      },
      openPage: (url) => openPage(browser, url, typeof parent === 'string' ? null : parent),
      async openToolbar() {
        if (!siteTab) throw new Error('no site tab: prepare() first');
        const control = await openPage(browser, `${origin}/${BLANK_PAGE}?domain=none.invalid`, null);
        try {
          await control.waitFor(() => document.readyState === 'complete', null, ACTION_TIMEOUT_MS);
          // The popup opens on its window's active tab.
          await siteTab.bringToFront();
          return {
            evaluate: control.evaluate,
            async stopBackground() {
              if (typeof parent === 'string') throw new Error(`cannot stop Firefox's background: ${parent}`);
              await parent.stopBackground(geckoId);
            },
            close: () => control.close(),
          };
        } catch (error) {
          await control.close();
          throw error;
        }
      },
      close: () => launched.close(),
    };
  } catch (error) {
    await launched.close();
    throw error;
  }
}

/**
 * Starts loading `url` in a new tab and returns without waiting for it: goto() would wait for
 * events Firefox never sends for extension pages.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {import('./firefox-parent.js').ParentProcess | null} parent
 * @returns {Promise<BenchPage>}
 */
async function openPage(browser, url, parent) {
  const page = await browser.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await setUpOrClose(page, () => page.setViewport(VIEWPORT));
  page.goto(url).catch(() => undefined);
  /**
   * @template A, R
   * @param {(arg: A) => R} fn
   * @param {A} arg
   * @returns {Promise<Awaited<R>>}
   */
  const evaluate = (fn, arg) =>
    // puppeteer computes the argument's type from the call site; the page functions the bench passes are plain.
    /** @type {Promise<Awaited<R>>} */ (page.evaluate(/** @type {(arg: unknown) => unknown} */ (/** @type {unknown} */ (fn)), arg));
  // Until the extension page replaces about:blank, evaluating can fail or read the blank window.
  let arrived = false;
  return {
    evaluate,
    async waitFor(fn, arg, timeout) {
      const deadline = Date.now() + timeout;
      /** @type {unknown} */
      let lastError = null;
      for (;;) {
        try {
          arrived ||= await evaluate((expected) => location.href === expected, url);
          if (arrived && (await evaluate(fn, arg))) return;
        } catch (error) {
          lastError = error;
        }
        if (Date.now() > deadline) {
          const why = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
          throw new Error(`timed out after ${timeout} ms waiting for ${url}${why}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    rowsByRole: () => page.evaluate(rowsByRoleInPage),
    async press(box, key) {
      if (!(await page.evaluate(focusBoxInPage, box))) throw new Error(`no text box named "${box}"`);
      await page.keyboard.press(/** @type {import('puppeteer-core').KeyInput} */ (key));
    },
    async heap() {
      if (!parent) throw new Error('the parent process is out of reach');
      return parent.pageJsBytes(url);
    },
    close: () => page.close(),
  };
}

/**
 * Runs in the control page.
 * @param {string} host
 * @returns {Promise<number | null>}
 */
async function tabIdInPage(host) {
  const { browser } = /** @type {FirefoxGlobal} */ (/** @type {unknown} */ (globalThis));
  const tabs = await browser.tabs.query({});
  return tabs.find((tab) => tab.url && new URL(tab.url).hostname === host)?.id ?? null;
}

/**
 * Runs in the control page: sets every cookie, and says which ones Firefox refused.
 * @param {import('./fixture.js').CookieSpec[]} batch
 * @returns {Promise<string[]>}
 */
async function setCookiesInPage(batch) {
  const { browser } = /** @type {FirefoxGlobal} */ (/** @type {unknown} */ (globalThis));
  const results = await Promise.all(batch.map((spec) => browser.cookies.set(spec).catch((/** @type {unknown} */ error) => String(error))));
  return results.map((result, j) => (result && typeof result === 'object' ? null : `${batch[j]?.name}: ${result ?? 'refused'}`)).filter((r) => r !== null);
}

/**
 * Runs in the control page.
 * @param {string | null} domain all the browser's cookies when null
 */
async function countCookiesInPage(domain) {
  const { browser } = /** @type {FirefoxGlobal} */ (/** @type {unknown} */ (globalThis));
  return (await browser.cookies.getAll(domain ? { domain, partitionKey: {} } : { partitionKey: {} })).length;
}

/**
 * Runs in the page: the rows Playwright's getByRole would find in a list, table or grid named
 * "Cookies" (by aria-label or aria-labelledby), to prove the stamps watched the list the
 * contract names.
 */
function rowsByRoleInPage() {
  /** @param {Element} element */
  const nameOf = (element) => {
    const ids = element.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
    return element.getAttribute('aria-label')?.trim() ?? '';
  };
  /** @param {Element} element */
  const roleOf = (element) => element.getAttribute('role') ?? { UL: 'list', OL: 'list', TABLE: 'table' }[element.tagName] ?? '';
  let rows = 0;
  for (const element of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
    if (nameOf(element) !== 'Cookies') continue;
    const role = roleOf(element);
    if (role === 'list') rows += element.querySelectorAll('li, [role="listitem"]').length;
    else if (role === 'table' || role === 'grid') rows += element.querySelectorAll('tr, [role="row"]').length;
  }
  return rows;
}

/**
 * Runs in the page: focuses the text box of that accessible name (aria-label,
 * aria-labelledby, or a <label>), as Playwright's getByRole('textbox', {name, exact}).focus().
 * @param {string} name
 */
function focusBoxInPage(name) {
  for (const element of document.querySelectorAll('input, textarea, [role="textbox"], [role="searchbox"]')) {
    const ids = element.getAttribute('aria-labelledby');
    const labels = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? [...(element.labels ?? [])] : [];
    const names = [
      element.getAttribute('aria-label'),
      ids ? ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null,
      ...labels.map((label) => label.textContent),
    ];
    if (names.some((n) => n?.trim() === name) && element instanceof HTMLElement) {
      element.focus();
      return true;
    }
  }
  return false;
}
