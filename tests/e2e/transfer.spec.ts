// The import/export page (src/pages/transfer), in every browser the harness drives: preview,
// confirm, report and undo of an import; bad input that changes nothing; exports that real
// consumers (curl, Playwright) accept; exports of what a search matches, and the links to them.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HOSTS } from '../site/server.js';
import type { Cookie } from '../../src/core/cookie';
import { playwrightContext } from './harness/chromium';
import { comparable, headerPairs } from './harness/cookie-match';
import { expect, launchSpeaking, test as harnessTest } from './harness/fixtures';
import { ariaInPage } from './harness/aria-in-page';
import { IMPORT, POPUP_PATH, previewRowsInPage, SITES_PATH, TransferPage } from './harness/transfer-page';
import { setCookieUrl } from './harness/zoo';

const test = harnessTest.extend<{ transfer: TransferPage }>({
  transfer: async ({ harness, site }, use) => {
    await use(new TransferPage(harness, site));
  },
});

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
  await transfer.open(`?storeId=${transfer.store}&site=example.test`);

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
  expect(await transfer.reportText()).toBe('Import undone: 2 created cookies removed, 1 replaced cookie restored.');
  expect(await transfer.jar()).toEqual(before);
});

test('import a Cookie-Editor JSON file: every attribute lands, and undo removes it again', async ({ harness, transfer }) => {
  await transfer.open(`?storeId=${transfer.store}`);
  const inAYear = Math.round(Date.now() / 1000) + 365 * 86_400;
  await transfer.chooseFile('cookies.json', JSON.stringify([
    { domain: '.example.test', expirationDate: inAYear, hostOnly: false, httpOnly: false, name: 'ce1', path: '/', sameSite: 'lax', secure: true, session: false, storeId: null, value: 'one' },
    { domain: 'shop.example.test', hostOnly: true, httpOnly: true, name: 'ce2', path: '/account', sameSite: 'strict', secure: true, session: true, storeId: null, value: 'two' },
  ]));
  await expect.poll(() => transfer.page.regionText(IMPORT)).toContain('Reading from “cookies.json” (1 KB).');
  await transfer.preview();
  expect(await transfer.paragraphs(IMPORT)).toContain('Read 2 cookies as Cookie-Editor JSON.');
  expect((await transfer.previewRows()).map((row) => `${row.name}:${row.status}`)).toEqual(['ce1:New', 'ce2:New']);
  await transfer.confirmImport(2);
  expect(await transfer.reportText()).toBe('Imported 2 cookies.');

  // Firefox reports every cookie's first-party domain, "" unless first-party isolation is on.
  const browserFields = { storeId: transfer.store, ...(harness.name === 'firefox' ? { firstPartyDomain: '' } : {}) };
  expect(await transfer.jar()).toEqual([
    { name: 'ce1', value: 'one', domain: '.example.test', hostOnly: false, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: false, expirationDate: inAYear, ...browserFields },
    { name: 'ce2', value: 'two', domain: 'shop.example.test', hostOnly: true, path: '/account', secure: true, httpOnly: true, sameSite: 'strict', session: true, ...browserFields },
  ]);

  await transfer.undo();
  expect(await transfer.jar()).toEqual([]);
});

