// The all-sites page (src/pages/sites) in Chromium: every cookie of the store, grouped by site,
// searched, sorted, bulk-deleted and restored. The page is not a popup, and BrowserHarness can
// only open popups, so this file launches its own browser with the harness's launcher.
import type { Locator, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithExtension, type LaunchedChromium } from './harness/chromium-launch.js';
import { expect, test as harnessTest } from './harness/fixtures';

const SITES_PATH = 'src/pages/sites/index.html';

/** What chrome.cookies.set takes. */
type CookieSpec = chrome.cookies.SetDetails;

const IN_30_DAYS = Math.round(Date.now() / 1000) + 30 * 86_400;

const PLANTED: CookieSpec[] = [
  { url: 'https://shop.example.test/', name: 'sid', value: 'Secret-Token', secure: true, sameSite: 'lax', expirationDate: IN_30_DAYS },
  { url: 'https://www.example.test/app', path: '/app', name: 'cart', value: 'apple banana', sameSite: 'lax', expirationDate: IN_30_DAYS },
  { url: 'https://news.other.test/', name: 'prefs', value: 'x'.repeat(300), sameSite: 'strict' },
  {
    url: 'https://embed.widget.test/', name: 'chips', value: 'in-a-partition', secure: true, sameSite: 'no_restriction',
    partitionKey: { topLevelSite: 'https://top.test' }, expirationDate: IN_30_DAYS,
  },
];

class SitesPage {
  constructor(
    readonly page: Page,
    private readonly browser: LaunchedChromium,
  ) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Cookies', exact: true });
  }

  search(): Locator {
    return this.page.getByRole('textbox', { name: 'Search cookies', exact: true });
  }

  /** The Name cell of every cookie row in the page, in display order (group headings left out). */
  async names(): Promise<string[]> {
    return this.table()
      .getByRole('row')
      .evaluateAll((rows) => rows.filter((row) => row instanceof HTMLTableRowElement && row.cells.length > 1 && row.querySelector('td')).map((row) => (row as HTMLTableRowElement).cells[0]?.textContent ?? ''));
  }

  /** The store's cookies through the API, comparable across reads (the browser rounds sub-second expiry). */
  async jar(): Promise<string[]> {
    const cookies = await this.browser.serviceWorker.evaluate(() => chrome.cookies.getAll({ partitionKey: {} }));
    return cookies
      .map((c) => JSON.stringify({ ...c, expirationDate: c.expirationDate === undefined ? null : Math.round(c.expirationDate) }))
      .sort();
  }

  async plant(specs: CookieSpec[]): Promise<void> {
    const refused = await this.browser.serviceWorker.evaluate(
      async (all) => (await Promise.all(all.map((spec) => chrome.cookies.set(spec)))).filter((c) => !c).length,
      specs,
    );
    expect(refused, 'cookies the browser refused').toBe(0);
  }
}

const test = harnessTest.extend<{ sites: SitesPage }, { chromium: LaunchedChromium }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
  chromium: [async ({}, use) => {
    const browser = await launchChromiumWithExtension({ extensionDir: fileURLToPath(new URL('../../dist/chrome', import.meta.url)) });
    browser.context.setDefaultTimeout(10_000);
    await use(browser);
    await browser.close();
  }, { scope: 'worker', timeout: 30_000 }],

  sites: async ({ chromium }, use) => {
    await chromium.context.clearCookies();
    const sites = new SitesPage(await chromium.context.newPage(), chromium);
    await sites.plant(PLANTED);
    await sites.page.goto(`chrome-extension://${chromium.extensionId}/${SITES_PATH}`);
    await use(sites);
    await sites.page.close();
  },
});

test.skip(({ crumbBrowser }) => crumbBrowser !== 'chromium', 'driven through Chromium only until the harness can open extension pages');

test('lists every cookie of the store under its registrable domain, with counts', async ({ sites }) => {
  const { page } = sites;
  await expect(page.getByText('4 cookies', { exact: true })).toBeVisible();
  await expect(sites.table().getByRole('heading')).toHaveText(['example.test', 'other.test', 'widget.test']);
  await expect(sites.table().getByRole('row').filter({ has: page.getByRole('heading', { name: 'example.test' }) })).toContainText('2 cookies');
  expect(await sites.names()).toEqual(['sid', 'cart', 'prefs', 'chips']);
  await expect(sites.table().getByRole('row', { name: /chips/ })).toContainText('Partitioned');
  await expect(sites.table().getByRole('row', { name: /^cart/ })).toContainText('/app');
  await expect(page.getByLabel('Cookie store', { exact: true })).toHaveValue('0');
});

