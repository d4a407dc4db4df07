// Every page and state of Crumb passes axe-core with no violation, in light and dark (the
// system's, and a theme chosen on <html data-theme> against the system's), and logs no error
// or warning to its console; the pages without a test of their own in look.spec also reflow at
// 320 px.
import { HOSTS } from '../site/server.js';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { reflowAt } from './harness/reflow';
import { activateInPage, newWindowInPage, ownWindowInPage, windowOfInPage } from './harness/tabs-in-page';
import { inEveryTheme } from './harness/themes';
import { DEFAULT_STORE, SITES_PATH, TransferPage } from './harness/transfer-page';
import type { PopupDriver } from './harness/types';
import { plantZoo, setCookieUrl } from './harness/zoo';

const RULES_PATH = 'src/pages/rules/index.html';
const OPTIONS_PATH = 'src/pages/options/index.html';
const SIDE_PANEL_PATH = 'src/pages/sidepanel/index.html';

async function expectAccessible(page: PopupDriver, state: string): Promise<void> {
  await inEveryTheme(page, (theme) => expectNoAxeViolations(page, `${state}, ${theme}`));
}

async function expectReflow(page: PopupDriver, state: string): Promise<void> {
  expect(await reflowAt(page, 320), `${state} at 320 px`).toEqual({ sideways: 0, clipped: [] });
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
  await expect.poll(() => panel.statusText()).toMatch(/Sends \d+ cookies?\b/);
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

test('Rules page: a protected cookie, a block rule with its count, a profile, and a block rule being edited', async ({ harness, site }) => {
  await plantZoo(harness, site);
  // Not rules.spec's names: the Changes timeline of this browser session outlives the test.
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'ad_id=1; Path=/'));
  const popup = await harness.openPopup(shop);
  await popup.openRow('plain on shop.example.test/');
  await popup.setChecked('Protected', true);
  await expect.poll(() => popup.statusText()).toBe('Crumb now protects “plain”.');
  await popup.click('Cancel');
  await popup.openRow('ad_id on shop.example.test/');
  await popup.click('Block this cookie');
  await expect.poll(() => popup.statusText()).toContain('Crumb now blocks cookies named “ad_id”');
  await popup.click('Profiles');
  await popup.fill('Profile name', 'Alice');
  await popup.click('Save as profile');
  await expect.poll(() => popup.listItems('Profiles')).toEqual([expect.stringContaining('Alice')]);

  const rules = await harness.openExtensionPage(RULES_PATH);
  await expect.poll(() => rules.listItems('Block rules')).toEqual([expect.stringContaining('blocked 1 time')]);
  expect(await rules.listItems('example.test')).toEqual([expect.stringContaining('plain shop.example.test/')]);
  expect(await rules.pageText()).toContain('Alice');
  await expectAccessible(rules, 'the Rules page');
  await expectReflow(rules, 'the Rules page');

  await rules.click('Edit');
  await expect.poll(() => rules.fieldValue('Name')).toBe('ad_id');
  await expectAccessible(rules, 'the Rules page editing a block rule');
  await expectReflow(rules, 'the Rules page editing a block rule');
  expectQuietConsole(rules, 'the Rules page');
});

test('Options page', async ({ harness }) => {
  const options = await harness.openExtensionPage(OPTIONS_PATH);
  await expect.poll(() => options.selectedOption('Theme')).toBe('System');
  await expectAccessible(options, 'the Options page');
  await expectReflow(options, 'the Options page');
  expectQuietConsole(options, 'the Options page');
});

test('side panel page (Firefox: sidebar page), list and editor', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  // The panel follows the shop's window from a window of its own, where it is the active tab:
  // Firefox pauses a page in a background tab, where a side panel beside its tab is drawn.
  const control = await harness.openExtensionPage(OPTIONS_PATH);
  const followed = await control.evaluate(windowOfInPage, shop.id);
  await control.evaluate(newWindowInPage);
  const panel = await harness.openExtensionPage(`${SIDE_PANEL_PATH}?windowId=${followed}`);
  await control.evaluate(activateInPage, [shop.id, followed] as [number, number]);
  expect(await panel.evaluate(ownWindowInPage), 'the panel is not a background tab of the window it follows').not.toBe(followed);
  await expect.poll(() => panel.rowNames()).toContain('plain on shop.example.test/');
  await expectAccessible(panel, 'the side panel list');
  await expectReflow(panel, 'the side panel list');

  await panel.openRow('plain on shop.example.test/');
  await expect.poll(() => panel.editorHeading()).toBe('Edit cookie');
  await expectAccessible(panel, 'the side panel editor');
  await expectReflow(panel, 'the side panel editor');
  expectQuietConsole(panel, 'the side panel');
});