test("the browser's refusal is reported for its cookie; undo then removes only what was written", async ({ harness, transfer }) => {
  test.skip(harness.name !== 'chromium', "the refusal is Chrome's: it checks hasCrossSiteAncestor, a bit Firefox's partition keys do not have");
  await transfer.open(`?storeId=${transfer.store}`);
  const cookie = { domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'no_restriction', session: true, storeId: transfer.store };
  await transfer.paste(JSON.stringify({ format: 'crumb', version: 1, cookies: [
    { ...cookie, name: 'fine', value: '1' },
    // Valid by the rules; Chrome refuses a cross-site partition that claims no cross-site ancestor.
    { ...cookie, name: 'refused', value: '2', partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: false } },
  ] }));
  await transfer.preview();
  expect((await transfer.previewRows()).map((row) => `${row.name}:${row.status}`)).toEqual(['fine:New', 'refused:New']);
  await transfer.confirmImport(2);
  expect(await transfer.reportText()).toMatch(
    /^Imported 1 cookie\. 1 could not be written: refused \(shop\.example\.test\/\): The browser refused the cookie "refused" for shop\.example\.test \(browser: .*hasCrossSiteAncestor.*\)/,
  );
  expect((await transfer.jar()).map((c) => c.name)).toEqual(['fine']);

  await transfer.undo();
  expect(await transfer.reportText()).toBe('Import undone: 1 created cookie removed, 0 replaced cookies restored.');
  expect(await transfer.jar()).toEqual([]);
});

