// Cookie stores only Firefox has: containers (a WebDriver BiDi user context is one) and
// first-party isolation (its own browser, launched with the pref on).
import { fileURLToPath } from 'node:url';
import type { Cookie } from '../../src/core/cookie';
import { HOSTS, type Site } from '../site/server.js';
import { headerPairs, nameValuePairs } from './harness/cookie-match';
import { asFirefox, launchFirefoxHarness, type FirefoxHarness } from './harness/firefox';
import { addHostOnlyCookie, save } from './harness/editor';
import { expect, test } from './harness/fixtures';
import type { PopupDriver } from './harness/types';
import { setCookieUrl } from './harness/zoo';

test.skip(({ crumbBrowser }) => crumbBrowser !== 'firefox', 'containers and first-party isolation exist in Firefox only');

const DEFAULT_STORE = 'firefox-default';

/** "name=value" of the store's cookies, sorted. */
function pairsIn(cookies: Cookie[], storeId: string): string[] {
  return nameValuePairs(cookies.filter((c) => c.storeId === storeId));
}

const echo = (site: Site) => `${site.origin(HOSTS.shop)}/echo`;

test.describe('containers', () => {
  /** The same site in the default store and in a container, with one cookie name in both. */
  async function plantBothStores(harness: FirefoxHarness, site: Site) {
    const plain = await harness.openSite(
      setCookieUrl(site, HOSTS.shop, 'shared=default-value; Path=/', 'outside=default-only; Path=/'),
    );
    const box = await harness.openSiteInContainer(
      setCookieUrl(site, HOSTS.shop, 'shared=container-value; Path=/', 'inside=container-only; Path=/'),
    );
    expect(box.storeId).toMatch(/^firefox-container-\d+$/);
    const jar = await harness.browserCookies();
    expect(pairsIn(jar, box.storeId)).toEqual(['inside=container-only', 'shared=container-value']);
    expect(pairsIn(jar, DEFAULT_STORE)).toEqual(['outside=default-only', 'shared=default-value']);
    return { plain, box };
  }

  test("a container tab's popup lists the container's cookies, a default tab's popup the default store's", async ({ harness, site }) => {
    const firefox = asFirefox(harness);
    const { plain, box } = await plantBothStores(firefox, site);

    const inBox = await harness.openPopup(box);
    await expect.poll(async () => (await inBox.rowNames()).sort()).toEqual(['inside on shop.example.test/', 'shared on shop.example.test/']);
    await inBox.openRow('shared on shop.example.test/');
    expect(await inBox.fieldValue('Value')).toBe('container-value');
    expect(await inBox.fieldValue('Cookie store')).toBe(box.storeId);

    const inDefault = await harness.openPopup(plain);
    await expect.poll(async () => (await inDefault.rowNames()).sort()).toEqual(['outside on shop.example.test/', 'shared on shop.example.test/']);
    await inDefault.openRow('shared on shop.example.test/');
    expect(await inDefault.fieldValue('Value')).toBe('default-value');
    expect(await inDefault.fieldValue('Cookie store')).toBe(DEFAULT_STORE);
  });

  test("edits in a container tab's popup land in the container's store only", async ({ harness, site }) => {
    const firefox = asFirefox(harness);
    const { box } = await plantBothStores(firefox, site);
    const popup = await harness.openPopup(box);

    await popup.openRow('shared on shop.example.test/');
    await popup.fill('Value', 'edited-in-container');
    await save(popup);
    await expect.poll(() => popup.rowText('shared on shop.example.test/')).toContain('edited-in-container');

    await addHostOnlyCookie(popup, HOSTS.shop, 'added', 'made-in-container');
    await expect.poll(() => popup.rowNames()).toContain('added on shop.example.test/');

    await popup.openRow('inside on shop.example.test/');
    await popup.click('Delete');
    await expect.poll(() => popup.rowNames()).not.toContain('inside on shop.example.test/');

    const jar = await harness.browserCookies();
    expect(pairsIn(jar, box.storeId)).toEqual(['added=made-in-container', 'shared=edited-in-container']);
    expect(pairsIn(jar, DEFAULT_STORE)).toEqual(['outside=default-only', 'shared=default-value']);
    expect(headerPairs(await box.cookieHeader(echo(site)))).toEqual(['added=made-in-container', 'shared=edited-in-container']);
    expect(headerPairs(await harness.siteCookieHeader(echo(site)))).toEqual(['outside=default-only', 'shared=default-value']);
  });
});

