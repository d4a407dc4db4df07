// Rules outlive a browser restart: the browser is closed and started again on the same profile
// directory, and the protection made before is enforced after, from the jar. Firefox removes a
// temporary add-on, storage and all, when it closes: there Crumb is installed for good (as a
// packed .xpi, which ESR takes unsigned), as a user's Firefox holds it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTS } from '../site/server.js';
import { launchChromiumHarness } from './harness/chromium';
import { comparable } from './harness/cookie-match';
import { launchFirefoxHarness } from './harness/firefox';
import { copyOfBuild, expect, test } from './harness/fixtures';
import { restoreDelays, seenInPage, watchInPage } from './harness/rule-watch';
import type { BrowserHarness } from './harness/types';
import { browserCookiesNamed, setCookieUrl } from './harness/zoo';

const LINE = 'guard=kept-value; Secure; SameSite=Strict; Path=/; Max-Age=86400';

/** The browser on `profileDir`: the first launch installs Crumb there, the next finds it. */
function launch(browser: BrowserHarness['name'], extensionDir: string, profileDir: string, first: boolean): Promise<BrowserHarness> {
  return browser === 'chromium'
    ? launchChromiumHarness(extensionDir, { profileDir })
    : launchFirefoxHarness(extensionDir, {}, { dir: profileDir, install: first ? 'permanent' : 'in-profile' });
}

test('a protected cookie stays protected after the browser restarts on the same profile', async ({ crumbBrowser, site }) => {
  const build = await copyOfBuild(crumbBrowser);
  const profileDir = await mkdtemp(join(tmpdir(), 'crumb-restart-'));
  try {
    let kept: unknown;
    const first = await launch(crumbBrowser, build.dir, profileDir, true);
    try {
      const shop = await first.openSite(setCookieUrl(site, HOSTS.shop, LINE));
      [kept] = comparable(await browserCookiesNamed(first, 'guard'));
      expect(kept).toMatchObject({ value: 'kept-value', secure: true, sameSite: 'strict', hostOnly: true, session: false });
      const popup = await first.openPopup(shop);
      await popup.openRow(`guard on ${HOSTS.shop}/`);
      await popup.setChecked('Protected', true);
      await expect.poll(() => popup.statusText()).toBe('Crumb now protects “guard”.');
    } finally {
      await first.close();
    }

    const second = await launch(crumbBrowser, build.dir, profileDir, false);
    try {
      expect(comparable(await browserCookiesNamed(second, 'guard'))).toEqual([kept]);
      const watcher = await second.openExtensionPage('src/pages/rules/index.html');
      await watcher.evaluate(watchInPage, 'guard');
      await second.openSite(setCookieUrl(site, HOSTS.shop, 'guard=after-restart; Path=/'));
      // The site's write happened, and was answered (how soon is the bench's figure).
      await expect.poll(async () => restoreDelays(await watcher.evaluate(seenInPage), 'kept-value').filter(Number.isFinite)).toHaveLength(1);
      expect(comparable(await browserCookiesNamed(second, 'guard'))).toEqual([kept]);
    } finally {
      await second.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
    await build.remove();
  }
});
