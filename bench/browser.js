// Debian's Chromium with the bench's copy of the extension, driven by Playwright, with the
// same flags as the browser tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/e2e/harness/chromium-launch.js';


/**
 * @typedef {object} Browser
 * @property {import('@playwright/test').BrowserContext} context
 * @property {import('@playwright/test').Worker} worker the extension's service worker
 * @property {string} origin chrome-extension://<id>
 * @property {string} version e.g. "Chrome/156.0.8078.108"
 * @property {() => Promise<void>} close closes the browser and deletes its profile
 */

/**
 * @param {string} extensionDir
 * @returns {Promise<Browser>}
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
    return { context, worker, origin: `chrome-extension://${new URL(worker.url()).host}`, version: product, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Writes cookies through the extension's own cookies API, in batches small enough for one
 * evaluate call each, and fails if the browser refused or evicted any of them.
 * @param {import('@playwright/test').Worker} worker
 * @param {readonly import('./fixture.js').CookieSpec[]} specs
 */
export async function fillCookies(worker, specs) {
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
 * @param {import('@playwright/test').Worker} worker
 * @param {string} [domain] all the browser's cookies when absent
 */
export async function countCookies(worker, domain) {
  return worker.evaluate(
    async (d) => (await chrome.cookies.getAll(d ? { domain: d, partitionKey: {} } : { partitionKey: {} })).length,
    domain,
  );
}

/**
 * @param {import('@playwright/test').Worker} worker
 * @param {string} host
 */
export async function tabIdOf(worker, host) {
  const id = await worker.evaluate(async (h) => (await chrome.tabs.query({})).find((tab) => tab.url && new URL(tab.url).hostname === h)?.id, host);
  if (id === undefined) throw new Error(`no tab shows ${host}`);
  return id;
}
