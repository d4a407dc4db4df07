import { HOSTS, PARTITIONED, ZOO } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import { PARTITIONED_ROW, ZOO_ROWS, SUBDOMAIN_COOKIE, expectSiteMatchesBrowser, plantZoo, setCookieUrl } from './harness/zoo';

test('the site plants one cookie of every kind, and the site receives exactly those', async ({ harness, site }) => {
  await plantZoo(harness, site);
  const names = (await harness.browserCookies()).map((c) => c.name).sort();
  expect(names).toEqual([...ZOO.map((c) => c.name), SUBDOMAIN_COOKIE.name, PARTITIONED.name].sort());
  const part = (await harness.browserCookies()).find((c) => c.name === PARTITIONED.name);
  expect(part?.partitionKey?.topLevelSite).toBe(`https://${HOSTS.top}`);
  await expectSiteMatchesBrowser(harness, site);
});

test('the popup lists every cookie of the site: path-scoped, subdomain and partitioned ones included', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(async () => (await popup.rowNames()).sort()).toEqual([...ZOO_ROWS].sort());
});

test('each row shows the value and the flags as badges', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain(PARTITIONED_ROW);

  const expectations: [row: string, shows: string[], lacks: string[]][] = [
    ['plain on shop.example.test/', ['host-only-session'], ['Secure', 'HttpOnly', 'SameSite=', 'Partitioned']],
    ['sec on shop.example.test/', ['secure-only', 'Secure'], ['HttpOnly']],
    ['ho on shop.example.test/', ['http-only', 'HttpOnly'], ['Secure']],
    ['strict on shop.example.test/', ['SameSite=Strict'], []],
    ['lax on shop.example.test/', ['SameSite=Lax'], []],
    ['none on shop.example.test/', ['SameSite=None', 'Secure'], []],
    [PARTITIONED_ROW, [PARTITIONED.value, 'Partitioned', 'Secure', 'SameSite=None'], []],
  ];
  for (const [row, shows, lacks] of expectations) {
    const text = await popup.rowText(row);
    for (const word of shows) expect(text, row).toContain(word);
    for (const word of lacks) expect(text, row).not.toContain(word);
  }
});

test('a cookie value that looks like HTML is shown as text, never run', async ({ harness, site }) => {
  const markup = '<img src=x onerror=alert(1)>';
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, `markup=${markup}; Path=/`));
  expect((await harness.browserCookies()).map((c) => c.value)).toEqual([markup]);

  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toEqual(['markup on shop.example.test/']);
  expect(await popup.rowText('markup on shop.example.test/')).toContain(markup);
  await popup.openRow('markup on shop.example.test/');
  expect(await popup.fieldValue('Value')).toBe(markup);
  expect(popup.dialogs()).toEqual([]);
});
