// Private windows (Chrome: incognito) in both browsers: a private tab's popup works on the private
// store only, and the full pages it opens (in a normal window, as Chrome's spanning mode puts
// them) say which store they show and let its cookies go when the private session ends.
import { HOSTS, type Site } from '../site/server.js';
import { expectNoAxeViolations } from './harness/axe';
import { nameValuePairs } from './harness/cookie-match';
import { addHostOnlyCookie, save } from './harness/editor';
import { expect, test } from './harness/fixtures';
import { inEveryTheme } from './harness/themes';
import type { BrowserHarness, PrivateTab, Tab } from './harness/types';
import { setCookieUrl } from './harness/zoo';

const STORES: Record<BrowserHarness['name'], { normal: string; private: string }> = {
  chromium: { normal: '0', private: '1' },
  firefox: { normal: 'firefox-default', private: 'firefox-private' },
};

const ENDED = 'The private session has ended: its cookies are gone, and this page no longer shows them.';

/** Runs in the page: the href of the one link with this exact text, as written. */
function linkInPage(name: string): string | null {
  const link = [...document.querySelectorAll('a[href]')].find((a) => (a.textContent ?? '').trim() === name);
  return link?.getAttribute('href') ?? null;
}

/** Runs in the page: everything it shows, the text boxes' content included (an export preview holds values). */
function everythingShownInPage(): string {
  const boxes = [...document.querySelectorAll('textarea, input')].map((box) => (box as HTMLInputElement).value);
  return [document.body.innerText, ...boxes].join('\n');
}

/** The same site in the normal store and in the private one, with one cookie name in both. */
async function plantBothStores(harness: BrowserHarness, site: Site): Promise<{ normal: Tab; secret: PrivateTab }> {
  const stores = STORES[harness.name];
  const normal = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'shared=normal-value; Path=/', 'outside=normal-only; Path=/'));
  const secret = await harness.openPrivateSite(setCookieUrl(site, HOSTS.shop, 'shared=private-value; Path=/', 'inside=private-only; Path=/'));
  expect(secret.storeId).toBe(stores.private);
  expect(nameValuePairs(await harness.storeCookies(stores.private))).toEqual(['inside=private-only', 'shared=private-value']);
  expect(nameValuePairs(await harness.storeCookies(stores.normal))).toEqual(['outside=normal-only', 'shared=normal-value']);
  return { normal, secret };
}

test("a private tab's popup lists the private store's cookies only", async ({ harness, site }) => {
  const { secret } = await plantBothStores(harness, site);
  const popup = await harness.openPopup(secret);
  await expect.poll(async () => (await popup.rowNames()).sort()).toEqual(['inside on shop.example.test/', 'shared on shop.example.test/']);
  await popup.openRow('shared on shop.example.test/');
  expect(await popup.fieldValue('Value')).toBe('private-value');
  expect(await popup.fieldValue('Cookie store')).toBe(secret.storeId);
});

test("editing, creating and deleting in a private tab's popup change the private store only, and Undo restores there", async ({ harness, site }) => {
  const stores = STORES[harness.name];
  const { secret } = await plantBothStores(harness, site);
  const normalBefore = await harness.storeCookies(stores.normal);
  const popup = await harness.openPopup(secret);

  await popup.openRow('shared on shop.example.test/');
  await popup.fill('Value', 'edited-privately');
  await save(popup);
  await addHostOnlyCookie(popup, HOSTS.shop, 'added', 'made-privately');
  await expect.poll(() => popup.rowNames()).toContain('added on shop.example.test/');
  expect(nameValuePairs(await harness.storeCookies(stores.private))).toEqual(['added=made-privately', 'inside=private-only', 'shared=edited-privately']);

  const inside = (await harness.storeCookies(stores.private)).find((c) => c.name === 'inside');
  await popup.openRow('inside on shop.example.test/');
  await popup.click('Delete');
  await expect.poll(() => popup.rowNames()).not.toContain('inside on shop.example.test/');
  expect(nameValuePairs(await harness.storeCookies(stores.private))).toEqual(['added=made-privately', 'shared=edited-privately']);

  await popup.click('Undo');
  await expect.poll(() => popup.rowNames()).toContain('inside on shop.example.test/');
  expect((await harness.storeCookies(stores.private)).find((c) => c.name === 'inside')).toEqual(inside);
  expect(nameValuePairs(await harness.storeCookies(stores.private))).toEqual(['added=made-privately', 'inside=private-only', 'shared=edited-privately']);
  expect(await harness.storeCookies(stores.normal)).toEqual(normalBefore);
});

for (const link of ['All sites', 'Import / export']) {
  test(`${link} opened from a private popup says it shows private window cookies, and lets them go when the private session ends`, async ({ harness, site }) => {
    const stores = STORES[harness.name];
    const { secret } = await plantBothStores(harness, site);
    const popup = await harness.openPopup(secret);
    await expect.poll(() => popup.rowNames()).toContain('shared on shop.example.test/');
    // The popup draws its rows before its UI, links included, has loaded.
    await expect.poll(() => popup.evaluate(linkInPage, link)).toContain(`storeId=${encodeURIComponent(stores.private)}`);
    const href = await popup.evaluate(linkInPage, link);
    const page = await harness.openExtensionPage(new URL(href!, 'https://x.invalid/src/pages/popup/index.html').href.replace('https://x.invalid/', ''));
    await popup.close();

    await expect.poll(() => page.evaluate(everythingShownInPage)).toContain('private-value');
    expect(await page.evaluate(everythingShownInPage)).not.toContain('normal-value');
    expect(await page.regionText('Cookie store shown')).toBe('Private window cookies');

    await harness.closePrivateWindows();
    await expect.poll(() => page.regionText('Cookie store shown')).toBe(`Private window cookies ${ENDED}`);
    expect(await page.alertText()).toBe(ENDED);
    expect(await page.evaluate(everythingShownInPage)).not.toContain('private-value');
    // The normal store was never the page's to show, and stays as it was.
    expect(nameValuePairs(await harness.storeCookies(stores.normal))).toEqual(['outside=normal-only', 'shared=normal-value']);
    expect(page.consoleProblems()).toEqual([]);
  });
}

test('All sites opened for the private store after the private session ended says so, and lists nothing', async ({ harness, site }) => {
  const stores = STORES[harness.name];
  await plantBothStores(harness, site);
  await harness.closePrivateWindows();

  const page = await harness.openExtensionPage(`src/pages/sites/index.html?storeId=${stores.private}`);
  await expect.poll(() => page.regionText('Cookie store shown')).toBe(`Private window cookies ${ENDED}`);
  expect(await page.alertText()).toBe(ENDED);
  expect(await page.evaluate(everythingShownInPage)).not.toContain('-value');
  await inEveryTheme(page, (theme) => expectNoAxeViolations(page, `All sites, private session ended, ${theme}`));
  expect(page.consoleProblems()).toEqual([]);
});
