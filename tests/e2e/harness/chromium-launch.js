// Launches Debian's Chromium with the unpacked extension, the way the tests and `npm start`
// both need it (see /work/shared/testing-in-real-browsers.md for why each flag is there).
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.CRUMB_CHROMIUM ?? '/usr/lib/chromium/chromium';

/**
 * @param {string} extensionDir absolute path of the unpacked extension
 * @param {string} [lang] the browser's UI language; another than en-US needs its locales/<lang>.pak (Debian: chromium-l10n)
 * @returns {string[]}
 */
export function chromiumArgs(extensionDir, lang = 'en-US') {
  return [
    // Playwright passes --disable-extensions; this pair re-enables exactly ours.
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Every host name (shop.example.test, top.test, ...) reaches the local test site.
    '--host-resolver-rules=MAP * 127.0.0.1',
    '--ignore-certificate-errors',
    // Scenarios find controls by their English names: Crumb speaks English whatever the machine's language.
    `--lang=${lang}`,
    // A second CDP connection is the only way to drive the real toolbar popup.
    '--remote-debugging-port=0',
  ];
}

/**
 * The id Chrome gives an unpacked extension without a manifest `key`: the first 128 bits of the
 * SHA-256 of its folder's absolute path, each hex digit written as a letter from a to p.
 * @param {string} extensionDir absolute path
 * @returns {string}
 */
export function unpackedExtensionId(extensionDir) {
  const hex = createHash('sha256').update(extensionDir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Allows the extension in incognito windows, as the user's switch in chrome://extensions does:
 * a command-line flag cannot, and Chrome reads the switch from the profile at start.
 * @param {string} profileDir
 * @param {string} extensionDir absolute path
 */
async function allowInIncognito(profileDir, extensionDir) {
  const file = join(profileDir, 'Default', 'Preferences');
  /** @type {{extensions?: {settings?: Record<string, Record<string, unknown>>}}} */
  const prefs = JSON.parse(await readFile(file, 'utf8').catch(() => '{}'));
  const settings = ((prefs.extensions ??= {}).settings ??= {});
  const id = unpackedExtensionId(extensionDir);
  settings[id] = { ...settings[id], incognito: true };
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(file, JSON.stringify(prefs));
}

/**
 * @typedef {object} LaunchedChromium
 * @property {import('@playwright/test').BrowserContext} context
 * @property {import('@playwright/test').Worker} serviceWorker the extension's background
 * @property {string} extensionId
 * @property {string} profileDir
 * @property {() => Promise<string>} cdpEndpoint http endpoint for chromium.connectOverCDP
 * @property {() => Promise<void>} close closes the browser and removes the profile
 */

/**
 * `profileDir`: a profile of the caller's, which close() keeps, for a scenario that restarts the
 * browser with what the profile holds (e.g. a permission granted before the extension started).
 * `allowIncognito`: the extension may run in incognito windows (off by default, as after install).
 * `lang`: the browser's UI language, en-US unless a scenario is about another. Playwright's locale
 * follows it: left alone, Playwright pins pages to en-US, and i18n.getUILanguage() with them.
 * @param {{extensionDir: string, headless?: boolean, viewport?: {width: number, height: number} | null, profileDir?: string, allowIncognito?: boolean, lang?: string}} options
 * @returns {Promise<LaunchedChromium>}
 */
export async function launchChromiumWithExtension(options) {
  // Chrome derives the id from the path with symbolic links resolved.
  const extensionDir = await realpath(resolve(options.extensionDir));
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? await mkdtemp(join(tmpdir(), 'crumb-chromium-'));
  const removeProfile = () => (ownProfile ? rm(profileDir, { recursive: true, force: true }) : Promise.resolve());
  if (options.allowIncognito) await allowInIncognito(profileDir, extensionDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir, options.lang),
    ignoreHTTPSErrors: true,
    // In the profile, not in test-results: another run of the suite empties test-results, and
    // Playwright removes a worker's artifacts folder (its default) when the worker exits.
    downloadsPath: join(profileDir, 'downloads'),
    viewport: options.viewport === undefined ? { width: 1000, height: 700 } : options.viewport,
    ...(options.lang ? { locale: options.lang } : {}),
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 10_000,
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    if (options.allowIncognito && extensionId !== unpackedExtensionId(extensionDir)) {
      throw new Error(`incognito was allowed for ${unpackedExtensionId(extensionDir)}, but Chrome loaded the extension as ${extensionId}`);
    }
    return {
      context,
      serviceWorker,
      // An unpacked extension's id derives from its folder's absolute path: read it, never hard-code it.
      extensionId,
      profileDir,
      async cdpEndpoint() {
        const [port] = (await readFile(join(profileDir, 'DevToolsActivePort'), 'utf8')).split('\n');
        return `http://127.0.0.1:${port}`;
      },
      async close() {
        await context.close();
        await removeProfile();
      },
    };
  } catch (error) {
    await context.close();
    await removeProfile();
    throw error;
  }
}