test('search narrows by name:, value:, domain:, phrases and free text, all terms together', async ({ sites }) => {
  const cases: [query: string, names: string[]][] = [
    ['name:SID', ['sid']],
    ['value:"apple banana"', ['cart']],
    ['value:"banana apple"', []],
    ['domain:example.test', ['sid', 'cart']],
    ['secret', ['sid']],
    ['example', ['sid', 'cart']],
    ['domain:example.test value:apple', ['cart']],
    ['', ['sid', 'cart', 'prefs', 'chips']],
  ];
  for (const [query, names] of cases) {
    await sites.search().fill(query);
    await expect.poll(() => sites.names(), query).toEqual(names);
  }
  await sites.search().fill('name:zzz');
  await expect(sites.page.getByText('0 of 4 cookies shown')).toBeVisible();
  await expect(sites.page.getByRole('button', { name: 'Delete all matching' })).toBeDisabled();
});

test('a column header sorts by its column, and says so with aria-sort', async ({ sites }) => {
  const size = sites.table().getByRole('columnheader', { name: 'Size' });
  await size.getByRole('button').click();
  await expect(size).toHaveAttribute('aria-sort', 'ascending');
  await size.getByRole('button').click();
  await expect(size).toHaveAttribute('aria-sort', 'descending');
  await expect(sites.table().getByRole('columnheader', { name: 'Domain' })).not.toHaveAttribute('aria-sort');
  // Sites stay in order; inside example.test, cart (4 + 12 bytes) now comes before sid (3 + 12).
  expect(await sites.names()).toEqual(['cart', 'sid', 'prefs', 'chips']);
  await sites.table().getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  expect(await sites.names()).toEqual(['cart', 'sid', 'prefs', 'chips']);
  await sites.table().getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
  expect(await sites.names()).toEqual(['sid', 'cart', 'prefs', 'chips']);
});

test('Delete all matching deletes exactly the matching cookies, and Undo restores exactly those', async ({ sites }) => {
  const before = await sites.jar();
  // Without a search the button would clear the whole store: it waits for one.
  await expect(sites.page.getByRole('button', { name: 'Delete all matching' })).toBeDisabled();
  await sites.search().fill('domain:example.test');
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart']);
  await sites.page.getByRole('button', { name: 'Delete all matching' }).click();
  await expect(sites.page.getByRole('status')).toHaveText('Deleted 2 cookies.');
  expect(await sites.jar()).toEqual(before.filter((c) => !c.includes('example.test')));
  await expect.poll(() => sites.names()).toEqual([]);

  await sites.page.getByRole('button', { name: 'Undo' }).click();
  await expect(sites.page.getByRole('status')).toHaveText('Restored 2 cookies.');
  expect(await sites.jar()).toEqual(before);
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart']);
});

test('a cookie set while the page is open is listed without a reload', async ({ sites }) => {
  await expect(sites.page.getByText('4 cookies', { exact: true })).toBeVisible();
  await sites.plant([{ url: 'https://live.test/', name: 'arrived', value: '1', sameSite: 'lax' }]);
  await expect(sites.page.getByText('5 cookies', { exact: true })).toBeVisible();
  await expect(sites.table().getByRole('heading', { name: 'live.test' })).toBeVisible();
});

test('only the rows in view are in the page, yet every cookie can be scrolled to', async ({ sites }) => {
  // Chrome keeps about 150 cookies per domain: spread them over four.
  const many = Array.from({ length: 400 }, (_, i) => ({
    url: `https://bulk${i % 4}.test/`, name: `item_${String(i).padStart(3, '0')}`, value: String(i), sameSite: 'lax' as const,
  }));
  await sites.plant(many);
  await expect(sites.page.getByText('404 cookies', { exact: true })).toBeVisible();
  // The header, 7 site headings and 404 cookies.
  await expect(sites.table()).toHaveAttribute('aria-rowcount', '412');
  expect((await sites.names()).length).toBeLessThan(100);

  await sites.search().fill('domain:bulk');
  await expect(sites.page.getByText('400 of 404 cookies shown')).toBeVisible();
  await sites.table().evaluate((table) => table.parentElement?.scrollTo({ top: table.scrollHeight }));
  await expect.poll(async () => (await sites.names()).at(-1)).toBe('item_399');
  expect(await sites.names()).not.toContain('item_000');
});