test.describe('first-party isolation', () => {
  const SITE_FPD = 'example.test';
  let isolated: FirefoxHarness | undefined;

  test.beforeAll(async () => {
    const extensionDir = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
    isolated = await launchFirefoxHarness(extensionDir, { 'privacy.firstparty.isolate': true });
  });

  test.afterAll(async () => {
    await isolated?.close();
  });

  test.afterEach(async () => {
    const testInfo = test.info();
    if (!isolated || testInfo.status === testInfo.expectedStatus) return;
    for (const attachment of await isolated.captureForFailure()) {
      await testInfo.attach(attachment.name, { body: attachment.body, contentType: attachment.contentType });
    }
  });

  /** A fresh isolated browser state with three cookies of shop.example.test, and its popup. */
  async function start(site: Site): Promise<{ harness: FirefoxHarness; popup: PopupDriver }> {
    const harness = isolated!;
    await harness.reset();
    const shop = await harness.openSite(
      setCookieUrl(site, HOSTS.shop, 'plain=isolated; Path=/', 'parent=of-the-site; Domain=example.test; Path=/', 'sec=secure-one; Secure; Path=/'),
    );
    const jar = await harness.browserCookies();
    expect(jar.map((c) => [c.name, c.firstPartyDomain]).sort()).toEqual([
      ['parent', SITE_FPD],
      ['plain', SITE_FPD],
      ['sec', SITE_FPD],
    ]);
    return { harness, popup: await harness.openPopup(shop) };
  }

  async function onlyCookieNamed(harness: FirefoxHarness, name: string): Promise<Cookie> {
    const found = (await harness.browserCookies()).filter((c) => c.name === name);
    expect(found, `cookies named ${name}`).toHaveLength(1);
    return found[0]!;
  }

  test('the popup lists the cookies, and the editor shows their first-party domain', async ({ site }) => {
    const { popup } = await start(site);
    await expect.poll(async () => (await popup.rowNames()).sort()).toEqual([
      'parent on .example.test/',
      'plain on shop.example.test/',
      'sec on shop.example.test/',
    ]);
    await popup.openRow('plain on shop.example.test/');
    expect(await popup.fieldValue('Value')).toBe('isolated');
    expect(await popup.fieldValue('First-party domain')).toBe(SITE_FPD);
  });

  test('updating a value keeps the cookie in its first-party domain', async ({ site }) => {
    const { harness, popup } = await start(site);
    const before = await onlyCookieNamed(harness, 'plain');
    await popup.openRow('plain on shop.example.test/');
    await popup.fill('Value', 'updated');
    await save(popup);

    expect(await onlyCookieNamed(harness, 'plain')).toEqual({ ...before, value: 'updated' });
    expect(headerPairs(await harness.siteCookieHeader(echo(site)))).toContain('plain=updated');
  });

  test("a cookie created in the popup gets the tab's first-party domain", async ({ site }) => {
    const { harness, popup } = await start(site);
    await addHostOnlyCookie(popup, HOSTS.shop, 'made', 'created-isolated');

    await expect.poll(() => popup.rowNames()).toContain('made on shop.example.test/');
    expect(await onlyCookieNamed(harness, 'made')).toMatchObject({ value: 'created-isolated', firstPartyDomain: SITE_FPD });
    expect(headerPairs(await harness.siteCookieHeader(echo(site)))).toContain('made=created-isolated');
  });

  test('deleting removes the isolated cookie, and Undo restores it in its first-party domain', async ({ site }) => {
    const { harness, popup } = await start(site);
    const before = await onlyCookieNamed(harness, 'sec');
    await popup.openRow('sec on shop.example.test/');
    await popup.click('Delete');
    await expect.poll(() => popup.rowNames()).not.toContain('sec on shop.example.test/');
    expect((await harness.browserCookies()).map((c) => c.name)).not.toContain('sec');
    expect(headerPairs(await harness.siteCookieHeader(echo(site)))).not.toContain('sec=secure-one');

    await popup.click('Undo');
    await expect.poll(() => popup.rowNames()).toContain('sec on shop.example.test/');
    expect(await onlyCookieNamed(harness, 'sec')).toEqual(before);
    expect(headerPairs(await harness.siteCookieHeader(echo(site)))).toContain('sec=secure-one');
  });
});
