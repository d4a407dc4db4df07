// Every page and state of Crumb passes axe-core with no violation, in light and dark (the
// system's, and a theme chosen on <html data-theme> against the system's), and logs no error
// or warning to its console.
import { HOSTS } from '../site/server.js';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { inEveryTheme } from './harness/themes';
import { DEFAULT_STORE, SITES_PATH, TransferPage } from './harness/transfer-page';
import type { PopupDriver } from './harness/types';
import { plantZoo } from './harness/zoo';

async function expectAccessible(page: PopupDriver, state: string): Promise<void> {
  await inEveryTheme(page, (theme) => expectNoAxeViolations(page, `${state}, ${theme}`));
}

function expectQuietConsole(page: PopupDriver, name: string): void {
  expect(page.consoleProblems(), `what ${name} logged`).toEqual([]);
}

test('popup: list, no filter match, editor, new cookie with a rule error, Undo after a delete, Changes', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');
  await expectAccessible(popup, 'the popup list');

  await popup.fill('Filter cookies', 'no-cookie-has-this');
  await expect.poll(() => popup.rowNames()).toEqual([]);
  await expectAccessible(popup, 'the popup with no filter match');
  await popup.fill('Filter cookies', '');

  await popup.openRow('plain on shop.example.test/');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');
  await expectAccessible(popup, 'the editor of an existing cookie');
  await popup.click('Cancel');

  await popup.click('Add cookie');
  await popup.fill('Name', 'two words');
  await popup.fill('Value', 'x');
  await popup.click('Save');
  expect(await popup.alertText()).toMatch(/Name/);
  await expectAccessible(popup, 'a new cookie with a rule error');
  await popup.click('Cancel');

  await popup.openRow('sec on shop.example.test/');
  await popup.click('Delete');
  await expect.poll(() => popup.hasButton('Undo')).toBe(true);
  await expectAccessible(popup, 'the popup after a delete, with Undo');

  await popup.click('Changes');
  await expect.poll(() => popup.isPressed('Changes')).toBe(true);
  await expectAccessible(popup, 'the Changes view');
  expectQuietConsole(popup, 'the popup');
});

test('popup: a site without cookies, and a tab that is not a web page', async ({ harness, site }) => {
  const empty = await harness.openSite(`${site.origin(HOSTS.shop)}/echo`);
  const popup = await harness.openPopup(empty);
  await expect.poll(() => popup.pageText()).toContain('This site has no cookies');
  await expectAccessible(popup, 'the popup of a site without cookies');
  expectQuietConsole(popup, 'the popup of a site without cookies');

  const blank = await harness.openSite('data:text/html,<title>not a web page</title>');
  const unsupported = await harness.openPopup(blank);
  await expect.poll(() => unsupported.pageText()).toMatch(/web page/i);
  await expectAccessible(unsupported, 'the popup of a tab that is not a web page');
  expectQuietConsole(unsupported, 'the popup of a tab that is not a web page');
});

test('DevTools panel page, list and editor', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const panel = await harness.openPanel(shop);
  await expect.poll(() => panel.rowNames()).toContain('plain on shop.example.test/');
  await expectAccessible(panel, 'the DevTools panel');
  await panel.openRow('plain on shop.example.test/');
  await expect.poll(() => panel.editorHeading()).toBe('Edit cookie');
  await expectAccessible(panel, 'the DevTools panel editor');
  expectQuietConsole(panel, 'the DevTools panel');
});

test('DevTools panel page: the request simulator with cookies sent, perhaps sent and not sent, and the inspector outside DevTools', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const panel = await harness.openPanel(shop);
  await expect.poll(() => panel.rowNames()).toContain('plain on shop.example.test/');
  await panel.select('Context', 'navigation-post-cross-site');
  await panel.click('Simulate');
  await expect.poll(() => panel.statusText()).toMatch(/Sends \d+ cookies/);
  await expectAccessible(panel, 'the request simulator');
  await panel.select('Context', 'iframe-cross-site');
  await expect.poll(() => panel.fieldValue('Top-level page')).toBe(shop.url);
  await expectAccessible(panel, 'the request simulator, embedded context');
  expectQuietConsole(panel, 'the DevTools panel');
});

test('All sites, and Import / export with a preview', async ({ harness, site }) => {
  await plantZoo(harness, site);
  const sites = await harness.openExtensionPage(SITES_PATH);
  await expect.poll(() => sites.pageText()).toContain('example.test');
  await expectAccessible(sites, 'All sites');
  expectQuietConsole(sites, 'All sites');

  const transfer = new TransferPage(harness, site);
  await transfer.open(`?storeId=${DEFAULT_STORE[harness.name]}&site=example.test`);
  await transfer.paste('shop.example.test\tFALSE\t/\tFALSE\t0\tfresh\tone\nshop.example.test\tFALSE\t/\tFALSE\t0\tbad name\tx');
  await transfer.preview();
  expect((await transfer.previewRows()).map((row) => row.status)).toEqual(['New', 'Rejected']);
  await expectAccessible(transfer.page, 'Import / export with a preview');
  expectQuietConsole(transfer.page, 'Import / export');
});
