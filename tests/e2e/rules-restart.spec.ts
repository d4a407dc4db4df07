// Rules outlive a browser restart: Chromium is closed and started again on the same profile
// directory, and the protection made before is enforced after, from the jar. Chromium only: a
// Firefox temporary add-on (all the harness can install) is uninstalled, storage and all, when
// Firefox closes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTS } from '../site/server.js';
import { launchChromiumWithExtension, type LaunchedChromium } from './harness/chromium-launch.js';
import { copyOfBuild, expect, test } from './harness/fixtures';
import { restoreDelays, seenInPage, watchInPage } from './harness/rule-watch';
import { setCookieUrl } from './harness/zoo';

test.skip(({ crumbBrowser }) => crumbBrowser !== 'chromium', 'Firefox removes a temporary add-on and its storage when it closes');

const LINE = 'guard=kept-value; Secure; SameSite=Strict; Path=/; Max-Age=86400';

async function guardValues(browser: LaunchedChromium): Promise<string[]> {
  const cookies = await browser.serviceWorker.evaluate(() => chrome.cookies.getAll({ name: 'guard' }));
  return cookies.map((c) => c.value);
}

test('a protected cookie stays protected after the browser restarts on the same profile', async ({ site }) => {
  const build = await copyOfBuild('chromium');
  const profileDir = await mkdtemp(join(tmpdir(), 'crumb-restart-'));
  try {
    const first = await launchChromiumWithExtension({ extensionDir: build.dir, profileDir });
    try {
      const shop = await first.context.newPage();
      await shop.goto(setCookieUrl(site, HOSTS.shop, LINE));
      const tabs = await first.serviceWorker.evaluate(() => chrome.tabs.query({}));
      const tabId = tabs.find((tab) => tab.url?.includes('/set?'))!.id!;
      const popup = await first.context.newPage();
      await popup.goto(`chrome-extension://${first.extensionId}/src/pages/popup/index.html?tabId=${tabId}`);
      await popup.getByRole('button', { name: `guard on ${HOSTS.shop}/`, exact: true }).click();
      await popup.getByLabel('Protected', { exact: true }).check();
      await expect(popup.getByRole('status').filter({ hasText: 'Crumb now protects “guard”.' })).toBeVisible();
    } finally {
      await first.close();
    }

    const second = await launchChromiumWithExtension({ extensionDir: build.dir, profileDir });
    try {
      expect(await guardValues(second)).toEqual(['kept-value']);
      const watcher = await second.context.newPage();
      await watcher.goto(`chrome-extension://${second.extensionId}/src/pages/rules/index.html`);
      await watcher.evaluate(watchInPage, 'guard');
      const shop = await second.context.newPage();
      await shop.goto(setCookieUrl(site, HOSTS.shop, 'guard=after-restart; Path=/'));
      // The site's write happened, and was answered (how soon is the bench's figure).
      await expect.poll(async () => restoreDelays(await watcher.evaluate(seenInPage), 'kept-value').filter(Number.isFinite)).toHaveLength(1);
      expect(await guardValues(second)).toEqual(['kept-value']);
      const [guard] = await second.serviceWorker.evaluate(() => chrome.cookies.getAll({ name: 'guard' }));
      expect(guard).toMatchObject({ secure: true, sameSite: 'strict', hostOnly: true, session: false });
    } finally {
      await second.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
    await build.remove();
  }
});
