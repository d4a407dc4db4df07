// What the popup shows must be readable and true: errors tied to their fields, no invented
// expiry for a session cookie, reasons in words, changes marked by more than colour, a page
// that reflows at 320 px, and a tab Crumb cannot read told as a fact, not an error.
import { HOSTS } from '../site/server.js';
import { expect, launchSpeaking, test } from './harness/fixtures';
import { reflowAt } from './harness/reflow';
import { SITES_PATH, TransferPage, DEFAULT_STORE } from './harness/transfer-page';
import type { PopupDriver } from './harness/types';
import { browserCookiesNamed, plantZoo, setCookieUrl } from './harness/zoo';

/** The named field's aria-invalid and the text of what describes it, read in the page. */
function fieldState(page: PopupDriver, label: string): Promise<{ invalid: string | null; description: string }> {
  return page.evaluate((wanted: string) => {
    const control = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === wanted)?.control;
    if (!control) throw new Error(`no field labelled ${wanted}`);
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const description = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
    return { invalid: control.getAttribute('aria-invalid'), description };
  }, label);
}

test('a rule error is tied to its field: aria-invalid, and the field is described by the error', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = await harness.browserCookies();
  const popup = await harness.openPopup(shop);
  await popup.openRow('plain on shop.example.test/');
  expect(await fieldState(popup, 'Name')).toEqual({ invalid: null, description: '' });

  await popup.fill('Name', 'two words');
  await popup.click('Save');
  const alert = await popup.alertText();
  expect(alert).toMatch(/Name/);
  const name = await fieldState(popup, 'Name');
  expect(name.invalid).toBe('true');
  expect(name.description).toBe(alert);
  expect((await fieldState(popup, 'Path')).invalid, 'only the field at fault').toBeNull();
  expect(await harness.browserCookies()).toEqual(before);
});

test('Session on: Expires and Max-Age are disabled and empty, and come back when it is off', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await popup.openRow('plain on shop.example.test/');
  expect(await popup.isChecked('Session')).toBe(true);
  expect([await popup.isDisabled('Expires'), await popup.fieldValue('Expires')]).toEqual([true, '']);
  expect([await popup.isDisabled('Max-Age'), await popup.fieldValue('Max-Age')]).toEqual([true, '']);

  await popup.setChecked('Session', false);
  expect(await popup.isDisabled('Expires')).toBe(false);
  expect(await popup.fieldValue('Expires')).not.toBe('');
  expect(Number(await popup.fieldValue('Max-Age'))).toBeGreaterThan(0);
  await popup.click('Cancel');
  expect((await browserCookiesNamed(harness, 'plain')).map((c) => c.session)).toEqual([true]);
});

test('a row says why a cookie is not sent in words, with the code as a detail; a changed row says Changed', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('acct on shop.example.test/account');
  const acct = await popup.rowText('acct on shop.example.test/account');
  expect(acct).toContain("Not sent: the cookie's path /account does not match the page's path /zoo (NotOnPath)");
  expect(await popup.rowText('plain on shop.example.test/')).not.toContain('Not sent');

  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'plain=changed-meanwhile; Path=/'));
  await expect.poll(() => popup.rowText('plain on shop.example.test/')).toContain('changed-meanwhile');
  expect(await popup.rowText('plain on shop.example.test/')).toContain('Changed');
  expect(await popup.rowText('sec on shop.example.test/')).not.toContain('Changed');
  expect((await browserCookiesNamed(harness, 'plain')).map((c) => c.value)).toEqual(['changed-meanwhile']);
});

test('a tab that is not a web page is told as a status, not an alert', async ({ harness }) => {
  const blank = await harness.openSite('data:text/html,<title>not a web page</title>');
  const popup = await harness.openPopup(blank);
  await expect.poll(() => popup.statusText()).toMatch(/web page/i);
  expect(await popup.alertText()).toBe('');
});

test('reflow: at 320 px no page scrolls sideways and no control is cut off; at 400 px the filter keeps its width', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');
  const check = async (page: PopupDriver, state: string) => expect(await reflowAt(page, 320), state).toEqual({ sideways: 0, clipped: [] });

  await check(popup, 'the popup list');
  await popup.setViewportWidth(400);
  const filterWidth = await popup.evaluate(() => document.querySelector('input[aria-label="Filter cookies"]')?.getBoundingClientRect().width ?? 0);
  expect(filterWidth, 'the filter at 400 px').toBeGreaterThanOrEqual(150);
  await popup.openRow('plain on shop.example.test/');
  await check(popup, 'the editor');
  await popup.click('Cancel');
  await popup.click('Changes');
  await check(popup, 'the Changes view');

  const sites = await harness.openExtensionPage(SITES_PATH);
  await expect.poll(() => sites.pageText()).toContain('example.test');
  await check(sites, 'All sites');

  const transfer = new TransferPage(harness, site);
  await transfer.open(`?storeId=${DEFAULT_STORE[harness.name]}&site=example.test`);
  await check(transfer.page, 'Import / export');
});

test('invisible and look-alike characters are named, with their code points and positions, in the row and the editor', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  // Firefox refuses a name outside ASCII: the value carries both kinds.
  const name = 'hidden';
  const value = 'p\u0430y\u200Bpal';
  await popup.click('Add cookie');
  await popup.fill('Name', name);
  await popup.fill('Value', value);
  await popup.click('Save');
  const row = `${name} on shop.example.test/`;
  await expect.poll(() => popup.rowNames()).toContain(row);
  expect((await browserCookiesNamed(harness, name)).map((c) => c.value), 'the jar holds exactly what was typed').toEqual([value]);

  expect(await popup.rowText(row)).toContain('HiddenCharacters');
  expect(await popup.rowText('plain on shop.example.test/')).not.toContain('HiddenCharacters');
  await popup.openRow(row);
  expect(await popup.regionText('Diagnosis')).toContain(
    'HiddenCharacters Holds characters that are invisible or look like others. Value: “\u0430” (U+0430), which looks like “a”, at position 2; U+200B, invisible, at position 4.',
  );
});

test('in a German browser, the rows say in German when each cookie expires', async ({ crumbBrowser, site }) => {
  const german = await launchSpeaking(crumbBrowser, 'de');
  try {
    const shop = await plantZoo(german.harness, site);
    const [dated] = await browserCookiesNamed(german.harness, 'dated');
    const daysLeft = Math.round((dated!.expirationDate! - Date.now() / 1000) / 86_400);
    const popup = await german.harness.openPopup(shop);
    await expect.poll(() => popup.rowText(`dated auf ${HOSTS.shop}/`)).toContain(`in ${daysLeft} Tagen`);
    expect(await popup.rowText(`plain auf ${HOSTS.shop}/`)).toContain('Sitzung');
    expect(await popup.rowText(`persist auf ${HOSTS.shop}/`)).toMatch(/in \d+ Std\./);
  } finally {
    await german.close();
  }
});
