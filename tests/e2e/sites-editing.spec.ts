// Editing from the all-sites page (src/pages/sites): any cookie of the store opens in the popup's
// editor (edit, duplicate, delete), "Add cookie" makes one for any site, and a selection of rows
// is deleted (undoably) or exported. Every verdict is read back from the browser's jar.
import { expect, test as harnessTest } from './harness/fixtures';
import type { ExtensionPageDriver } from './harness/types';

const SITES_PATH = 'src/pages/sites/index.html';

const IN_30_DAYS = Math.round(Date.now() / 1000) + 30 * 86_400;

const PLANTED: chrome.cookies.SetDetails[] = [
  { url: 'https://shop.example.test/', name: 'sid', value: 'Secret-Token', secure: true, httpOnly: true, sameSite: 'lax', expirationDate: IN_30_DAYS },
  { url: 'https://www.example.test/app', path: '/app', name: 'cart', value: 'apple banana', sameSite: 'lax', expirationDate: IN_30_DAYS },
  { url: 'https://news.other.test/', name: 'prefs', value: 'dark', sameSite: 'strict' },
];

type JarCookie = chrome.cookies.Cookie;

/** The store's cookies as the browser holds them, in a stable order (sub-second expiry rounded). */
async function jar(page: ExtensionPageDriver): Promise<JarCookie[]> {
  const cookies = await page.evaluate(() => chrome.cookies.getAll({ partitionKey: {} }));
  return cookies
    .map((c) => ({ ...c, ...(c.expirationDate === undefined ? {} : { expirationDate: Math.round(c.expirationDate) }) }))
    .sort((a, b) => `${a.domain} ${a.path} ${a.name}`.localeCompare(`${b.domain} ${b.path} ${b.name}`));
}

function named(cookies: JarCookie[], name: string): JarCookie | undefined {
  return cookies.find((c) => c.name === name);
}

/** Runs in the page: the Name cell of every cookie row of the table, in display order. */
function cookieNamesInPage(): string[] {
  const table = document.querySelector('table');
  return [...(table?.rows ?? [])]
    .filter((row) => row.cells.length > 1 && row.querySelector('td') && row.getAttribute('aria-hidden') !== 'true')
    .map((row) => row.cells[0]?.textContent ?? '');
}

/** Runs in the page: where a link with this exact text leads. */
function linkInPage(name: string): string | null {
  const link = [...document.querySelectorAll('a[href]')].find((a) => (a.textContent ?? '').trim() === name);
  return link?.getAttribute('href') ?? null;
}

const test = harnessTest.extend<{ sites: ExtensionPageDriver }>({
  sites: async ({ harness }, use) => {
    const planter = await harness.openExtensionPage(SITES_PATH);
    const refused = await planter.evaluate(
      async (all) => (await Promise.all(all.map((spec) => chrome.cookies.set(spec)))).filter((c) => !c).length,
      PLANTED,
    );
    expect(refused, 'cookies the browser refused').toBe(0);
    await planter.close();
    const page = await harness.openExtensionPage(SITES_PATH);
    await expect.poll(() => page.evaluate(cookieNamesInPage)).toEqual(['sid', 'cart', 'prefs']);
    await use(page);
  },
});

test('a cookie opened from All sites is edited in the editor; the jar holds the edit and Undo puts the original back', async ({ sites }) => {
  const before = await jar(sites);
  await sites.click('sid');
  expect(await sites.editorHeading()).toBe('Edit cookie');
  expect(await sites.fieldValue('Value')).toBe('Secret-Token');
  expect(await sites.fieldValue('Domain')).toBe('shop.example.test');
  await sites.fill('Value', 'changed-here');
  await sites.click('Save');
  await expect.poll(() => sites.statusText()).toBe('Saved “sid”.');
  expect(await sites.editorHeading()).toBeNull();

  const after = await jar(sites);
  expect(after).toEqual(before.map((c) => (c.name === 'sid' ? { ...c, value: 'changed-here' } : c)));

  await sites.click('Undo');
  await expect.poll(() => sites.statusText()).toBe('Restored 1 cookies.');
  expect(await jar(sites)).toEqual(before);
});

