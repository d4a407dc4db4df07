// Cookie profiles (issue 15): a site's cookies saved under a name, switched back to as one
// journaled change, undone exactly. Every verdict is the jar read back.
import { HOSTS } from '../site/server.js';
import { comparable } from './harness/cookie-match';
import { expect, test } from './harness/fixtures';
import { setCookieUrl } from './harness/zoo';

test('Save as profile, change the cookies, Switch: the jar equals the profile; Undo: the jar is as it was', async ({ harness, site }) => {
  const shop = await harness.openSite(
    setCookieUrl(site, HOSTS.shop, 'account=alice; Secure; HttpOnly; SameSite=Lax; Path=/; Max-Age=86400', 'theme=dark; Domain=example.test; Path=/', 'cart=3; Path=/cart'),
  );
  await harness.openSite(`${site.origin(HOSTS.top)}/embed`);
  const saved = comparable(await harness.browserCookies());
  const siteOnly = (cookies: typeof saved) => cookies.filter((c) => c.domain.replace(/^\./, '').endsWith('example.test'));
  const profileCookies = siteOnly(saved);

  const popup = await harness.openPopup(shop);
  await popup.click('Profiles');
  await popup.fill('Profile name', 'Alice');
  await popup.click('Save as profile');
  // In the view's own words: the popup's notice may still offer an earlier change on this site.
  await expect.poll(() => popup.regionText('Profiles')).toContain(`Saved profile “Alice” with ${profileCookies.length} cookies.`);
  expect(await popup.pageText()).toContain('stored in this browser\'s profile on disk, unencrypted');
  expect(await popup.listItems('Profiles')).toEqual([expect.stringContaining('Alice')]);

  // Another account: one cookie changed, one gone, one added.
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'account=bob; Secure; HttpOnly; SameSite=Lax; Path=/; Max-Age=86400', 'cart=; Path=/cart; Max-Age=0', 'extra=1; Path=/'));
  const changed = comparable(await harness.browserCookies());
  expect(changed).not.toEqual(saved);

  await popup.click('Switch');
  await expect.poll(() => popup.statusText()).toBe('Switched to the profile: 3 cookie changes.');
  // The site's cookies are the profile's exactly; other sites' are untouched.
  expect(comparable(await harness.browserCookies())).toEqual(saved);

  await popup.click('Undo');
  await expect.poll(async () => comparable(await harness.browserCookies())).toEqual(changed);

  await popup.click('Delete profile');
  await expect.poll(() => popup.statusText()).toContain('Deleted profile “Alice”.');
  expect(await popup.pageText()).toContain('No profile saved for this site yet.');
});
