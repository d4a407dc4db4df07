import { HOSTS, PARTITIONED, ZOO } from '../site/server.js';
import { expect, launchSpeaking, test } from './harness/fixtures';
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

test('a site with exactly one cookie: the popup counts it in the singular, "1 cookie"', async ({ harness, site }) => {
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'only=one; Path=/'));
  expect((await harness.browserCookies()).map((c) => `${c.name}@${c.domain}`)).toEqual([`only@${HOSTS.shop}`]);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toEqual([`only on ${HOSTS.shop}/`]);
  // \b after "cookie": "1 cookies" does not match.
  expect(await popup.pageText()).toMatch(/(^| )1 cookie\b/);
});

test('in a German browser, the popup counts and dates its one cookie in German: "1 Cookie", "in 1 Tag"', async ({ crumbBrowser, site }) => {
  const german = await launchSpeaking(crumbBrowser, 'de');
  try {
    // 25 hours: a day, rounded.
    const shop = await german.harness.openSite(setCookieUrl(site, HOSTS.shop, 'bald=weg; Path=/; Max-Age=90000'));
    const jar = await german.harness.browserCookies();
    expect(jar.map((c) => c.name)).toEqual(['bald']);
    expect(Math.round((jar[0]!.expirationDate! - Date.now() / 1000) / 86_400)).toBe(1);
    const popup = await german.harness.openPopup(shop);
    await expect.poll(() => popup.rowNames()).toEqual([`bald auf ${HOSTS.shop}/`]);
    const text = await popup.pageText();
    expect(text).toMatch(/(^| )1 Cookie\b/);
    expect(text).toMatch(/\bin 1 Tag\b/);
  } finally {
    await german.close();
  }
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

test('a long list keeps only the rows in view in the page, yet every cookie can be scrolled and tabbed to', async ({ harness, site }) => {
  const shop = await harness.openSite(`${site.origin(HOSTS.shop)}/`);
  const planter = await harness.openExtensionPage('src/pages/sites/index.html');
  const many = Array.from({ length: 120 }, (_, i) => ({ url: `${site.origin(HOSTS.shop)}/`, name: `item_${String(i).padStart(3, '0')}`, value: String(i) }));
  const refused = await planter.evaluate(async (all) => (await Promise.all(all.map((spec) => chrome.cookies.set(spec)))).filter((c) => !c).length, many);
  expect(refused, 'cookies the browser refused').toBe(0);

  const popup = await harness.openExtensionPage(`src/pages/popup/index.html?tabId=${shop.id}`);
  await expect.poll(() => popup.pageText()).toContain('120 cookies');
  const shown = await popup.rowNames();
  expect(shown[0]).toBe('item_000 on shop.example.test/');
  expect(shown.length).toBeLessThan(60);
  // Assistive technology still hears where each row stands in the whole list.
  const places = await popup.evaluate(() => [...document.querySelectorAll('li')].map((li) => `${li.getAttribute('aria-posinset')}/${li.getAttribute('aria-setsize')}`));
  expect(places.slice(0, 2)).toEqual(['1/120', '2/120']);

  await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => (await popup.rowNames()).at(-1)).toBe('item_119 on shop.example.test/');
  expect(await popup.rowNames()).not.toContain('item_000 on shop.example.test/');

  // Tabbing down from the top reaches rows that were not in the page when it opened.
  await popup.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(async () => (await popup.rowNames())[0]).toBe('item_000 on shop.example.test/');
  const first = shown.length;
  await popup.evaluate(() => document.querySelector<HTMLElement>('li button')?.focus());
  for (let i = 0; i < first + 5; i++) await popup.press('Tab');
  const far = { role: 'button', name: `item_${String(first + 5).padStart(3, '0')} on shop.example.test/` };
  expect(await popup.focused()).toEqual(far);

  // Leaving the editor of that row gives it focus back.
  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');
  await popup.press('Escape');
  await expect.poll(() => popup.focused()).toEqual(far);
});
