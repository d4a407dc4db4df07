// The import/export page (src/pages/transfer) in Chromium: preview, confirm, report and undo of
// an import; bad input that changes nothing; exports that real consumers (curl, Playwright)
// accept. The page is not a popup, and BrowserHarness can only open popups, so this file
// launches its own browser with the harness's launcher, as sites.spec.ts does.
import { expect, type Locator, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { HOSTS, type Site } from '../site/server.js';
import type { Cookie } from '../../src/core/cookie';
import { comparable, headerPairs } from './harness/cookie-match';
import { test as harnessTest } from './harness/fixtures';
import { launchChromiumWithExtension, type LaunchedChromium } from './harness/chromium-launch.js';

const TRANSFER_PATH = 'src/pages/transfer/index.html';

interface PreviewRow {
  name: string;
  domain: string;
  path: string;
  status: string;
  reason: string;
}

/** The fields of chrome.cookies.Cookie the model knows, nothing else. */
function toModel(c: chrome.cookies.Cookie): Cookie {
  const cookie: Cookie = {
    name: c.name, value: c.value, domain: c.domain, hostOnly: c.hostOnly, path: c.path, secure: c.secure,
    httpOnly: c.httpOnly, sameSite: c.sameSite, session: c.session, storeId: c.storeId,
  };
  if (c.expirationDate !== undefined) cookie.expirationDate = c.expirationDate;
  if (c.partitionKey?.topLevelSite !== undefined) cookie.partitionKey = { ...c.partitionKey, topLevelSite: c.partitionKey.topLevelSite };
  return cookie;
}

class TransferPage {
  constructor(
    readonly page: Page,
    private readonly browser: LaunchedChromium,
    readonly site: Site,
  ) {}

  importRegion(): Locator {
    return this.page.getByRole('region', { name: 'Import', exact: true });
  }

  exportRegion(): Locator {
    return this.page.getByRole('region', { name: 'Export', exact: true });
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`chrome-extension://${this.browser.extensionId}/${TRANSFER_PATH}${query}`);
    await expect(this.exportRegion().getByText(/^(\d+ cookies|1 cookie|No cookies to export\.|Type the site.*)$/)).toBeVisible();
  }

  /** Every cookie the browser holds, partitioned or not, in a stable order. */
  async jar(): Promise<Cookie[]> {
    return comparable((await this.browser.serviceWorker.evaluate(() => chrome.cookies.getAll({ partitionKey: {} }))).map(toModel));
  }

  /** Lets the test site set its cookie zoo and, unless told not to, shop's iframe a cookie partitioned under top.test. */
  async plantZoo({ partitioned = true } = {}): Promise<void> {
    const tab = await this.browser.context.newPage();
    if (partitioned) {
      await tab.goto(`${this.site.origin(HOSTS.top)}/embed`);
      await expect.poll(() => tab.frames().length).toBe(2);
    }
    await tab.goto(`${this.site.origin(HOSTS.shop)}/zoo`);
    await tab.close();
  }

  /** The Cookie header the site receives for a same-origin fetch of `path` on shop.example.test. */
  async siteHeader(path: string): Promise<string> {
    const tab = await this.browser.context.newPage();
    await tab.goto(`${this.site.origin(HOSTS.shop)}/`);
    const body = await tab.evaluate(async (url) => (await fetch(url, { cache: 'no-store' })).json(), path);
    await tab.close();
    return (body as { cookie: string }).cookie;
  }

  async paste(text: string): Promise<void> {
    await this.importRegion().getByLabel('Cookies to import', { exact: true }).fill(text);
  }

  async chooseFile(name: string, content: string | Buffer): Promise<void> {
    await this.importRegion().getByLabel('Import from file', { exact: true }).setInputFiles({
      name, mimeType: 'application/octet-stream', buffer: Buffer.from(content),
    });
  }

  /** Clicks Preview and waits until the input has been read. */
  async preview(): Promise<void> {
    await this.importRegion().getByRole('button', { name: 'Preview', exact: true }).click();
    await expect(this.importRegion().getByText('Reading cookies…')).toHaveCount(0);
  }

  async previewRows(): Promise<PreviewRow[]> {
    const table = this.importRegion().getByRole('table', { name: 'Import preview' });
    await table.waitFor();
    return table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cell = (i: number) => (row as HTMLTableRowElement).cells[i]?.innerText.trim() ?? '';
        return { name: cell(1), domain: cell(2), path: cell(3), status: cell(4), reason: cell(5) };
      }),
    );
  }

  async issues(): Promise<string[]> {
    return this.importRegion().getByRole('list', { name: 'Problems in the input' }).getByRole('listitem').allInnerTexts();
  }

  async alertText(): Promise<string> {
    return (await this.page.getByRole('alert').allInnerTexts()).join(' ');
  }

  async confirmImport(count: number): Promise<void> {
    await this.importRegion().getByRole('button', { name: count === 1 ? 'Import 1 cookie' : `Import ${count} cookies`, exact: true }).click();
    await expect(this.importRegion().getByRole('status')).toContainText('Imported');
  }

  async reportText(): Promise<string> {
    return (await this.importRegion().getByRole('status').innerText()).replace(/\s+/g, ' ').trim();
  }

  async undo(): Promise<void> {
    await this.importRegion().getByRole('button', { name: 'Undo import', exact: true }).click();
    await expect(this.importRegion().getByRole('status')).toContainText('Import undone');
  }

  /**
   * Chooses an export and waits for its preview to show `expected` (the previous format's text
   * stays until the new one is ready); `site` null exports the whole store.
   */
  async exportText(formatLabel: string, site: string | null, expected: RegExp): Promise<string> {
    const region = this.exportRegion();
    await region.getByLabel('Scope', { exact: true }).selectOption(site === null ? 'store' : 'site');
    if (site !== null) await region.getByLabel('Site', { exact: true }).fill(site);
    await region.getByLabel('Format', { exact: true }).selectOption({ label: formatLabel });
    const preview = region.getByLabel('Export preview', { exact: true });
    await expect(preview).toHaveValue(expected);
    return preview.inputValue();
  }

  async download(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportRegion().getByRole('button', { name: 'Download file', exact: true }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}

const test = harnessTest.extend<{ transfer: TransferPage }, { chromium: LaunchedChromium }>({

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
  chromium: [async ({}, use) => {
    const browser = await launchChromiumWithExtension({ extensionDir: fileURLToPath(new URL('../../dist/chrome', import.meta.url)) });
    browser.context.setDefaultTimeout(10_000);
    await use(browser);
    await browser.close();
  }, { scope: 'worker', timeout: 30_000 }],

  transfer: async ({ chromium, site }, use) => {
    await chromium.context.clearCookies();
    const transfer = new TransferPage(await chromium.context.newPage(), chromium, site);
    await use(transfer);
    await transfer.page.close();
  },
});

test.skip(({ crumbBrowser }) => crumbBrowser !== 'chromium', 'driven through Chromium only until the harness can open extension pages');

const NETSCAPE_IMPORT = [
  '# Netscape HTTP Cookie File',
  '.example.test\tTRUE\t/\tTRUE\t1900000000\ttheme\tdark',
  '#HttpOnly_shop.example.test\tFALSE\t/\tTRUE\t0\tsid\tabc123',
  'shop.example.test\tFALSE\t/\tFALSE\t0\tplain\treplaced',
  'shop.example.test\tFALSE\t/\tFALSE\t0\tbad name\tx',
  'this line is not a cookie',
].join('\n');

test('import: preview lists new, replacing and rejected cookies; only confirming writes; undo puts everything back', async ({ transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open('?storeId=0&site=example.test');

  await transfer.paste(NETSCAPE_IMPORT);
  await transfer.preview();
  const rows = await transfer.previewRows();
  expect(rows.map(({ name, domain, path, status }) => ({ name, domain, path, status }))).toEqual([
    { name: 'theme', domain: '.example.test', path: '/', status: 'New' },
    { name: 'sid', domain: 'shop.example.test', path: '/', status: 'New' },
    { name: 'plain', domain: 'shop.example.test', path: '/', status: 'Replaces existing' },
    { name: 'bad name', domain: 'shop.example.test', path: '/', status: 'Rejected' },
  ]);
  expect(rows[3]?.reason).toContain('Name must not contain');
  const issues = await transfer.issues();
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatch(/^line 6: /);
  expect(await transfer.jar(), 'a preview writes nothing').toEqual(before);

  await transfer.confirmImport(3);
  expect(await transfer.reportText()).toBe('Imported 3 cookies.');
  const after = await transfer.jar();
  const byName = (name: string) => after.filter((c) => c.name === name);
  expect(byName('sid')).toEqual([expect.objectContaining({ value: 'abc123', domain: 'shop.example.test', hostOnly: true, httpOnly: true, secure: true, session: true })]);
  expect(byName('theme')).toEqual([expect.objectContaining({ value: 'dark', domain: '.example.test', hostOnly: false, secure: true, session: false })]);
  expect(byName('plain')).toEqual([expect.objectContaining({ value: 'replaced' })]);
  expect(byName('bad name')).toEqual([]);
  expect(headerPairs(await transfer.siteHeader('/echo'))).toEqual(expect.arrayContaining(['plain=replaced', 'sid=abc123', 'theme=dark']));

  await transfer.undo();
  expect(await transfer.reportText()).toBe('Import undone: 2 created cookies removed, 1 replaced cookies restored.');
  expect(await transfer.jar()).toEqual(before);
});

test('import a Cookie-Editor JSON file: every attribute lands, and undo removes it again', async ({ transfer }) => {
  await transfer.open('?storeId=0');
  const inAYear = Math.round(Date.now() / 1000) + 365 * 86_400;
  await transfer.chooseFile('cookies.json', JSON.stringify([
    { domain: '.example.test', expirationDate: inAYear, hostOnly: false, httpOnly: false, name: 'ce1', path: '/', sameSite: 'lax', secure: true, session: false, storeId: null, value: 'one' },
    { domain: 'shop.example.test', hostOnly: true, httpOnly: true, name: 'ce2', path: '/account', sameSite: 'strict', secure: true, session: true, storeId: null, value: 'two' },
  ]));
  await expect(transfer.importRegion().getByText('Reading from “cookies.json” (1 KB).')).toBeVisible();
  await transfer.preview();
  await expect(transfer.importRegion().getByText('Read 2 cookies as Cookie-Editor JSON.')).toBeVisible();
  expect((await transfer.previewRows()).map((row) => `${row.name}:${row.status}`)).toEqual(['ce1:New', 'ce2:New']);
  await transfer.confirmImport(2);
  expect(await transfer.reportText()).toBe('Imported 2 cookies.');

  expect(await transfer.jar()).toEqual([
    { name: 'ce1', value: 'one', domain: '.example.test', hostOnly: false, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: false, expirationDate: inAYear, storeId: '0' },
    { name: 'ce2', value: 'two', domain: 'shop.example.test', hostOnly: true, path: '/account', secure: true, httpOnly: true, sameSite: 'strict', session: true, storeId: '0' },
  ]);

  await transfer.undo();
  expect(await transfer.jar()).toEqual([]);
});

test("the browser's refusal is reported for its cookie; undo then removes only what was written", async ({ transfer }) => {
  await transfer.open('?storeId=0');
  const cookie = { domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'no_restriction', session: true, storeId: '0' };
  await transfer.paste(JSON.stringify({ format: 'crumb', version: 1, cookies: [
    { ...cookie, name: 'fine', value: '1' },
    // Valid by the rules; Chrome refuses a cross-site partition that claims no cross-site ancestor.
    { ...cookie, name: 'refused', value: '2', partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: false } },
  ] }));
  await transfer.preview();
  expect((await transfer.previewRows()).map((row) => `${row.name}:${row.status}`)).toEqual(['fine:New', 'refused:New']);
  await transfer.confirmImport(2);
  expect(await transfer.reportText()).toMatch(
    /^Imported 1 cookies\. 1 could not be written: refused \(shop\.example\.test\/\): The browser refused the cookie "refused" for shop\.example\.test \(browser: .*hasCrossSiteAncestor.*\)/,
  );
  expect((await transfer.jar()).map((c) => c.name)).toEqual(['fine']);

  await transfer.undo();
  expect(await transfer.reportText()).toBe('Import undone: 1 created cookies removed, 0 replaced cookies restored.');
  expect(await transfer.jar()).toEqual([]);
});

test('bad input is explained, says where, and changes nothing', async ({ transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open();

  await transfer.paste('[{"name": "a", "value": "1", "domain": ".a.test", "pa');
  await transfer.preview();
  expect((await transfer.issues()).join('\n')).toMatch(/^line 1, column \d+: .*ends too early/m);
  expect(await transfer.alertText()).toContain('No cookie could be read');

  await transfer.paste(JSON.stringify([{ name: 'ok', value: 'v', domain: '.a.test', path: '/', secure: 'yes' }, { name: null }, 'x']));
  await transfer.preview();
  expect(await transfer.issues()).toEqual([
    'item 1: "secure" should be true or false, found the text "yes"; used false',
    'item 2: "name" should be text, found null; skipped',
    'item 3: Expected a cookie object, found the text "x"; skipped',
  ]);

  await transfer.paste('hello, these are not cookies');
  await transfer.preview();
  expect((await transfer.issues())[0]).toMatch(/^file: Not a format Crumb can read/);

  await transfer.paste('Cookie: a=1; b=2');
  await transfer.preview();
  expect((await transfer.issues())[0]).toMatch(/^file: Choose the site these cookies belong to/);

  await transfer.chooseFile('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  expect(await transfer.alertText()).toBe('The file “photo.png” is not a text file: it holds binary data (a NUL byte at position 9). Choose a cookie export such as cookies.txt or a .json file.');
  await expect(transfer.importRegion().getByRole('table')).toHaveCount(0);

  await transfer.chooseFile('huge.txt', 'x'.repeat(10 * 1024 * 1024 + 1));
  expect(await transfer.alertText()).toMatch(/^The file “huge.txt” is 10\.0 MB; Crumb imports at most 10 MB/);

  // 5,000 lines: a seventh broken, a seventh with a bad flag, a seventh with a control character in
  // the value (rejected by the rules); 3,572 read, 2,858 valid. Previewed, never confirmed.
  const lines = ['# Netscape HTTP Cookie File'];
  for (let i = 0; i < 5000; i++) {
    if (i % 7 === 3) lines.push(`broken line ${i}`);
    else if (i % 7 === 5) lines.push(`mixed.test\tMAYBE\t/\tFALSE\t0\tn${i}\tv`);
    else lines.push(`.mixed.test\tTRUE\t/\tFALSE\t0\tc${i}\t${i % 7 === 6 ? `v\u0001${i}` : `v${i}`}`);
  }
  await transfer.chooseFile('mixed.txt', lines.join('\n'));
  await transfer.preview();
  const issues = await transfer.issues();
  expect(issues[0]).toMatch(/^line 5: /);
  expect(issues[1]).toBe('line 7: Field 2 (include subdomains) should be TRUE or FALSE, found "MAYBE"');
  // The parser lists the first 500 problems and counts the rest: 1,428 lines are broken.
  expect(issues.at(-1)).toBe('file: 928 more problems are not listed');
  await expect(transfer.importRegion().getByText(/^Read 3572 cookies as Netscape cookies\.txt\.$/)).toBeVisible();
  const rejected = (await transfer.previewRows()).filter((row) => row.status === 'Rejected');
  expect(rejected[0]).toEqual(expect.objectContaining({ name: 'c6', reason: expect.stringContaining('control character U+0001') }));
  await expect(transfer.importRegion().getByRole('button', { name: 'Import 2858 cookies' })).toBeVisible();

  expect(await transfer.jar(), 'nothing was written').toEqual(before);
});

test('export: curl sends exactly the Cookie header the browser sends, given our cookies.txt', async ({ transfer }) => {
  // cookies.txt has no partitions: a partitioned cookie would reach curl as an ordinary one.
  await transfer.plantZoo({ partitioned: false });
  await transfer.open('?storeId=0&site=example.test');
  await transfer.exportText('Netscape cookies.txt', 'example.test', /^# Netscape HTTP Cookie File\n/);
  const file = await transfer.download();
  expect(file.name).toMatch(/^cookies-example\.test-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(file.text.startsWith('# Netscape HTTP Cookie File\n')).toBe(true);

  const dir = await mkdtemp(join(tmpdir(), 'crumb-curl-'));
  try {
    const jar = join(dir, file.name);
    await writeFile(jar, file.text);
    for (const path of ['/echo', '/account/echo']) {
      const url = `${transfer.site.origin(HOSTS.shop)}${path}`;
      const { stdout } = await promisify(execFile)('curl', [
        '-sk', '--resolve', `${HOSTS.shop}:${transfer.site.port}:127.0.0.1`, '-b', jar, url,
      ]);
      const curlHeader = (JSON.parse(stdout) as { cookie: string }).cookie;
      expect(headerPairs(curlHeader), path).toEqual(headerPairs(await transfer.siteHeader(path)));
      expect(headerPairs(curlHeader).length, path).toBeGreaterThan(5);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("export: Playwright's context.addCookies accepts our storageState and recreates the cookies", async ({ transfer, chromium }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open('?storeId=0');
  const state = JSON.parse(await transfer.exportText('Playwright storageState', null, /^\{\s*"cookies": \[/)) as { cookies: Parameters<typeof chromium.context.addCookies>[0] };
  expect(state.cookies).toHaveLength(before.length);

  await chromium.context.clearCookies();
  expect(await transfer.jar()).toEqual([]);
  await chromium.context.addCookies(state.cookies);
  // Playwright's format has no "unspecified" SameSite (Lax is what Chrome applies then), nor Chrome's cross-site ancestor bit.
  const strip = (cookies: Cookie[]) =>
    cookies.map(({ partitionKey, sameSite, ...c }) => ({
      ...c,
      sameSite: sameSite === 'unspecified' ? 'lax' : sameSite,
      partitioned: partitionKey?.topLevelSite ?? null,
    }));
  expect(strip(await transfer.jar())).toEqual(strip(before));
});

test('export to every format, and a Crumb JSON export imported into an emptied store recreates the same cookies', async ({ transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open('?storeId=0');
  const formats: [label: string, looks: RegExp][] = [
    ['Netscape cookies.txt', /^# Netscape HTTP Cookie File\n/],
    ['Cookie-Editor JSON', /^\[\s*\{[^]*"storeId": null/],
    ['EditThisCookie JSON', /^\[\s*\{[^]*"id": 1\b/],
    ['Playwright storageState', /^\{\s*"cookies": \[[^]*"partitionKey": "https:\/\/top\.test"/],
    ['Set-Cookie headers', /^Set-Cookie: [^]*; Partitioned/],
    ['curl command', /^curl -b '/],
    ['Crumb JSON', /^\{\s*"format": "crumb"[^]*"topLevelSite": "https:\/\/top\.test"/],
  ];
  for (const [label, looks] of formats) await transfer.exportText(label, null, looks);
  const file = await transfer.download();
  expect(file.name).toMatch(/^cookies-store-default-\d{4}-\d{2}-\d{2}\.json$/);

  await transfer.page.context().clearCookies();
  await transfer.chooseFile(file.name, file.text);
  await transfer.preview();
  expect((await transfer.previewRows()).every((row) => row.status === 'New')).toBe(true);
  await transfer.confirmImport(before.length);
  expect(await transfer.jar()).toEqual(before);
});
