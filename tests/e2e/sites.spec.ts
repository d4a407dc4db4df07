// The all-sites page (src/pages/sites): every cookie of the store, grouped by site, searched,
// sorted, bulk-deleted and restored, in every browser the harness drives.
import { ariaInPage, type AriaRequest, type AriaResults, type NameMatch, type RoleQuery } from './harness/aria-in-page';
import { expect, test as harnessTest } from './harness/fixtures';
import type { BrowserHarness, ExtensionPageDriver } from './harness/types';

const SITES_PATH = 'src/pages/sites/index.html';

/** The id of the store a page opened in a normal window works on, as each browser names it. */
const DEFAULT_STORE: Record<BrowserHarness['name'], string> = { chromium: '0', firefox: 'firefox-default' };

/** What cookies.set takes (the same in both browsers for these cookies). */
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

const TABLE = { role: 'table', name: { exact: 'Cookies' } };

/** Runs in the page: whether some visible element's whole text is exactly `text` (getByText with exact). */
function showsTextInPage(text: string): boolean {
  return [...document.body.querySelectorAll('*')].some((e) => {
    if (!(e instanceof HTMLElement) || e.innerText.replace(/\s+/g, ' ').trim() !== text) return false;
    const box = e.getBoundingClientRect();
    return e.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
  });
}

/**
 * Runs in the page: the Name cell of every cookie row of the table, in display order (group
 * headings left out); none before the table is rendered.
 */
function cookieNamesInPage(): string[] {
  const table = document.querySelector('table');
  return [...(table?.rows ?? [])]
    .filter((row) => row.cells.length > 1 && row.querySelector('td') && row.getAttribute('aria-hidden') !== 'true')
    .map((row) => row.cells[0]?.textContent ?? '');
}

/** Runs in the page: scrolls the table's scrolling box to its end. */
function scrollTableToEndInPage(): void {
  const table = document.querySelector('table');
  if (!table?.parentElement) throw new Error('the page has no table');
  table.parentElement.scrollTo({ top: table.scrollHeight });
}

async function plant(page: ExtensionPageDriver, specs: CookieSpec[]): Promise<void> {
  const refused = await page.evaluate(
    async (all) => (await Promise.all(all.map((spec) => chrome.cookies.set(spec)))).filter((c) => !c).length,
    specs,
  );
  expect(refused, 'cookies the browser refused').toBe(0);
}

class SitesPage {
  constructor(readonly page: ExtensionPageDriver) {}

  /** Finds by role and accessible name in the page, the same way in every browser. */
  private aria<K extends AriaRequest['op']>(request: Extract<AriaRequest, { op: K }>): Promise<AriaResults[K]> {
    return this.page.evaluate(ariaInPage, request) as Promise<AriaResults[K]>;
  }

  private inTable(role: string, name?: NameMatch): { by: 'role'; query: RoleQuery } {
    return { by: 'role', query: { role, within: TABLE, ...(name ? { name } : {}) } };
  }

  shows(text: string): Promise<boolean> {
    return this.page.evaluate(showsTextInPage, text);
  }

  /** The text of the site headings in the table, in display order. */
  headings(): Promise<string[]> {
    return this.aria({ op: 'texts', target: this.inTable('heading') });
  }

  /** The text of the table's one row whose accessible name matches. */
  async rowText(name: RegExp): Promise<string> {
    const texts = await this.aria({ op: 'texts', target: this.inTable('row', { pattern: name.source, flags: name.flags }) });
    expect(texts, `rows named ${String(name)}`).toHaveLength(1);
    return texts[0] ?? '';
  }

  columnSort(column: string): Promise<string | null> {
    return this.aria({ op: 'attribute', target: this.inTable('columnheader', { exact: column }), attribute: 'aria-sort' });
  }

  tableAttribute(attribute: string): Promise<string | null> {
    return this.aria({ op: 'attribute', target: { by: 'role', query: TABLE }, attribute });
  }

  isButtonDisabled(name: string): Promise<boolean | null> {
    return this.aria({ op: 'disabled', target: { by: 'role', query: { role: 'button', name: { exact: name } } } });
  }

  async search(query: string): Promise<void> {
    await this.page.fill('Search cookies', query);
  }

  names(): Promise<string[]> {
    return this.page.evaluate(cookieNamesInPage);
  }

  /** The store's cookies through the API, comparable across reads (the browser rounds sub-second expiry). */
  async jar(): Promise<string[]> {
    const cookies = await this.page.evaluate(() => chrome.cookies.getAll({ partitionKey: {} }));
    return cookies
      .map((c) => JSON.stringify({ ...c, expirationDate: c.expirationDate === undefined ? null : Math.round(c.expirationDate) }))
      .sort();
  }

  plant(specs: CookieSpec[]): Promise<void> {
    return plant(this.page, specs);
  }
}

const test = harnessTest.extend<{ sites: SitesPage }>({
  sites: async ({ harness }, use) => {
    // Planted before the page opens, so the first load lists them (live updates have a test of their own).
    const planter = await harness.openExtensionPage(SITES_PATH);
    await plant(planter, PLANTED);
    await planter.close();
    await use(new SitesPage(await harness.openExtensionPage(SITES_PATH)));
  },
});

