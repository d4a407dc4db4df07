// Debian's Chromium with the bench's copy of the extension, driven by Playwright, with the
// same flags as the browser tests. The service worker fills and counts the cookies.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/harness/chromium-launch.js';
import { ACTION_TIMEOUT_MS, POLL_MS, setUpOrClose } from './driver.js';
import { BLANK_PAGE } from './extension-copy.js';

/** @typedef {import('./driver.js').BenchPage} BenchPage */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Worker} Worker */

/**
 * @param {string} extensionDir
 * @returns {Promise<import('./driver.js').BenchBrowser>}
 */
export async function launch(extensionDir) {
  const profile = await mkdtemp(join(tmpdir(), 'crumb-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const { product } = /** @type {{product: string}} */ (await cdp.send('Browser.getVersion'));
    await cdp.detach();
    // URL.origin is "null" for non-web schemes in Node.
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    /** @type {import('@playwright/test').Page | null} */
    let siteTab = null;
    return {
      name: 'chromium',
      version: product,
      origin,
      heapNa: null,
      heapMethod: 'V8 used heap (CDP Runtime.getHeapUsage) after two HeapProfiler.collectGarbage',
      prefs: {},
      async prepare(site, cookies) {
        const tab = await context.newPage();
        await tab.goto(site.url);
        siteTab = tab;
        const tabId = await tabIdOf(worker, site.host);
        await fillCookies(worker, cookies);
        return { tabId, held: { site: await countCookies(worker, site.domain), all: await countCookies(worker) } };
      },
      async openPage(url) {
        const opened = await context.newPage();
        opened.setDefaultTimeout(ACTION_TIMEOUT_MS);
        await setUpOrClose(opened, () => opened.goto(url));
        return benchPage(context, opened);
      },
      async openToolbar() {
        if (!siteTab) throw new Error('no site tab: prepare() first');
        const control = await context.newPage();
        control.setDefaultTimeout(ACTION_TIMEOUT_MS);
        try {
          await control.goto(`${origin}/${BLANK_PAGE}?domain=none.invalid`);
          const session = await context.newCDPSession(control);
          const status = await followWorker(session, origin);
          await siteTab.bringToFront();
          return {
            evaluate: (fn, arg) => control.evaluate(/** @type {(arg: unknown) => never} */ (fn), arg),
            async stopBackground() {
              const stopped = status.next('stopped');
              // Every service worker of the profile: the test site registers none.
              await session.send('ServiceWorker.stopAllWorkers');
              await stopped;
            },
            close: () => control.close(),
          };
        } catch (error) {
          await control.close();
          throw error;
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * @param {BrowserContext} context
 * @param {import('@playwright/test').Page} page
 * @returns {BenchPage}
 */
function benchPage(context, page) {
  return {
    // Playwright's argument type is computed from the call site; the page functions the bench passes are plain.
    evaluate: (fn, arg) => page.evaluate(/** @type {(arg: unknown) => never} */ (fn), arg),
    async waitFor(fn, arg, timeout) {
      await page.waitForFunction(/** @type {(arg: unknown) => boolean} */ (fn), arg, { timeout, polling: POLL_MS });
    },
    async rowsByRole() {
      const items = await page.getByRole('list', { name: 'Cookies' }).getByRole('listitem').count();
      const rows = await page.getByRole('table', { name: 'Cookies' }).or(page.getByRole('grid', { name: 'Cookies' })).getByRole('row').count();
      return items + rows;
    },
    async press(box, key) {
      await page.getByRole('textbox', { name: box, exact: true }).focus();
      await page.keyboard.press(key);
    },
    // Every extension page shares one renderer process and so one heap: the bench measures with only one open.
    async heap() {
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('HeapProfiler.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const usage = /** @type {{usedSize: number}} */ (await cdp.send('Runtime.getHeapUsage'));
        return usage.usedSize;
      } finally {
        await cdp.detach();
      }
    },
    close: () => page.close(),
  };
}

/**
 * The extension's service worker status, as CDP reports each change: waiting for the event, not
 * polling, sees a stop even when the worker starts again at once.
 * @param {import('@playwright/test').CDPSession} session
 * @param {string} origin the extension's
 * @returns {Promise<{next: (status: string) => Promise<void>}>}
 */
async function followWorker(session, origin) {
  /** @type {Set<{status: string, resolve: () => void}>} */
  const waiters = new Set();
  /** @type {string | null} */
  let current = null;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`${origin}/`)) continue;
      current = version.runningStatus;
      for (const waiter of waiters) {
        if (waiter.status !== version.runningStatus) continue;
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  });
  await session.send('ServiceWorker.enable');
  return {
    // A worker stopped before (the blank popup never wakes it) gets no new event.
    next: (status) =>
      new Promise((resolve, reject) => {
        if (current === status) {
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`the service worker was not ${status} within ${ACTION_TIMEOUT_MS} ms`));
        }, ACTION_TIMEOUT_MS);
        const waiter = {
          status,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        waiters.add(waiter);
      }),
  };
}

/**
 * Writes cookies through the extension's own cookies API, in batches small enough for one
 * evaluate call each, and fails if the browser refused or evicted any of them.
 * @param {Worker} worker
 * @param {readonly import('./fixture.js').CookieSpec[]} specs
 */
async function fillCookies(worker, specs) {
  const BATCH = 150;
  for (let i = 0; i < specs.length; i += BATCH) {
    const refused = await worker.evaluate(async (batch) => {
      const results = await Promise.all(batch.map((spec) => chrome.cookies.set(spec).catch((error) => String(error))));
      return results.map((result, j) => (result && typeof result === 'object' ? null : `${batch[j]?.name}: ${result ?? 'refused'}`)).filter((r) => r !== null);
    }, specs.slice(i, i + BATCH));
    if (refused.length) throw new Error(`the browser refused ${refused.length} cookies, e.g. ${refused.slice(0, 3).join('; ')}`);
  }
}

/**
 * @param {Worker} worker
 * @param {string} [domain] all the browser's cookies when absent
 */
async function countCookies(worker, domain) {
  return worker.evaluate(
    async (d) => (await chrome.cookies.getAll(d ? { domain: d, partitionKey: {} } : { partitionKey: {} })).length,
    domain,
  );
}

/**
 * @param {Worker} worker
 * @param {string} host
 */
async function tabIdOf(worker, host) {
  const id = await worker.evaluate(async (h) => (await chrome.tabs.query({})).find((tab) => tab.url && new URL(tab.url).hostname === h)?.id, host);
  if (id === undefined) throw new Error(`no tab shows ${host}`);
  return id;
}
