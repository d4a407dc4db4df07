// The Options page (src/pages/options): each choice is stored in storage.sync and every open
// Crumb page follows it at once, in both browsers. Verdicts come from storage and the jar.
import { HOSTS } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import { syncStorageInPage } from './harness/extension-state';
import { DEFAULT_STORE, POPUP_PATH, SITES_PATH } from './harness/transfer-page';
import type { ExtensionPageDriver } from './harness/types';
import { browserCookiesNamed, plantZoo, setCookieUrl } from './harness/zoo';

const OPTIONS_PATH = 'src/pages/options/index.html';
const TRANSFER_PATH = 'src/pages/transfer/index.html';

/** Runs in the page: its `<html data-theme>`, null when absent (System). */
function themeInPage(): string | null {
  return document.documentElement.getAttribute('data-theme');
}

/** Runs in the all-sites page: the Expires cell of the row whose Name cell is `name`. */
function expiresCellInPage(name: string): string | null {
  const row = [...(document.querySelector('table')?.rows ?? [])].find((r) => r.cells[0]?.textContent === name);
  return row?.cells[4]?.textContent ?? null;
}

async function storedPreferences(page: ExtensionPageDriver): Promise<unknown> {
  return (await page.evaluate(syncStorageInPage)).preferences;
}

test('Theme: stored in storage.sync, and every open page and every new one takes it at once', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openExtensionPage(`${POPUP_PATH}?tabId=${shop.id}`);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');
  const options = await harness.openExtensionPage(OPTIONS_PATH);
  expect(await options.selectedOption('Theme')).toBe('System');
  expect(await popup.evaluate(themeInPage)).toBeNull();

  await options.select('Theme', 'Dark');
  await expect.poll(() => storedPreferences(options)).toMatchObject({ theme: 'dark' });
  await expect.poll(() => options.statusText()).toBe('Saved.');
  await expect.poll(() => popup.evaluate(themeInPage)).toBe('dark');
  expect(await options.evaluate(themeInPage)).toBe('dark');

  // A page opened now starts in it too.
  const sites = await harness.openExtensionPage(SITES_PATH);
  expect(await sites.evaluate(themeInPage)).toBe('dark');

  await options.select('Theme', 'Light');
  await expect.poll(() => storedPreferences(options)).toMatchObject({ theme: 'light' });
  await expect.poll(() => popup.evaluate(themeInPage)).toBe('light');
  await expect.poll(() => sites.evaluate(themeInPage)).toBe('light');

  await options.select('Theme', 'System');
  await expect.poll(() => storedPreferences(options)).toMatchObject({ theme: 'system' });
  await expect.poll(() => popup.evaluate(themeInPage)).toBeNull();
  await expect.poll(() => sites.evaluate(themeInPage)).toBeNull();
});

test('Show decoded values: an open editor shows or hides the decoded value as it changes', async ({ harness, site }) => {
  const tab = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'enc=a%20b%26c; Path=/'));
  expect((await browserCookiesNamed(harness, 'enc')).map((c) => c.value)).toEqual(['a%20b%26c']);
  const popup = await harness.openPopup(tab);
  await popup.openRow('enc on shop.example.test/');
  await expect.poll(() => popup.fieldValue('Decoded value')).toBe('a b&c');

  const options = await harness.openExtensionPage(OPTIONS_PATH);
  expect(await options.isChecked('Show decoded values')).toBe(true);
  await options.setChecked('Show decoded values', false);
  await expect.poll(() => storedPreferences(options)).toMatchObject({ showDecoded: false });
  await expect.poll(() => popup.pageText()).not.toContain('Decoded value');
  expect(await popup.fieldValue('Value')).toBe('a%20b%26c');

  await options.setChecked('Show decoded values', true);
  await expect.poll(() => storedPreferences(options)).toMatchObject({ showDecoded: true });
  await expect.poll(() => popup.fieldValue('Decoded value')).toBe('a b&c');
});

test('Default export format: Import / export starts with it, and follows a change while open', async ({ harness, site }) => {
  await plantZoo(harness, site);
  const transfer = await harness.openExtensionPage(`${TRANSFER_PATH}?storeId=${DEFAULT_STORE[harness.name]}`);
  const exportFormat = { region: 'Export', label: 'Format' };
  await expect.poll(() => transfer.selectedOption(exportFormat)).toBe('Crumb JSON');

  const options = await harness.openExtensionPage(OPTIONS_PATH);
  await options.select('Default export format', 'Netscape cookies.txt');
  await expect.poll(() => storedPreferences(options)).toMatchObject({ exportFormat: 'netscape' });
  await expect.poll(() => transfer.selectedOption(exportFormat)).toBe('Netscape cookies.txt');

  const later = await harness.openExtensionPage(`${TRANSFER_PATH}?storeId=${DEFAULT_STORE[harness.name]}`);
  await expect.poll(() => later.selectedOption(exportFormat)).toBe('Netscape cookies.txt');
});

test('Dates: All sites shows expiry in UTC, and back in local time, without a reload', async ({ harness, site }) => {
  await plantZoo(harness, site);
  const [dated] = await browserCookiesNamed(harness, 'dated');
  const expires = dated!.expirationDate!;
  const sites = await harness.openExtensionPage(SITES_PATH);
  await expect.poll(() => sites.evaluate(expiresCellInPage, 'dated')).not.toBeNull();
  const local = await sites.evaluate(expiresCellInPage, 'dated');
  expect(local).not.toContain('UTC');

  const options = await harness.openExtensionPage(OPTIONS_PATH);
  await options.select('Dates', 'UTC');
  await expect.poll(() => storedPreferences(options)).toMatchObject({ dates: 'utc' });
  const utc = `${new Date(Math.floor(expires) * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  await expect.poll(() => sites.evaluate(expiresCellInPage, 'dated')).toBe(utc);

  await options.select('Dates', 'Local time');
  await expect.poll(() => sites.evaluate(expiresCellInPage, 'dated')).toBe(local);
});