test('truncated JSON is explained with its line and column, and changes nothing', async ({ transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open();

  await transfer.paste('[{"name": "a", "value": "1", "domain": ".a.test", "pa');
  await transfer.preview();
  expect(await transfer.alertText()).toContain('No cookie could be read');
  expect((await transfer.issues()).join('\n')).toMatch(/^line 1, column \d+: .*ends too early/m);
  expect(await transfer.jar(), 'nothing was written').toEqual(before);
});

test('bad input is explained, says where, and changes nothing', async ({ transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open();

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

  // The file is read after it is chosen: until then the previous alert stays.
  await transfer.chooseFile('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect.poll(() => transfer.alertText()).toBe('The file “photo.png” is not a text file: it holds binary data (a NUL byte at position 9). Choose a cookie export such as cookies.txt or a .json file.');
  expect(await transfer.page.evaluate(previewRowsInPage)).toBeNull();

  await transfer.chooseFile('huge.txt', 'x'.repeat(10 * 1024 * 1024 + 1));
  await expect.poll(() => transfer.alertText()).toMatch(/^The file “huge.txt” is 10\.0 MB; Crumb imports at most 10 MB/);

  // 5,000 lines: a seventh broken, a seventh with a bad flag, a seventh with a control character in
  // the value (rejected by the rules); 3,572 read, 2,858 valid. Previewed, never confirmed.
  const lines = ['# Netscape HTTP Cookie File'];
  for (let i = 0; i < 5000; i++) {
    if (i % 7 === 3) lines.push(`broken line ${i}`);
    else if (i % 7 === 5) lines.push(`mixed.test\tMAYBE\t/\tFALSE\t0\tn${i}\tv`);
    else lines.push(`.mixed.test\tTRUE\t/\tFALSE\t0\tc${i}\t${i % 7 === 6 ? `v\u0001${i}` : `v${i}`}`);
  }
  await transfer.chooseFile('mixed.txt', lines.join('\n'));
  await expect.poll(() => transfer.page.regionText(IMPORT)).toContain('Reading from “mixed.txt”');
  await transfer.preview();
  const issues = await transfer.issues();
  expect(issues[0]).toMatch(/^line 5: /);
  expect(issues[1]).toBe('line 7: Field 2 (include subdomains) should be TRUE or FALSE, found "MAYBE"');
  // The parser lists the first 500 problems and counts the rest: 1,428 lines are broken.
  expect(issues.at(-1)).toBe('file: 928 more problems are not listed');
  expect(await transfer.paragraphs(IMPORT)).toContain('Read 3,572 cookies as Netscape cookies.txt.');
  const rejected = (await transfer.previewRows()).filter((row) => row.status === 'Rejected');
  expect(rejected[0]).toEqual(expect.objectContaining({ name: 'c6', reason: expect.stringContaining('control character U+0001') }));
  expect(await transfer.page.hasButton('Import 2,858 cookies')).toBe(true);

  expect(await transfer.jar(), 'nothing was written').toEqual(before);
});

test('in a German browser, what is wrong with a file is said in German, and nothing is written', async ({ crumbBrowser, site }) => {
  const german = await launchSpeaking(crumbBrowser, 'de');
  try {
    const transfer = new TransferPage(german.harness, site);
    await transfer.plantZoo();
    const before = await transfer.jar();
    const page = await german.harness.openExtensionPage('src/pages/transfer/index.html');
    const expectProblems = async (text: string, expected: string[]): Promise<void> => {
      await page.fill('Zu importierende Cookies', text);
      await page.click('Vorschau');
      await expect.poll(() => page.listItems('Probleme in der Eingabe')).toEqual(expected);
    };

    const cut = '[{"name": "a", "value": "1", "domain": ".a.test"}, {"name": "b", "pa';
    await expectProblems(cut, [
      `Zeile 1, Spalte ${cut.length + 1}: Kein gültiges JSON: der Text endet zu früh (abgeschnitten?); 1 vollständiger Eintrag gefunden und gelesen`,
      'Eintrag 2 (Zeile 1): Der Text endet mitten in diesem Eintrag; übersprungen',
    ]);
    expect(await page.regionText(IMPORT)).toContain('1 Cookie als Cookie-Editor JSON gelesen.');

    await expectProblems(JSON.stringify([{ name: 'ok', value: 'v', domain: '.a.test', path: '/', secure: 'yes' }, { name: null }, 'x']), [
      'Eintrag 1: "secure" sollte true oder false sein, gefunden: der Text "yes"; false verwendet',
      'Eintrag 2: "name" sollte Text sein, gefunden: null; übersprungen',
      'Eintrag 3: Cookie-Objekt erwartet, gefunden: der Text "x"; übersprungen',
    ]);

    await expectProblems('Cookie: a=1; b=2', [
      'Datei: Wählen Sie die Website, zu der diese Cookies gehören: ein Cookie-Header sagt nicht, zu welcher Website seine Cookies gehören',
    ]);
    expect(await page.regionText(IMPORT)).toContain('0 Cookies als Cookie-Header gelesen.');

    // 501 broken lines: 500 listed, and the one more counted in the singular.
    await page.fill('Zu importierende Cookies', ['# Netscape HTTP Cookie File', ...Array.from({ length: 501 }, (_, i) => `kaputt ${i}`)].join('\n'));
    await page.click('Vorschau');
    await expect.poll(async () => (await page.listItems('Probleme in der Eingabe')).at(-1)).toBe('Datei: 1 weiteres Problem ist nicht aufgeführt');
    expect((await page.listItems('Probleme in der Eingabe'))[0]).toBe('Zeile 2: 7 durch Tabulatoren getrennte Felder erwartet, gefunden: 1');

    expect(await transfer.jar(), 'nothing was written').toEqual(before);
  } finally {
    await german.close();
  }
});

test('export: curl sends exactly the Cookie header the browser sends, given our cookies.txt', async ({ transfer }) => {
  // cookies.txt has no partitions: a partitioned cookie would reach curl as an ordinary one.
  await transfer.plantZoo({ partitioned: false });
  await transfer.open(`?storeId=${transfer.store}&site=example.test`);
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

test('export: one curl command and the Cookie header send the Request URL exactly what the browser sends there on a top-level navigation', async ({ harness, transfer }) => {
  await transfer.plantZoo();
  const shopUrl = `${transfer.site.origin(HOSTS.shop)}/account/echo.html`;
  await transfer.open(`?storeId=${transfer.store}&site=example.test&url=${encodeURIComponent(shopUrl)}`);
  await transfer.chooseFormat('curl command');
  expect(await transfer.page.fieldValue('Request URL'), 'prefilled with the tab URL, port kept').toBe(shopUrl);

  const targets = [
    shopUrl,
    `${transfer.site.origin(HOSTS.shop)}/echo.html`,
    `${transfer.site.origin(HOSTS.sub)}/account/echo.html`,
    // Plain http on a port of its own: no Secure cookie goes there.
    `${transfer.site.httpOrigin(HOSTS.shop)}/account/echo.html`,
  ];
  for (const url of targets) {
    const browserSent = await harness.navigationCookieHeader(url);
    expect(headerPairs(browserSent).length, url).toBeGreaterThan(1);
    await transfer.page.fill('Request URL', url);
    const command = await transfer.exportPreview(new RegExp(`^curl --globoff -H 'Cookie: .*' '${escapeRegExp(url)}'\n$`));
    expect(await transfer.exportCount()).toBe(`${headerPairs(browserSent).length} cookies`);
    // The command as written; only the test's own network (the test site's name and certificate) is added.
    const port = new URL(url).port;
    const { stdout } = await promisify(execFile)('sh', ['-c', `${command.trim()} -sk --resolve ${new URL(url).hostname}:${port}:127.0.0.1`]);
    const curlSent = (JSON.parse(decodeEntities(/<pre id="cookie">([^<]*)<\/pre>/.exec(stdout)?.[1] ?? '')) as { cookie: string }).cookie;
    expect(curlSent, url).toBe(browserSent);

    await transfer.chooseFormat('Cookie header');
    expect(await transfer.exportPreview(/^Cookie: /), url).toBe(`Cookie: ${browserSent}\n`);
    await transfer.chooseFormat('curl command');
  }

  await transfer.page.fill('Request URL', 'shop.example.test/');
  await expect.poll(() => transfer.exportCount()).toBe('Type a request URL (http:// or https://): the export is what the browser sends there.');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The test site writes the header into its page with every character as a numeric entity where needed. */
function decodeEntities(html: string): string {
  return html.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

test("export: Playwright's context.addCookies accepts our storageState and recreates the cookies", async ({ harness, transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open(`?storeId=${transfer.store}`);
  const state = JSON.parse(await transfer.exportText('Playwright storageState', null, /^\{\s*"cookies": \[/)) as { cookies: unknown[] };
  expect(state.cookies).toHaveLength(before.length);

  // The export above runs in every browser; the consumer needs a browser Playwright drives.
  test.skip(harness.name !== 'chromium', 'Playwright cannot drive this Firefox, so its addCookies cannot be tried there');
  const context = playwrightContext(harness);
  await harness.clearCookies();
  expect(await transfer.jar()).toEqual([]);
  await context.addCookies(state.cookies as Parameters<typeof context.addCookies>[0]);
  // Playwright's format has no "unspecified" SameSite (Lax is what Chrome applies then), nor Chrome's cross-site ancestor bit.
  const strip = (cookies: Cookie[]) =>
    cookies.map(({ partitionKey, sameSite, ...c }) => ({
      ...c,
      sameSite: sameSite === 'unspecified' ? 'lax' : sameSite,
      partitioned: partitionKey?.topLevelSite ?? null,
    }));
  expect(strip(await transfer.jar())).toEqual(strip(before));
});

test('export to every format, and a Crumb JSON export imported into an emptied store recreates the same cookies', async ({ harness, transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open(`?storeId=${transfer.store}`);
  const formats: [label: string, looks: RegExp][] = [
    ['Netscape cookies.txt', /^# Netscape HTTP Cookie File\n/],
    ['Cookie-Editor JSON', /^\[\s*\{[^]*"storeId": null/],
    ['EditThisCookie JSON', /^\[\s*\{[^]*"id": 1\b/],
    ['Playwright storageState', /^\{\s*"cookies": \[[^]*"partitionKey": "https:\/\/top\.test"/],
    ['Set-Cookie headers', /^Set-Cookie: [^]*; Partitioned/],
    ['Crumb JSON', /^\{\s*"format": "crumb"[^]*"topLevelSite": "https:\/\/top\.test"/],
  ];
  for (const [label, looks] of formats) await transfer.exportText(label, null, looks);
  const file = await transfer.download();
  expect(file.name).toMatch(/^cookies-store-default-\d{4}-\d{2}-\d{2}\.json$/);

  await harness.clearCookies();
  await transfer.chooseFile(file.name, file.text);
  await transfer.preview();
  expect((await transfer.previewRows()).every((row) => row.status === 'New')).toBe(true);
  await transfer.confirmImport(before.length);
  expect(await transfer.jar()).toEqual(before);
});

test('an import that overwrites a partitioned cookie says so, and undo puts the original back', async ({ transfer }) => {
  await transfer.plantZoo();
  const before = await transfer.jar();
  await transfer.open(`?storeId=${transfer.store}`);
  // Playwright's storageState names a partition by its top-level site alone, as most formats do.
  await transfer.paste(JSON.stringify({ cookies: [
    { name: 'part', value: 'overwritten', domain: 'shop.example.test', path: '/', expires: -1, httpOnly: false, secure: true, sameSite: 'None', partitionKey: 'https://top.test' },
  ] }));
  await transfer.preview();
  expect((await transfer.previewRows()).map((row) => `${row.name}:${row.status}`)).toEqual(['part:Replaces existing']);
  await transfer.confirmImport(1);
  expect(await transfer.reportText()).toBe('Imported 1 cookie.');
  expect((await transfer.jar()).filter((c) => c.name === 'part').map((c) => c.value)).toEqual(['overwritten']);
  await transfer.undo();
  expect(await transfer.reportText()).toBe('Import undone: 0 created cookies removed, 1 replaced cookie restored.');
  expect(await transfer.jar()).toEqual(before);
});

/** Crumb JSON is lossless: its cookies compare with the jar's one for one. */
function crumbCookies(text: string): Cookie[] {
  return comparable((JSON.parse(text) as { cookies: Cookie[] }).cookies);
}

/** Cookies of another site, some with values like the zoo's, so a search must weigh every term. */
async function plantElsewhere(transfer: TransferPage): Promise<void> {
  await transfer.harness.openSite(
    setCookieUrl(transfer.site, HOSTS.top, 'sameish=same-site-elsewhere; Path=/', 'spare=spare-parts; Path=/'),
  );
}

test('export matching a search: ?query= chooses the scope, and exactly the matching cookies are exported', async ({ transfer }) => {
  await transfer.plantZoo();
  await plantElsewhere(transfer);
  const jar = await transfer.jar();
  const query = 'domain:example.test value:"same-site"';
  await transfer.open(`?storeId=${transfer.store}&query=${encodeURIComponent(query)}`);
  const { page } = transfer;
  expect(await page.selectedOption('Scope')).toBe('Cookies matching a search');
  expect(await page.fieldValue('Search')).toBe(query);

  // Both terms: a domain with example.test in it and a value with same-site in it, whatever the case.
  const expected = jar.filter((c) => c.domain.includes('example.test') && c.value.toLowerCase().includes('same-site'));
  expect(expected.map((c) => c.name).sort()).toEqual(['lax', 'none', 'strict']);
  await transfer.chooseFormat('Crumb JSON');
  const text = await transfer.exportPreview(/^\{\s*"format": "crumb"/);
  expect(crumbCookies(text)).toEqual(expected);
  expect(await transfer.exportCount()).toBe('3 cookies');
  const file = await transfer.download();
  expect(file.name).toMatch(/^cookies-store-default-matching-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.text).toBe(text);

  // Typing another search exports what that one matches: here the partitioned cookie alone, by its name.
  await page.fill('Search', 'name:part');
  const partitioned = jar.filter((c) => c.name.includes('part'));
  expect(partitioned).toEqual([expect.objectContaining({ name: 'part', partitionKey: expect.objectContaining({ topLevelSite: 'https://top.test' }) })]);
  await expect.poll(async () => crumbCookies(await page.fieldValue('Export preview'))).toEqual(partitioned);
  expect(await transfer.exportCount()).toBe('1 cookie');

  // Free text matches names, values and domains of any site.
  await page.fill('Search', 'PART');
  const anyField = jar.filter((c) => [c.name, c.value, c.domain].some((field) => field.toLowerCase().includes('part')));
  expect(anyField.map((c) => c.name).sort()).toEqual(['part', 'spare']);
  await expect.poll(async () => crumbCookies(await page.fieldValue('Export preview'))).toEqual(anyField);

  // A search without terms would match everything: it exports nothing until one is typed.
  await page.fill('Search', '  ');
  await expect.poll(() => transfer.exportCount()).toBe('Type a search: the cookies it matches are exported.');
  await expect.poll(() => page.fieldValue('Export preview')).toBe('');
  expect(await transfer.page.evaluate(ariaInPage, {
    op: 'disabled', target: { by: 'role', query: { role: 'button', name: { exact: 'Download file' } } },
  })).toBe(true);
});

/** Runs in the page: the href and target of the one link with this exact accessible name, as written in the page. */
function linkInPage(name: string): { href: string; target: string } | null {
  const link = [...document.querySelectorAll('a[href]')].find((a) => (a.textContent ?? '').trim() === name);
  return link ? { href: link.getAttribute('href') ?? '', target: link.getAttribute('target') ?? '' } : null;
}

/** The extension path a page's relative link leads to. */
function linkedPath(fromPath: string, href: string): string {
  const base = new URL(fromPath, 'https://extension.invalid/');
  const url = new URL(href, base);
  return `${url.pathname.slice(1)}${url.search}`;
}

test('the all-sites view links to an export of exactly what its search matches', async ({ harness, transfer }) => {
  await transfer.plantZoo();
  await plantElsewhere(transfer);
  const sites = await harness.openExtensionPage(SITES_PATH);
  await expect.poll(() => sites.evaluate(linkInPage, 'Export matching')).toEqual({
    href: `../transfer/index.html?storeId=${encodeURIComponent(transfer.store)}`,
    target: '_blank',
  });
  const query = 'domain:example.test value:"same-site"';
  await sites.fill('Search cookies', query);
  const link = await sites.evaluate(linkInPage, 'Export matching');
  expect(link?.href).toBe(`../transfer/index.html?${new URLSearchParams({ storeId: transfer.store, query })}`);

  await transfer.openPath(linkedPath(SITES_PATH, link?.href ?? ''));
  expect(await transfer.page.selectedOption('Scope')).toBe('Cookies matching a search');
  expect(await transfer.page.fieldValue('Search')).toBe(query);
  expect(await transfer.exportCount()).toBe('3 cookies');
});

test("the popup's Import / export link carries its filter as the export's search", async ({ harness, transfer }) => {
  await harness.openSite(`${transfer.site.origin(HOSTS.top)}/embed`);
  const shop = await harness.openSite(`${transfer.site.origin(HOSTS.shop)}/zoo`);
  const popup = await harness.openExtensionPage(`${POPUP_PATH}?tabId=${shop.id}`);
  const withoutFilter = `../transfer/index.html?storeId=${encodeURIComponent(transfer.store)}&site=example.test&url=${encodeURIComponent(shop.url)}`;
  await expect.poll(async () => (await popup.evaluate(linkInPage, 'Import / export'))?.href).toBe(withoutFilter);

  await popup.fill('Filter cookies', ' same-site ');
  await expect.poll(async () => (await popup.evaluate(linkInPage, 'Import / export'))?.href).toBe(`${withoutFilter}&query=same-site`);
  const link = await popup.evaluate(linkInPage, 'Import / export');
  expect(link?.target).toBe('_blank');

  await transfer.openPath(linkedPath(POPUP_PATH, link?.href ?? ''));
  expect(await transfer.page.selectedOption('Scope')).toBe('Cookies matching a search');
  expect(await transfer.page.fieldValue('Search')).toBe('same-site');
  expect(await transfer.exportCount()).toBe('3 cookies');

  await popup.fill('Filter cookies', '');
  await expect.poll(async () => (await popup.evaluate(linkInPage, 'Import / export'))?.href).toBe(withoutFilter);
});
