// The side panel (Chrome) / sidebar (Firefox): the popup's list following the active tab, the
// popup's button that opens it, and the keyboard commands, in the browser's own words.
import { HOSTS } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import type { Cookie } from '../../src/core/cookie';
import type { BrowserHarness, ExtensionPageDriver } from './harness/types';
import { activateInPage, windowOfInPage } from './harness/tabs-in-page';
import { setCookieUrl } from './harness/zoo';

const SIDE_PANEL_PATH = 'src/pages/sidepanel/index.html';
const OPTIONS_PATH = 'src/pages/options/index.html';


/** Runs in an extension page: sends the tab to another address. */
async function navigateInPage([tabId, url]: [number, string]): Promise<void> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  await (scope.browser ?? scope.chrome).tabs.update(tabId, { url });
}

/** What the list shows for the jar's cookies of a site. */
function rowsOf(cookies: Cookie[], site: string): string[] {
  return cookies
    .filter((c) => c.domain.replace(/^\./, '') === site || c.domain.endsWith(`.${site}`))
    .map((c) => `${c.name} on ${c.domain}${c.path}`)
    .sort();
}

async function sortedRows(page: ExtensionPageDriver): Promise<string[]> {
  return (await page.rowNames()).sort();
}

test('follows the active tab: switching tabs and navigating change the list, without a reload', async ({ harness, site }) => {
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'basket=3; Path=/', 'seen=yes; Domain=example.test; Path=/'));
  const top = await harness.openSite(setCookieUrl(site, HOSTS.top, 'banner=closed; Path=/'));
  const control = await harness.openExtensionPage(OPTIONS_PATH);
  const windowId = await control.evaluate(windowOfInPage, shop.id);
  await control.evaluate(activateInPage, [top.id, windowId] as [number, number]);

  const panel = await harness.openExtensionPage(`${SIDE_PANEL_PATH}?windowId=${windowId}`);
  await panel.evaluate(() => {
    (globalThis as unknown as { loadedOnce: boolean }).loadedOnce = true;
  });
  await control.evaluate(activateInPage, [shop.id, windowId] as [number, number]);
  const jar = await harness.browserCookies();
  expect(rowsOf(jar, 'example.test')).toEqual(['basket on shop.example.test/', 'seen on .example.test/']);
  await expect.poll(() => sortedRows(panel)).toEqual(rowsOf(jar, 'example.test'));

  await control.evaluate(activateInPage, [top.id, windowId] as [number, number]);
  await expect.poll(() => sortedRows(panel)).toEqual(rowsOf(jar, 'top.test'));
  expect(rowsOf(jar, 'top.test')).toEqual(['banner on top.test/']);

  // The active tab goes to another site (and sets a cookie there): the list follows.
  await control.evaluate(navigateInPage, [top.id, setCookieUrl(site, HOSTS.sub, 'deep=1; Path=/')] as [number, string]);
  await expect.poll(async () => rowsOf(await harness.browserCookies(), 'example.test')).toContain('deep on sub.shop.example.test/');
  await expect.poll(async () => (await sortedRows(panel)).join('\n')).toBe(rowsOf(await harness.browserCookies(), 'example.test').join('\n'));

  expect(await panel.evaluate(() => (globalThis as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
});

/** Runs in an extension page: whether the browser shows Crumb's side panel or sidebar now. */
async function sidePanelOpenInPage(): Promise<boolean> {
  const scope = globalThis as unknown as { browser?: { sidebarAction: { isOpen(details: object): Promise<boolean> } }; chrome: typeof chrome };
  if (scope.browser?.sidebarAction) return scope.browser.sidebarAction.isOpen({});
  const contexts = await scope.chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.SIDE_PANEL] });
  return contexts.some((context) => context.documentUrl?.includes('/src/pages/sidepanel/index.html') === true);
}

const BUTTON: Record<BrowserHarness['name'], string> = { chromium: 'Open in side panel', firefox: 'Open in sidebar' };

test('the popup\'s button opens the side panel (Firefox: the sidebar)', async ({ harness, site }) => {
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'basket=3; Path=/'));
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toEqual(['basket on shop.example.test/']);
  const control = await harness.openExtensionPage(OPTIONS_PATH);
  expect(await control.evaluate(sidePanelOpenInPage)).toBe(false);

  expect(await popup.hasButton(BUTTON[harness.name])).toBe(true);
  await popup.click(BUTTON[harness.name]);
  await expect.poll(() => control.evaluate(sidePanelOpenInPage)).toBe(true);
  expect(await popup.alertText()).toBe('');
});

/** Runs in an extension page: each command the browser registered, with the shortcut it assigned. */
async function commandsInPage(): Promise<Record<string, string>> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const commands = await (scope.browser ?? scope.chrome).commands.getAll();
  return Object.fromEntries(commands.map((command) => [command.name ?? '', command.shortcut ?? '']));
}

test('keyboard commands: the browser assigned both suggested shortcuts', async ({ harness }) => {
  const control = await harness.openExtensionPage(OPTIONS_PATH);
  const sidePanelCommand = harness.name === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel';
  const commands = await control.evaluate(commandsInPage);
  expect(commands).toMatchObject({ _execute_action: 'Alt+Shift+K', [sidePanelCommand]: 'Alt+Shift+J' });
});