test('Duplicate makes a new cookie with every attribute of the one opened; Delete in the editor removes it, undoably', async ({ sites }) => {
  const before = await jar(sites);
  await sites.click('sid');
  await sites.click('Duplicate');
  expect(await sites.editorHeading()).toBe('New cookie');
  expect(await sites.hasButton('Delete')).toBe(false);
  await sites.fill('Name', 'sid_copy');
  await sites.click('Save');
  await expect.poll(() => sites.statusText()).toBe('Saved “sid_copy”.');

  const withCopy = await jar(sites);
  expect(named(withCopy, 'sid_copy')).toEqual({ ...named(before, 'sid'), name: 'sid_copy' });
  expect(withCopy.filter((c) => c.name !== 'sid_copy')).toEqual(before);
  await expect.poll(() => sites.evaluate(cookieNamesInPage)).toEqual(['sid', 'sid_copy', 'cart', 'prefs']);

  await sites.click('sid_copy');
  await sites.click('Delete');
  await expect.poll(() => sites.statusText()).toBe('Deleted “sid_copy”.');
  expect(await jar(sites)).toEqual(before);
  await sites.click('Undo');
  await expect.poll(() => sites.statusText()).toBe('Restored 1 cookies.');
  expect(await jar(sites)).toEqual(withCopy);
});

test('"Add cookie" writes a cookie for any site, as typed, and lists it under its site', async ({ sites }) => {
  const before = await jar(sites);
  await sites.click('Add cookie');
  expect(await sites.editorHeading()).toBe('New cookie');
  expect(await sites.fieldValue('Domain')).toBe('');
  await sites.fill('Name', 'fresh');
  await sites.fill('Value', 'v1');
  await sites.fill('Domain', 'brand.new.test');
  await sites.setChecked('Host-only', false);
  await sites.click('Save');
  await expect.poll(() => sites.statusText()).toBe('Saved “fresh”.');

  const after = await jar(sites);
  expect(after.filter((c) => c.name !== 'fresh')).toEqual(before);
  expect(named(after, 'fresh')).toMatchObject({ value: 'v1', domain: '.brand.new.test', hostOnly: false, path: '/', secure: true, session: true });
  await expect.poll(() => sites.evaluate(cookieNamesInPage)).toContain('fresh');
  expect(await sites.pageText()).toContain('new.test');
});

test('Escape closes the editor and writes nothing', async ({ sites }) => {
  const before = await jar(sites);
  await sites.click('cart');
  await sites.fill('Value', 'never-saved');
  await sites.press('Escape');
  await expect.poll(() => sites.editorHeading()).toBeNull();
  expect(await jar(sites)).toEqual(before);
});

test('the selected rows are deleted together, exactly those, and Undo restores exactly those', async ({ sites }) => {
  const before = await jar(sites);
  expect(await sites.hasButton('Delete selected')).toBe(false);
  await sites.setChecked('Select sid on shop.example.test/', true);
  await sites.setChecked('Select prefs on news.other.test/', true);
  await expect.poll(() => sites.pageText()).toContain('2 selected');
  await sites.click('Delete selected');
  await expect.poll(() => sites.statusText()).toBe('Deleted 2 cookies.');
  expect(await jar(sites)).toEqual(before.filter((c) => c.name === 'cart'));
  await expect.poll(() => sites.evaluate(cookieNamesInPage)).toEqual(['cart']);
  expect(await sites.hasButton('Delete selected')).toBe(false);

  await sites.click('Undo');
  await expect.poll(() => sites.statusText()).toBe('Restored 2 cookies.');
  expect(await jar(sites)).toEqual(before);
});

test('"Export selected" exports exactly the selected cookies through the import / export page', async ({ harness, sites }) => {
  await sites.setChecked('Select sid on shop.example.test/', true);
  await sites.setChecked('Select cart on www.example.test/app', false);
  await sites.setChecked('Select prefs on news.other.test/', true);
  await expect.poll(() => sites.pageText()).toContain('2 selected');
  const href = await sites.evaluate(linkInPage, 'Export selected');
  expect(href).not.toBeNull();
  const url = new URL(href!, `https://extension.invalid/${SITES_PATH}`);

  const transfer = await harness.openExtensionPage(`${url.pathname.slice(1)}${url.search}`);
  await expect.poll(() => transfer.selectedOption('Scope')).toBe('Cookies selected in All sites');
  await transfer.select({ region: 'Export', label: 'Format' }, 'Crumb JSON');
  await expect.poll(() => transfer.pageText()).toContain('2 cookies');
  const file = await transfer.download('Download file');
  const exported = (JSON.parse(file.text) as { cookies: { name: string; value: string; domain: string }[] }).cookies;
  const inJar = await jar(sites);
  expect(exported.map((c) => [c.name, c.value]).sort()).toEqual(
    inJar.filter((c) => c.name === 'sid' || c.name === 'prefs').map((c) => [c.name, c.value]).sort(),
  );
});
