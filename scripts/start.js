// `npm start`: build Crumb for Chrome, start the local demo site, and open Debian's Chromium
// with Crumb loaded on it. With a display it stays open until Ctrl+C; without one it opens the
// popup headless, saves a screenshot to docs/popup.png and exits.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension } from '../tests/e2e/harness/chromium-launch.js';
import { DEMO, HOSTS, startSite } from '../tests/site/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = join(root, 'dist', 'chrome');
const screenshotPath = join(root, 'docs', 'popup.png');
/** The popup's own width (popup.css); the screenshot then grows to the list's height, as the popup does. */
const POPUP_VIEWPORT = { width: 600, height: 200 };

/** @returns {Promise<void>} */
function build() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'build.js'), 'chrome'], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (exit code ${code})`))));
  });
}

/**
 * @param {import('../tests/e2e/harness/chromium-launch.js').LaunchedChromium} browser
 * @param {string} url
 */
async function openTab(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Lets the site set its cookies the way a real site does, through Set-Cookie: a subdomain's,
 * one partitioned by an iframe on another site, then the shop's own, whose tab is returned.
 * @param {import('../tests/e2e/harness/chromium-launch.js').LaunchedChromium} browser
 * @param {import('../tests/site/server.js').Site} site
 */
async function plantDemoCookies(browser, site) {
  const helpers = [
    await openTab(browser, `${site.origin(HOSTS.sub)}/set?c=${encodeURIComponent('locale=en-GB; Path=/')}`),
    await openTab(browser, `${site.origin(HOSTS.top)}/embed?src=${encodeURIComponent(`${site.origin(HOSTS.shop)}/partitioned?name=chat_widget&value=open`)}`),
  ];
  const shop = await openTab(browser, `${site.origin(HOSTS.shop)}/demo`);
  await Promise.all(helpers.map((page) => page.close()));
  await shop.bringToFront();
  return shop;
}

/**
 * The id the extension knows the active tab by (a page cannot learn its own tab id).
 * @param {import('../tests/e2e/harness/chromium-launch.js').LaunchedChromium} browser
 * @returns {Promise<number>}
 */
async function activeTabId(browser) {
  const [tab] = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (tab?.id === undefined) throw new Error('Chromium reports no active tab');
  return tab.id;
}

/**
 * @param {import('../tests/e2e/harness/chromium-launch.js').LaunchedChromium} browser
 * @param {number} tabId
 */
async function screenshotPopup(browser, tabId) {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${browser.extensionId}/src/pages/popup/index.html?tabId=${tabId}`);
  // The demo's cookies plus the subdomain's and the partitioned one.
  const rows = popup.getByRole('list', { name: 'Cookies' }).getByRole('listitem');
  await rows.nth(DEMO.length + 1).waitFor();
  await mkdir(dirname(screenshotPath), { recursive: true });
  await popup.screenshot({ path: screenshotPath, fullPage: true });
}

/** @param {import('../tests/e2e/harness/chromium-launch.js').LaunchedChromium} browser */
async function stayOpen(browser) {
  // Opening the toolbar popup needs a focused window; if it cannot, the hint below is enough.
  await browser.serviceWorker.evaluate(() => chrome.action.openPopup()).catch(() => undefined);
  console.log('Chromium is open on the demo shop with Crumb loaded. Click the Crumb button in the');
  console.log('toolbar (under the puzzle piece until you pin it) to see its cookies. Ctrl+C quits.');
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    browser.context.once('close', resolve);
  });
}

await build();
const site = await startSite(process.env.PORT ? { port: Number(process.env.PORT) } : {});
console.log(`Demo site: ${site.origin(HOSTS.shop)}/demo (every host name is mapped to 127.0.0.1 inside this Chromium)`);
const headed = Boolean(process.env.DISPLAY);
const browser = await launchChromiumWithExtension({ extensionDir, headless: !headed, viewport: headed ? null : POPUP_VIEWPORT });
try {
  await plantDemoCookies(browser, site);
  if (headed) {
    await stayOpen(browser);
  } else {
    await screenshotPopup(browser, await activeTabId(browser));
    console.log(`No display: saved a screenshot of the popup on the demo shop to ${relative(process.cwd(), screenshotPath) || screenshotPath}`);
  }
} finally {
  await browser.close().catch(() => undefined);
  await site.close();
}
