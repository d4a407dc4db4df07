import { HOSTS, ZOO } from '../site/server.js';
import { comparable } from './harness/cookie-match';
import { expect, test } from './harness/fixtures';
import { ZOO_ROWS, browserCookiesNamed, expectSiteMatchesBrowser, plantZoo, setCookieUrl } from './harness/zoo';

test('delete one cookie, then undo restores it with every attribute', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = comparable(await harness.browserCookies());
  const popup = await harness.openPopup(shop);
  await popup.openRow('sec on shop.example.test/');
  await popup.click('Delete');

  await expect.poll(() => popup.rowNames()).not.toContain('sec on shop.example.test/');
  expect(await browserCookiesNamed(harness, 'sec')).toEqual([]);
  expect(comparable(await harness.browserCookies())).toEqual(before.filter((c) => c.name !== 'sec'));
  // The list follows the jar's changes live, so it can empty before the delete's answer arrives.
  await expect.poll(() => popup.statusText()).toBe('Deleted “sec”.');
  expect(await popup.hasButton('Undo')).toBe(true);
  await expectSiteMatchesBrowser(harness, site);

  await popup.click('Undo');
  await expect.poll(() => popup.rowNames()).toContain('sec on shop.example.test/');
  expect(comparable(await harness.browserCookies())).toEqual(before);
  await expectSiteMatchesBrowser(harness, site);
});

test('delete all shown deletes only what the filter shows, and undo brings those back', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = comparable(await harness.browserCookies());
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toHaveLength(ZOO_ROWS.length);
  await popup.fill('Filter cookies', 'pfx');
  const prefixed = ZOO.filter((c) => c.name.includes('pfx'));
  await expect.poll(async () => (await popup.rowNames()).sort()).toEqual(prefixed.map((c) => c.row).sort());

  await popup.click('Delete all shown');
  await expect.poll(() => popup.rowNames()).toEqual([]);
  const prefixedNames = new Set(prefixed.map((c) => c.name));
  expect(comparable(await harness.browserCookies())).toEqual(before.filter((c) => !prefixedNames.has(c.name)));
  await expectSiteMatchesBrowser(harness, site);

  await popup.click('Undo');
  await expect.poll(() => popup.rowNames()).toHaveLength(prefixed.length);
  expect(comparable(await harness.browserCookies())).toEqual(before);
  await expectSiteMatchesBrowser(harness, site);
});

test('delete all shown with no filter, partitioned cookie included, then undo restores them all', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = comparable(await harness.browserCookies());
  expect(before.some((c) => c.partitionKey)).toBe(true);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toHaveLength(ZOO_ROWS.length);

  await popup.click('Delete all shown');
  await expect.poll(() => popup.rowNames()).toEqual([]);
  expect(await harness.browserCookies()).toEqual([]);
  await expect.poll(() => popup.statusText()).toBe(`Deleted ${before.length} cookies.`);
  await expectSiteMatchesBrowser(harness, site);

  await popup.click('Undo');
  await expect.poll(async () => (await popup.rowNames()).sort()).toEqual([...ZOO_ROWS].sort());
  expect(comparable(await harness.browserCookies())).toEqual(before);
  await expectSiteMatchesBrowser(harness, site);
});

test('two cookies that differ only in path are two rows, and deleting one leaves the other', async ({ harness, site }) => {
  const shop = await harness.openSite(
    setCookieUrl(site, HOSTS.shop, 'twin=at-root; Path=/', 'twin=at-account; Path=/account'),
  );
  const popup = await harness.openPopup(shop);
  await expect.poll(async () => (await popup.rowNames()).sort()).toEqual([
    'twin on shop.example.test/',
    'twin on shop.example.test/account',
  ]);

  await popup.openRow('twin on shop.example.test/account');
  await popup.click('Delete');
  await expect.poll(() => popup.rowNames()).toEqual(['twin on shop.example.test/']);
  expect((await browserCookiesNamed(harness, 'twin')).map((c) => `${c.path} ${c.value}`)).toEqual(['/ at-root']);
  await expectSiteMatchesBrowser(harness, site);
});
