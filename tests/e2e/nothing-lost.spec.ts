// Nothing lost: the background stopped in the middle of a change (as Chrome stops an idle or
// crashed worker, as Firefox terminates an event page), the popup closed, the browser's
// per-site limit. Every verdict comes from the real jar.
import { HOSTS, type Site } from '../site/server.js';
import type { Cookie } from '../../src/core/cookie';
import { comparable } from './harness/cookie-match';
import { expect, test as harnessTest } from './harness/fixtures';
import { TransferPage } from './harness/transfer-page';
import type { BrowserHarness, Tab } from './harness/types';
import { setCookieUrl } from './harness/zoo';

const test = harnessTest.extend<{ transfer: TransferPage }>({
  transfer: async ({ harness, site }, use) => {
    await use(new TransferPage(harness, site));
  },
});

/** What a browser says when a background stops under a request: never to be shown to a user. */
const RAW_ERRORS = /message channel|Receiving end does not exist|message port|Could not establish connection/i;

/** Lets the site set `count` cookies on shop.example.test, named `${prefix}0`… */
async function plantMany(harness: BrowserHarness, site: Site, count: number, prefix = 'c', secure = true): Promise<Tab> {
  const lines = Array.from({ length: count }, (_, i) => `${prefix}${i}=value-${i}; Path=/;${secure ? ' Secure;' : ''} Max-Age=86400`);
  return harness.openSite(setCookieUrl(site, HOSTS.shop, ...lines));
}

function netscape(cookies: { domain: string; name: string; value: string; secure: boolean }[]): string {
  const inADay = Math.round(Date.now() / 1000) + 86_400;
  return [
    '# Netscape HTTP Cookie File',
    ...cookies.map((c) => `${c.domain}\tFALSE\t/\t${c.secure ? 'TRUE' : 'FALSE'}\t${inADay}\t${c.name}\t${c.value}`),
  ].join('\n');
}

const named = (jar: Cookie[], name: string) => jar.filter((c) => c.name === name);

test('rename with the background stopped right after the new cookie is written: exactly one of old and new, with the original value', async ({ harness, site }) => {
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'sess=orig-value; Path=/; HttpOnly; Secure; Max-Age=86400'));
  const [original] = named(await harness.browserCookies(), 'sess');
  const popup = await harness.openPopup(shop);
  await popup.openRow('sess on shop.example.test/');
  await popup.fill('Name', 'sess2');
  const stopped = await harness.stopBackgroundAfterChanges(1);
  await popup.click('Save');
  await stopped();

  // Whatever the page shows, it is words from the journal, never the browser's raw error.
  await expect.poll(async () => `${await popup.alertText()} ${await popup.statusText()}`).toMatch(/Crumb was interrupted while saving “sess”|Saved/);
  expect(`${await popup.alertText()} ${await popup.statusText()}`).not.toMatch(RAW_ERRORS);
  const jar = await harness.browserCookies();
  const survivors = [...named(jar, 'sess'), ...named(jar, 'sess2')];
  expect(survivors).toHaveLength(1);
  expect(survivors[0]).toMatchObject({ value: 'orig-value', httpOnly: true, secure: true, session: false });
  expect(Math.abs(survivors[0]!.expirationDate! - original!.expirationDate!)).toBeLessThan(1);
});

test('delete all shown on 150 cookies, background stopped part way: the popup says how many went, and Undo brings every one back', async ({ harness, site }) => {
  const shop = await plantMany(harness, site, 150);
  const before = comparable(await harness.browserCookies());
  expect(before).toHaveLength(150);
  const popup = await harness.openPopup(shop);
  await expect.poll(async () => (await popup.rowNames()).length).toBeGreaterThan(0);
  const stopped = await harness.stopBackgroundAfterChanges(16);
  await popup.click('Delete all shown');
  await stopped();

  await expect.poll(() => popup.statusText()).toMatch(/^Crumb was interrupted while deleting 150 cookies: \d+ (?:was|were) deleted\.|^Deleted 150 cookies\./);
  const left = (await harness.browserCookies()).length;
  const said = await popup.statusText();
  const deleted = Number(/: (\d+) (?:was|were) deleted/.exec(said)?.[1] ?? 150);
  expect(deleted, said).toBe(150 - left);
  expect(said).not.toMatch(RAW_ERRORS);

  await popup.click('Undo');
  await expect.poll(() => popup.statusText()).toMatch(/^Restored \d+ cookies\.$/);
  expect(comparable(await harness.browserCookies())).toEqual(before);
});

test('delete all shown, close the popup, reopen it: Undo is still offered and restores every cookie', async ({ harness, site }) => {
  const shop = await plantMany(harness, site, 20);
  const before = comparable(await harness.browserCookies());
  const first = await harness.openPopup(shop);
  // The list arrives whole, but only the rows in view are in the page: how many depends on the window.
  await expect.poll(async () => (await first.rowNames()).length).toBeGreaterThan(0);
  await first.click('Delete all shown');
  await expect.poll(() => first.statusText()).toBe('Deleted 20 cookies.');
  expect(await harness.browserCookies()).toEqual([]);
  await first.close();

  await harness.stopBackground();
  const again = await harness.openPopup(shop);
  await expect.poll(() => again.statusText()).toBe('Deleted 20 cookies.');
  await again.click('Undo');
  await expect.poll(() => again.statusText()).toBe('Restored 20 cookies.');
  expect(comparable(await harness.browserCookies())).toEqual(before);
});

