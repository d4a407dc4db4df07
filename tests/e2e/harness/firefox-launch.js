// Launches Debian's Firefox ESR with the extension installed, driven by puppeteer-core over
// WebDriver BiDi (see /work/shared/testing-in-real-browsers.md for why each pref is there).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const run = promisify(execFile);

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
 * How the add-on comes to the browser: `temporary` (removed, storage and all, when Firefox
 * closes: every scenario but one), `permanent` (into the profile, to outlive a restart; ESR
 * takes it unsigned with `xpinstall.signatures.required` off, and only as an archive), or
 * `in-profile` (a permanent install made by an earlier launch on the same profile).
 * @typedef {'temporary' | 'permanent' | 'in-profile'} AddOnInstall
 */

/**
 * Installs the build packed as an .xpi (with web-ext, as `npm run package` packs it); Firefox
 * keeps its own copy in the profile.
 * @param {(extensionData: object) => Promise<unknown>} installFrom
 * @param {string} extensionDir
 */
async function installPacked(installFrom, extensionDir) {
  const artifactsDir = await mkdtemp(join(tmpdir(), 'crumb-xpi-'));
  try {
    await run('npx', ['web-ext', 'build', '--source-dir', extensionDir, '--artifacts-dir', artifactsDir, '--filename', 'crumb.xpi', '--overwrite-dest']);
    await installFrom({ type: 'archivePath', path: join(artifactsDir, 'crumb.xpi') });
  } finally {
    await rm(artifactsDir, { recursive: true, force: true });
  }
}

/**
 * Installs the add-on as a user who allowed it in private windows would have it.
 * puppeteer's installExtension() cannot ask for that: its own BiDi command is sent with
 * Firefox's extension parameters, which ESR 153 honours.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionDir
 * @param {AddOnInstall} install
 */
async function installAllowedInPrivate(browser, extensionDir, install) {
  if (install === 'in-profile') return;
  const connection = /** @type {{connection?: {send?: unknown}}} */ (/** @type {unknown} */ (browser)).connection;
  if (typeof connection?.send !== 'function') throw new Error('this puppeteer-core browser has no WebDriver BiDi connection');
  /** @param {object} extensionData */
  const installFrom = (extensionData) =>
    /** @type {{send(method: string, params: object): Promise<unknown>}} */ (connection).send('webExtension.install', {
      extensionData,
      'moz:allowPrivateBrowsing': true,
      ...(install === 'permanent' ? { 'moz:permanent': true } : {}),
    });
  if (install === 'permanent') await installPacked(installFrom, extensionDir);
  else await installFrom({ type: 'path', path: extensionDir });
}

/**
 * @typedef {object} LaunchedFirefox
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} origin the extension's origin, moz-extension://<uuid>
 * @property {string} geckoId the extension's id, from its manifest
 * @property {() => Promise<void>} close
 */

/**
 * `profileDir`: a profile the caller keeps across launches (a fresh one otherwise); `install`:
 * see AddOnInstall, `temporary` unless said.
 * @param {{extensionDir: string, headless?: boolean, prefs?: Record<string, unknown>, profileDir?: string, install?: AddOnInstall}} options
 * @returns {Promise<LaunchedFirefox>}
 */
export async function launchFirefoxWithExtension(options) {
  const extensionDir = resolve(options.extensionDir);
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  /** @type {unknown} */
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (typeof geckoId !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  const install = options.install ?? 'temporary';
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
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    extraPrefsFirefox: firefoxPrefs(geckoId, { ...(install === 'temporary' ? {} : { 'xpinstall.signatures.required': false }), ...options.prefs }),
  });
  try {
    await installAllowedInPrivate(browser, extensionDir, install);
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