test('lists every cookie of the store under its registrable domain, with counts', async ({ harness, sites }) => {
  const { page } = sites;
  await expect.poll(() => sites.shows('4 cookies')).toBe(true);
  await expect.poll(() => sites.headings()).toEqual(['example.test', 'other.test', 'widget.test']);
  expect(await sites.rowText(/^example\.test\b/)).toContain('2 cookies');
  // other.test holds exactly one cookie in the jar: its count is said in the singular.
  expect((await harness.browserCookies()).filter((c) => c.domain.endsWith('other.test')).map((c) => c.name)).toEqual(['prefs']);
  expect(await sites.rowText(/^other\.test\b/)).toMatch(/\b1 cookie\b/);
  expect(await sites.names()).toEqual(['sid', 'cart', 'prefs', 'chips']);
  expect(await sites.rowText(/chips/)).toContain('Partitioned');
  expect(await sites.rowText(/^cart/)).toContain('/app');
  expect(await page.fieldValue('Cookie store')).toBe(DEFAULT_STORE[harness.name]);
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
    await sites.search(query);
    await expect.poll(() => sites.names(), query).toEqual(names);
  }
  await sites.search('name:SID');
  await expect.poll(() => sites.shows('1 of 4 cookies shown')).toBe(true);
  await sites.search('name:zzz');
  await expect.poll(() => sites.shows('0 of 4 cookies shown')).toBe(true);
  expect(await sites.isButtonDisabled('Delete all matching')).toBe(true);
});

test('a column header sorts by its column, and says so with aria-sort', async ({ sites }) => {
  const { page } = sites;
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart', 'prefs', 'chips']);
  await page.click('Size');
  await expect.poll(() => sites.columnSort('Size')).toBe('ascending');
  await page.click('Size');
  await expect.poll(() => sites.columnSort('Size')).toBe('descending');
  expect(await sites.columnSort('Domain')).toBeNull();
  // Sites stay in order; inside example.test, cart (4 + 12 bytes) now comes before sid (3 + 12).
  expect(await sites.names()).toEqual(['cart', 'sid', 'prefs', 'chips']);
  await page.click('Name');
  expect(await sites.names()).toEqual(['cart', 'sid', 'prefs', 'chips']);
  await page.click('Name');
  expect(await sites.names()).toEqual(['sid', 'cart', 'prefs', 'chips']);
});

test('Delete all matching deletes exactly the matching cookies, and Undo restores exactly those', async ({ sites }) => {
  const { page } = sites;
  const before = await sites.jar();
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart', 'prefs', 'chips']);
  // Without a search the button would clear the whole store: it waits for one.
  expect(await sites.isButtonDisabled('Delete all matching')).toBe(true);
  await sites.search('domain:example.test');
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart']);
  await page.click('Delete all matching');
  await expect.poll(() => page.statusText()).toBe('Deleted 2 cookies.');
  expect(await sites.jar()).toEqual(before.filter((c) => !c.includes('example.test')));
  await expect.poll(() => sites.names()).toEqual([]);

  await page.click('Undo');
  await expect.poll(() => page.statusText()).toBe('Restored 2 cookies.');
  expect(await sites.jar()).toEqual(before);
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart']);
});

test('a cookie set while the page is open is listed without a reload', async ({ sites }) => {
  await expect.poll(() => sites.shows('4 cookies')).toBe(true);
  await sites.plant([{ url: 'https://live.test/', name: 'arrived', value: '1', sameSite: 'lax' }]);
  await expect.poll(() => sites.shows('5 cookies')).toBe(true);
  await expect.poll(() => sites.headings()).toContain('live.test');
});

test('only the rows in view are in the page, yet every cookie can be scrolled to', async ({ sites }) => {
  // Chrome keeps about 150 cookies per domain: spread them over four.
  const many = Array.from({ length: 400 }, (_, i) => ({
    url: `https://bulk${i % 4}.test/`, name: `item_${String(i).padStart(3, '0')}`, value: String(i), sameSite: 'lax' as const,
  }));
  await sites.plant(many);
  await expect.poll(() => sites.shows('404 cookies')).toBe(true);
  // The header, 7 site headings and 404 cookies.
  await expect.poll(() => sites.tableAttribute('aria-rowcount')).toBe('412');
  expect((await sites.names()).length).toBeLessThan(100);

  await sites.search('domain:bulk');
  await expect.poll(() => sites.shows('400 of 404 cookies shown')).toBe(true);
  await sites.page.evaluate(scrollTableToEndInPage);
  await expect.poll(async () => (await sites.names()).at(-1)).toBe('item_399');
  expect(await sites.names()).not.toContain('item_000');
});

test('Undo of Delete all matching is offered again when All sites is opened anew after the background restarted', async ({ harness, sites }) => {
  const { page } = sites;
  const before = await sites.jar();
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart', 'prefs', 'chips']);
  await sites.search('domain:example.test');
  await expect.poll(() => sites.names()).toEqual(['sid', 'cart']);
  await page.click('Delete all matching');
  await expect.poll(() => page.statusText()).toBe('Deleted 2 cookies.');
  await page.close();

  await harness.stopBackground();
  const again = await harness.openExtensionPage(SITES_PATH);
  await expect.poll(() => again.statusText()).toBe('Deleted 2 cookies.');
  await again.click('Undo');
  await expect.poll(() => again.statusText()).toBe('Restored 2 cookies.');
  expect(await new SitesPage(again).jar()).toEqual(before);
});