test('import past the per-site limit: the preview names what the browser will evict, the report counts the jar, and Undo puts the evicted back', async ({ harness, site, transfer }) => {
  // Sites' own cookies are often not Secure: both browsers evict those first.
  await plantMany(harness, site, 10, 'own', false);
  const before = comparable(await harness.browserCookies());
  await transfer.open(`?storeId=${transfer.store}`);
  const incoming = Array.from({ length: 175 }, (_, i) => ({ domain: HOSTS.shop, name: `imp${i}`, value: `v${i}`, secure: true }));
  await transfer.paste(netscape(incoming));
  await transfer.preview();
  const limits = await transfer.page.listItems('Sites past the browser’s limit');
  expect(limits).toHaveLength(1);
  expect(limits[0]).toContain('example.test holds 10 cookies and this import adds 175');
  for (let i = 0; i < 10; i++) expect(limits[0]).toContain(`own${i}`);

  await transfer.confirmImport(175);
  const jar = await harness.browserCookies();
  const held = jar.filter((c) => c.name.startsWith('imp')).length;
  const report = await transfer.reportText();
  expect(report).toContain(`Imported ${held} cookies.`);
  const evicted = before.filter((c) => !jar.some((now) => now.name === c.name));
  expect(evicted.length).toBeGreaterThan(0);
  expect(report).toContain(`The browser evicted ${evicted.length} other ${evicted.length === 1 ? 'cookie' : 'cookies'}`);
  for (const cookie of evicted) expect(report).toContain(cookie.name);

  await transfer.undo();
  expect(await transfer.jar()).toEqual(before);
});

test('undo of an import that replaced a non-Secure cookie with a Secure one puts the non-Secure one back', async ({ harness, site, transfer }) => {
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'pref=light; Path=/; Max-Age=86400'));
  const before = await transfer.jar();
  expect(named(before, 'pref')).toEqual([expect.objectContaining({ value: 'light', secure: false })]);
  await transfer.open(`?storeId=${transfer.store}`);
  await transfer.paste(netscape([{ domain: HOSTS.shop, name: 'pref', value: 'dark', secure: true }]));
  await transfer.preview();
  await transfer.confirmImport(1);
  expect(named(await transfer.jar(), 'pref')).toEqual([expect.objectContaining({ value: 'dark', secure: true })]);

  await transfer.undo();
  expect(await transfer.reportText()).toBe('Import undone: 0 created cookies removed, 1 replaced cookie restored.');
  expect(await transfer.jar()).toEqual(before);
});

test('import of 1,000 cookies over 10 sites, background stopped part way: the page says how many were written, and Undo import removes them', async ({ harness, transfer }) => {
  await transfer.open(`?storeId=${transfer.store}`);
  const incoming = Array.from({ length: 1000 }, (_, i) => ({ domain: `site${i % 10}.test`, name: `bulk${i}`, value: `v${i}`, secure: true }));
  await transfer.paste(netscape(incoming));
  await transfer.preview();
  const stopped = await harness.stopBackgroundAfterChanges(150);
  await transfer.page.click('Import 1,000 cookies');
  // A loaded machine writes a few dozen cookies a second: give the first 150 time.
  await stopped(60_000);

  await expect.poll(() => transfer.reportText()).toMatch(/^Crumb was interrupted while importing 1,000 cookies: \d+ (?:was|were) written\.|^Imported 1,000 cookies\./);
  const report = await transfer.reportText();
  const written = (await harness.browserCookies()).length;
  expect(Number(/: (\d+) (?:was|were) written/.exec(report)?.[1] ?? 1000), report).toBe(written);
  expect(report).not.toMatch(RAW_ERRORS);

  await transfer.undo();
  expect(await harness.browserCookies()).toEqual([]);
});

test('an editor left open while the site changes the cookie says so on Save, and overwrites only when saved again', async ({ harness, site }) => {
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'pref=first; Path=/; Max-Age=86400'));
  const popup = await harness.openPopup(shop);
  await popup.openRow('pref on shop.example.test/');
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'pref=from-the-site; Path=/; Max-Age=86400'));
  await popup.fill('Value', 'from-the-editor');
  await popup.click('Save');

  await expect.poll(() => popup.alertText()).toContain('“pref” changed since you opened it: its value is now “from-the-site”.');
  expect(named(await harness.browserCookies(), 'pref').map((c) => c.value)).toEqual(['from-the-site']);

  await popup.click('Save');
  await expect.poll(async () => named(await harness.browserCookies(), 'pref').map((c) => c.value)).toEqual(['from-the-editor']);
});

test('Undo import is still offered when the page is closed and opened again after the background restarted', async ({ harness, site, transfer }) => {
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'pref=light; Path=/; Max-Age=86400'));
  const before = await transfer.jar();
  await transfer.open(`?storeId=${transfer.store}`);
  await transfer.paste(netscape([{ domain: HOSTS.shop, name: 'pref', value: 'dark', secure: false }, { domain: HOSTS.shop, name: 'fresh', value: 'new', secure: true }]));
  await transfer.preview();
  await transfer.confirmImport(2);
  await transfer.page.close();

  await harness.stopBackground();
  await transfer.open(`?storeId=${transfer.store}`);
  await expect.poll(() => transfer.reportText()).toBe('Imported 2 cookies.');
  await transfer.undo();
  expect(await transfer.reportText()).toBe('Import undone: 1 created cookie removed, 1 replaced cookie restored.');
  expect(await transfer.jar()).toEqual(before);
});
