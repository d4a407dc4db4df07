// Optional host access, in Firefox: MV3 leaves `host_permissions` to the user, so with
// grantByDefault off Crumb starts with none, as after a user's install. Every test gets a
// browser of its own: a fresh profile is the one sure state with no grant at all.
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { HOSTS, PARTITIONED, ZOO } from '../site/server.js';
import { headerPairs } from './harness/cookie-match';
import { launchFirefoxHarness, type FirefoxHarness } from './harness/firefox';
import { copyOfBuild, expect, test as harnessTest } from './harness/fixtures';
import type { ExtensionPageDriver, PopupDriver } from './harness/types';
import { SUBDOMAIN_COOKIE, ZOO_ROWS, plantZoo } from './harness/zoo';

const PREFS = {
  'extensions.originControls.grantByDefault': false,
  // permissions.request then grants without the doorhanger a headless test cannot click.
  'extensions.webextOptionalPermissionPrompts': false,
};

/** Any extension page does for calling the permissions API; this one is always built. */
const HELPER_PAGE = 'src/pages/popup/index.html';

const ALL_SITES = '*://*/*';
/** Both schemes, and every host below the registrable domain. */
const EXAMPLE_SITE = '*://*.example.test/*';

/** One row of each kind the issue names. */
const ROWS = {
  secure: 'sec on shop.example.test/',
  notSecure: 'plain on shop.example.test/',
  parentDomain: 'parent on .example.test/',
  subdomain: SUBDOMAIN_COOKIE.row,
};

/** Values that would show if any cookie of the zoo were listed. */
const ZOO_VALUES = [...ZOO.map((c) => c.value), SUBDOMAIN_COOKIE.value, PARTITIONED.value];

const NO_ACCESS_HEADING = /Crumb has no access to (?:this tab’s site|the cookies of (\S+)) yet/;

/** How scripts evaluated in an extension page reach the WebExtension API (types only). */
interface ExtensionGlobal {
  browser: ExtensionApi;
  crumbTestRequest?: Promise<string>;
}

const test = harnessTest.extend<{ firefox: FirefoxHarness }, { firefoxBuild: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
  firefoxBuild: [async ({}, use) => {
    const build = await copyOfBuild('firefox');
    await use(build.dir);
    await build.remove();
  }, { scope: 'worker' }],

  firefox: async ({ firefoxBuild }, use, testInfo) => {
    const harness = await launchFirefoxHarness(firefoxBuild, PREFS);
    try {
      await use(harness);
      if (testInfo.status !== testInfo.expectedStatus) {
        for (const attachment of await harness.captureForFailure()) {
          await testInfo.attach(attachment.name, { body: attachment.body, contentType: attachment.contentType });
        }
      }
    } finally {
      await harness.close();
    }
  },
});

test.skip(({ crumbBrowser }) => crumbBrowser !== 'firefox', 'Chromium grants MV3 host permissions at install; Firefox leaves them to the user');

/** The host patterns Crumb holds, sorted. */
async function grantedOrigins(page: ExtensionPageDriver): Promise<string[]> {
  return page.evaluate(async () => {
    const { origins } = await (globalThis as unknown as ExtensionGlobal).browser.permissions.getAll();
    return (origins ?? []).sort();
  });
}

const REQUEST_BUTTON = 'Request host access';

/**
 * permissions.request only works in a user's click, so the page gets a button asking for the
 * origins, covering it whole, and a real click on it.
 */
async function requestByClick(page: ExtensionPageDriver, origins: string[]): Promise<boolean> {
  await page.evaluate(([wanted, name]) => {
    const scope = globalThis as unknown as ExtensionGlobal;
    const button = document.createElement('button');
    button.textContent = name;
    button.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647';
    button.addEventListener('click', () => {
      scope.crumbTestRequest = scope.browser.permissions.request({ origins: wanted }).then(
        (granted) => String(granted),
        (error: unknown) => `failed: ${String(error)}`,
      );
    });
    document.body.append(button);
  }, [origins, REQUEST_BUTTON] as const);
  await page.click(REQUEST_BUTTON);
  const outcome = await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).crumbTestRequest ?? 'not clicked');
  if (outcome !== 'true' && outcome !== 'false') throw new Error(`permissions.request(${origins.join(', ')}): ${outcome}`);
  return outcome === 'true';
}

