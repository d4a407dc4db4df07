// Launches Debian's Firefox ESR with the extension installed, driven by puppeteer-core over
// WebDriver BiDi (see /work/shared/testing-in-real-browsers.md for why each pref is there).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const FIREFOX_PATH = process.env.CRUMB_FIREFOX ?? '/usr/bin/firefox-esr';

/** Any fixed value: it makes the extension's origin moz-extension://<this>/ on every run. */
const EXTENSION_UUID = '6f1c2a9e-3b7d-4c58-9e21-c0ffee5c0de1';

/** Extension pages never finish navigating as far as BiDi can tell: poll them instead. */
const PAGE_READY_TIMEOUT_MS = 10_000;

/**
 * @param {string} geckoId
 * @param {Record<string, unknown>} extra
 * @returns {Record<string, unknown>}
 */
function firefoxPrefs(geckoId, extra = {}) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    // MV3 host permissions are optional in Firefox: grant them at install, as a user would.
    'extensions.originControls.grantByDefault': true,
    // Every host name (shop.example.test, top.test, ...) reaches the local test site.
    'network.dns.forceResolve': '127.0.0.1',
    'dom.security.https_first': false,
    // Scenarios find controls by their English names: Crumb speaks English whatever the machine's language.
    'intl.locale.requested': 'en-US',
    ...extra,
  };
}

/**
 * Opens an extension page in a new tab of the context and waits until its document has loaded.
 * @param {import('puppeteer-core').Browser | import('puppeteer-core').BrowserContext} opener
 * @param {string} url a moz-extension:// URL
 * @param {(page: import('puppeteer-core').Page) => void} [beforeLoad] called before it navigates,
 *   e.g. to listen to what the page logs while it loads
 * @returns {Promise<import('puppeteer-core').Page>}
 */
export async function openExtensionPage(opener, url, beforeLoad) {
  const page = await opener.newPage();
  beforeLoad?.(page);
  // goto() would wait for navigation events Firefox never sends for extension pages.
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + PAGE_READY_TIMEOUT_MS;
  for (;;) {
    const ready = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) {
      await page.close().catch(() => undefined);
      throw new Error(`${url} did not load within ${PAGE_READY_TIMEOUT_MS} ms`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Installs the temporary add-on as a user who allowed it in private windows would have it.
 * puppeteer's installExtension() cannot ask for that: its own BiDi command is sent with
 * Firefox's extension parameter, which ESR 153 honours.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionDir
 */
async function installAllowedInPrivate(browser, extensionDir) {
  const connection = /** @type {{connection?: {send?: unknown}}} */ (/** @type {unknown} */ (browser)).connection;
  if (typeof connection?.send !== 'function') throw new Error('this puppeteer-core browser has no WebDriver BiDi connection');
  await /** @type {{send(method: string, params: object): Promise<unknown>}} */ (connection).send('webExtension.install', { extensionData: { type: 'path', path: extensionDir }, 'moz:allowPrivateBrowsing': true });
}

/**
 * @typedef {object} LaunchedFirefox
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} origin the extension's origin, moz-extension://<uuid>
 * @property {string} geckoId the extension's id, from its manifest
 * @property {() => Promise<void>} close
 */

/**
 * @param {{extensionDir: string, headless?: boolean, prefs?: Record<string, unknown>}} options
 * @returns {Promise<LaunchedFirefox>}
 */
export async function launchFirefoxWithExtension(options) {
  const extensionDir = resolve(options.extensionDir);
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  /** @type {unknown} */
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (typeof geckoId !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    // The size the Chromium tests use, so a scenario meets the same layout.
    defaultViewport: { width: 1000, height: 700 },
    // Needed to navigate a tab to moz-extension://.
    args: ['--remote-allow-system-access'],
    // The test site's certificate is self-signed.
    acceptInsecureCerts: true,
    extraPrefsFirefox: firefoxPrefs(geckoId, options.prefs),
  });
  try {
    await installAllowedInPrivate(browser, extensionDir);
    return {
      browser,
      origin: `moz-extension://${EXTENSION_UUID}`,
      geckoId,
      async close() {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
