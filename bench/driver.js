// What the bench needs from a browser, so the same runs (runs.js, measure.js) drive Chromium
// through Playwright (browser.js) and Firefox through puppeteer-core over BiDi (firefox.js).

/** Page actions, and the wait for a full list after the first row. */
export const ACTION_TIMEOUT_MS = 10_000;
/** How often a wait asks the page for its stamps. The times come from the page, not from these polls. */
export const POLL_MS = 20;

/**
 * Sets up a page just opened; a page whose setup fails is closed, not left open under the next run.
 * @param {{ close(): Promise<unknown> }} page
 * @param {() => Promise<unknown>} setUp
 */
export async function setUpOrClose(page, setUp) {
  try {
    await setUp();
  } catch (error) {
    await page.close();
    throw error;
  }
}

/**
 * @typedef {object} BenchPage An extension page open in a tab of its own.
 * @property {<A, R>(fn: (arg: A) => R, arg: A) => Promise<Awaited<R>>} evaluate
 * @property {<A>(fn: (arg: A) => boolean, arg: A, timeout: number) => Promise<void>} waitFor
 *   resolves once `fn` returns true in the page, asking every POLL_MS; rejects after `timeout`
 * @property {() => Promise<number>} rowsByRole rows in a list, table or grid named "Cookies", found by role
 * @property {(box: string, key: string) => Promise<void>} press focuses the text box of that
 *   accessible name and presses one key (a Playwright key name, e.g. "q" or "Backspace")
 * @property {() => Promise<number>} heap bytes of JS the page holds after full garbage collection
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} Prepared
 * @property {number} tabId the tab showing the site, for the popup's `?tabId=`
 * @property {{site: number, all: number}} held cookies the browser holds after the fill:
 *   those of the site's registrable domain, and all of them
 */

/**
 * @typedef {object} BenchBrowser A launched browser with the bench's copy of the extension.
 * @property {'chromium' | 'firefox'} name
 * @property {string} version e.g. "Chrome/156.0.8078.108", "Firefox/153.7.0"
 * @property {string} origin the extension's origin, e.g. chrome-extension://<id>
 * @property {string | null} heapNa why this browser's page heap cannot be read; null when it can
 * @property {string} heapMethod how `BenchPage.heap` reads it, for the report
 * @property {Record<string, number | boolean | string>} prefs browser settings that decide what the figures mean
 * @property {(site: {url: string, host: string, domain: string}, cookies: readonly import('./fixture.js').CookieSpec[]) => Promise<Prepared>} prepare
 *   opens a tab on the site (before any cookie exists, so its request stays small), then fills
 *   the browser with the cookies through the extension's cookies API; rejects if one is refused.
 *   Leaves no extension page open.
 * @property {(url: string) => Promise<BenchPage>} openPage opens an extension page in a new tab;
 *   resolves once the page is under way (its stamps, not this, tell when it is done)
 * @property {() => Promise<Toolbar>} openToolbar opens the control page of the toolbar popup runs
 *   (see toolbar.js) and makes the site's tab, the one `prepare` opened, the active one
 * @property {() => Promise<void>} close closes the browser and deletes its profile
 */

/**
 * @typedef {object} Toolbar An extension page in a background tab, from which the bench opens
 *   the toolbar popup on the active tab, the site's.
 * @property {<A, R>(fn: (arg: A) => R, arg: A) => Promise<Awaited<R>>} evaluate in the control page
 * @property {() => Promise<void>} stopBackground stops the extension's background and resolves
 *   once it is really stopped
 * @property {() => Promise<void>} close closes the control page
 */

export {};