/**
 * Asserts the popup shows the no-access section for `site` and nothing else: the buttons, no
 * alert, no cookie. Answers the site the heading names, or null when the browser hid the
 * tab's URL from Crumb (then it cannot offer "Allow on this site").
 */
async function expectNoAccess(popup: PopupDriver, site: string): Promise<string | null> {
  await expect.poll(() => popup.pageText()).toMatch(NO_ACCESS_HEADING);
  const text = await popup.pageText();
  const match = NO_ACCESS_HEADING.exec(text);
  const heading = match?.[0] ?? '';
  const named = match?.[1] ?? null;
  if (named !== null) expect(named, 'the site the heading names').toBe(site);
  // The heading labels the section, so the buttons are found in a region of that name.
  const section = await popup.regionText(heading);
  expect(section).toContain('Allow on all sites');
  expect(await popup.hasButton('Allow on all sites')).toBe(true);
  expect(await popup.hasButton('Allow on this site'), 'offered exactly when the site is known').toBe(named !== null);
  expect(await popup.alertText()).toBe('');
  expect(await popup.hasButton(ROWS.notSecure)).toBe(false);
  for (const value of ZOO_VALUES) expect(text, 'a cookie value on the page').not.toContain(value);
  return named;
}

/** Every cookie of the zoo is listed, and the Secure flag shows where it is set. */
async function expectWholeZoo(popup: PopupDriver): Promise<void> {
  await expect.poll(async () => (await popup.rowNames()).sort()).toEqual([...ZOO_ROWS].sort());
  const rows = await popup.rowNames();
  for (const row of Object.values(ROWS)) expect(rows).toContain(row);
  expect(await popup.rowText(ROWS.secure)).toContain('Secure');
  expect(await popup.rowText(ROWS.notSecure)).not.toContain('Secure');
  expect(await popup.alertText()).toBe('');
}

test('without a grant the popup says it has no access and offers it, with no error and no cookie', async ({ firefox, site }) => {
  const shop = await plantZoo(firefox, site);
  // The cookies exist: the site receives them.
  expect(headerPairs(await firefox.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`))).toContain('plain=host-only-session');
  expect(await grantedOrigins(await firefox.openExtensionPage(HELPER_PAGE))).toEqual([]);

  await expectNoAccess(await firefox.openPopup(shop), 'example.test');
});

test('"Allow on all sites" lists every cookie at once in the same popup', async ({ firefox, site }) => {
  const shop = await plantZoo(firefox, site);
  const popup = await firefox.openPopup(shop);
  await expectNoAccess(popup, 'example.test');

  await popup.click('Allow on all sites');
  await expectWholeZoo(popup);
  expect(await grantedOrigins(await firefox.openExtensionPage(HELPER_PAGE))).toEqual([ALL_SITES]);
});

test("a grant for one site lists that site's cookies, and another site still has no access", async ({ firefox, site }) => {
  const shop = await plantZoo(firefox, site);
  const top = await firefox.openSite(`${site.origin(HOSTS.top)}/`);
  const popup = await firefox.openPopup(shop);
  const known = await expectNoAccess(popup, 'example.test');

  const helper = await firefox.openExtensionPage(HELPER_PAGE);
  if (known !== null) {
    await popup.click('Allow on this site');
  } else {
    test.info().annotations.push({ type: 'site grant', description: 'asked from an extension page: the popup cannot see the tab’s URL' });
    expect(await requestByClick(helper, [EXAMPLE_SITE])).toBe(true);
  }
  await expect.poll(() => grantedOrigins(helper)).toEqual([EXAMPLE_SITE]);

  await expectWholeZoo(known !== null ? popup : await firefox.openPopup(shop));
  await expectNoAccess(await firefox.openPopup(top), 'top.test');
});

test('after the grant is revoked, a reopened popup has no access again, with no error', async ({ firefox, site }) => {
  const shop = await plantZoo(firefox, site);
  const popup = await firefox.openPopup(shop);
  await expectNoAccess(popup, 'example.test');
  await popup.click('Allow on all sites');
  await expectWholeZoo(popup);

  const helper = await firefox.openExtensionPage(HELPER_PAGE);
  const removed = await helper.evaluate((origins) => (globalThis as unknown as ExtensionGlobal).browser.permissions.remove({ origins }), [ALL_SITES]);
  expect(removed).toBe(true);
  expect(await grantedOrigins(helper)).toEqual([]);

  await expectNoAccess(await firefox.openPopup(shop), 'example.test');
});
