// Screenshots of the rules for the README, from the built extension (run `npm run build` first):
// the demo shop with a protected cookie, a block rule and a saved profile, then the popup's
// Profiles view (docs/profiles.png) and the Rules page (docs/rules.png). Everything is made
// through Crumb's own UI, as a user would.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension } from '../tests/e2e/harness/chromium-launch.js';
import { HOSTS, startSite } from '../tests/site/server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = await startSite();
const browser = await launchChromiumWithExtension({ extensionDir: join(root, 'dist', 'chrome'), headless: true, viewport: { width: 600, height: 200 } });
try {
  const shop = await browser.context.newPage();
  await shop.goto(`${site.origin(HOSTS.shop)}/demo`);
  await shop.goto(`${site.origin(HOSTS.shop)}/set?c=${encodeURIComponent('_ga=GA1.2.3; Domain=example.test; Path=/; Max-Age=86400')}`);
  const [tab] = await browser.serviceWorker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 600, height: 200 });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/pages/popup/index.html?tabId=${tab?.id}`);

  await popup.getByRole('button', { name: /^session_id on / }).click();
  await popup.getByLabel('Protected', { exact: true }).check();
  await popup.getByRole('status').filter({ hasText: 'protects' }).waitFor();
  await popup.getByRole('button', { name: 'Cancel', exact: true }).click();
  await popup.getByRole('button', { name: /^_ga on / }).click();
  await popup.getByRole('button', { name: 'Block this cookie', exact: true }).click();
  await popup.getByRole('status').filter({ hasText: 'blocks' }).waitFor();

  await popup.getByRole('button', { name: 'Profiles', exact: true }).click();
  for (const name of ['Ada (editor)', 'Guest']) {
    await popup.getByLabel('Profile name', { exact: true }).fill(name);
    await popup.getByRole('button', { name: 'Save as profile', exact: true }).click();
    await popup.getByRole('status').filter({ hasText: name }).waitFor();
  }
  await popup.getByRole('button', { name: 'Dismiss', exact: true }).click().catch(() => undefined);
  await popup.screenshot({ path: join(root, 'docs', 'profiles.png'), fullPage: true });

  const rules = await browser.context.newPage();
  await rules.setViewportSize({ width: 760, height: 200 });
  await rules.goto(`chrome-extension://${browser.extensionId}/src/pages/rules/index.html`);
  await rules.getByRole('list', { name: 'Profiles' }).getByRole('listitem').nth(1).waitFor();
  await rules.screenshot({ path: join(root, 'docs', 'rules.png'), fullPage: true });
  console.log('saved docs/profiles.png and docs/rules.png');
} finally {
  await browser.close();
  await site.close();
}
