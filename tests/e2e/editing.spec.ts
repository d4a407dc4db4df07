import type { Cookie } from '../../src/core/cookie';
import { HOSTS, PARTITIONED } from '../site/server.js';
import { comparable, headerPairs } from './harness/cookie-match';
import { save } from './harness/editor';
import { expect, test } from './harness/fixtures';
import { localDateTime, nowSeconds } from './harness/local-time';
import type { BrowserHarness } from './harness/types';
import { PARTITIONED_ROW, browserCookiesNamed, expectSiteMatchesBrowser, plantZoo } from './harness/zoo';

const PLAIN_ROW = 'plain on shop.example.test/';
const DAY = 24 * 60 * 60;

async function onlyCookieNamed(harness: BrowserHarness, name: string): Promise<Cookie> {
  const found = await browserCookiesNamed(harness, name);
  expect(found, `cookies named ${name}`).toHaveLength(1);
  return found[0]!;
}

test('create a domain cookie with every attribute', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await popup.click('Add cookie');
  expect(await popup.editorHeading()).toBe('New cookie');

  const expires = nowSeconds() + 2 * DAY;
  await popup.fill('Name', 'made');
  await popup.fill('Value', 'every-attribute');
  await popup.fill('Domain', HOSTS.shop);
  await popup.setChecked('Host-only', false);
  await popup.fill('Path', '/account');
  await popup.setChecked('Session', true);
  expect(await popup.isDisabled('Expires')).toBe(true);
  await popup.setChecked('Session', false);
  expect(await popup.isDisabled('Expires')).toBe(false);
  await popup.fill('Expires', localDateTime(expires));
  await popup.setChecked('Secure', true);
  await popup.setChecked('HttpOnly', true);
  await popup.select('SameSite', 'strict');
  await popup.setChecked('Partitioned', false);
  await save(popup);

  await expect.poll(() => popup.rowNames()).toContain('made on .shop.example.test/account');
  const made = await onlyCookieNamed(harness, 'made');
  expect(made).toMatchObject({
    value: 'every-attribute',
    domain: '.shop.example.test',
    hostOnly: false,
    path: '/account',
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
    session: false,
  });
  expect(made.partitionKey).toBeUndefined();
  expect(made.expirationDate).toBeCloseTo(expires, -1);
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.sub)}/account/echo`))).toContain('made=every-attribute');
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`))).not.toContain('made=every-attribute');
  await expectSiteMatchesBrowser(harness, site);
});

test('create a partitioned cookie: it lands in the partition of the top-level site given', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await popup.click('Add cookie');
  await popup.fill('Name', 'chip');
  await popup.fill('Value', 'made-partitioned');
  await popup.fill('Domain', HOSTS.shop);
  await popup.setChecked('Host-only', true);
  await popup.fill('Path', '/');
  await popup.setChecked('Secure', true);
  await popup.select('SameSite', 'no_restriction');
  await popup.setChecked('Partitioned', true);
  await popup.fill('Top-level site', `https://${HOSTS.top}`);
  await save(popup);

  await expect.poll(() => popup.rowNames()).toContain(`chip on ${HOSTS.shop}/, partitioned for https://${HOSTS.top}`);
  const chip = await onlyCookieNamed(harness, 'chip');
  expect(chip.partitionKey?.topLevelSite).toBe(`https://${HOSTS.top}`);
  const inFrame = await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`, { embeddedIn: site.origin(HOSTS.top) });
  expect(headerPairs(inFrame)).toContain('chip=made-partitioned');
  await expectSiteMatchesBrowser(harness, site);
});

test('update the value of a cookie: same cookie, same attributes, new value', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = await onlyCookieNamed(harness, 'plain');
  const popup = await harness.openPopup(shop);
  await popup.openRow(PLAIN_ROW);
  expect(await popup.editorHeading()).toBe('Edit cookie');
  expect(await popup.fieldValue('Value')).toBe(before.value);
  await popup.fill('Value', 'changed-value');
  await save(popup);

  expect(await onlyCookieNamed(harness, 'plain')).toEqual({ ...before, value: 'changed-value' });
  expect(await popup.rowText(PLAIN_ROW)).toContain('changed-value');
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`))).toContain('plain=changed-value');
  await expectSiteMatchesBrowser(harness, site);
});

test('change attributes: SameSite, HttpOnly, and session to persistent by Max-Age', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const lax = await onlyCookieNamed(harness, 'lax');
  const plain = await onlyCookieNamed(harness, 'plain');
  const popup = await harness.openPopup(shop);

  await popup.openRow('lax on shop.example.test/');
  expect(await popup.fieldValue('SameSite')).toBe('lax');
  await popup.select('SameSite', 'strict');
  await popup.setChecked('HttpOnly', true);
  await save(popup);
  expect(await onlyCookieNamed(harness, 'lax')).toEqual({ ...lax, sameSite: 'strict', httpOnly: true });

  await popup.openRow(PLAIN_ROW);
  expect(await popup.isChecked('Session')).toBe(true);
  await popup.setChecked('Session', false);
  await popup.fill('Max-Age', '3600');
  const savedAt = nowSeconds();
  await save(popup);
  const persistent = await onlyCookieNamed(harness, 'plain');
  expect({ ...persistent, expirationDate: undefined }).toEqual({ ...plain, session: false, expirationDate: undefined });
  expect(persistent.expirationDate).toBeGreaterThanOrEqual(savedAt + 3600 - 5);
  expect(persistent.expirationDate).toBeLessThanOrEqual(savedAt + 3600 + 5);
  await expectSiteMatchesBrowser(harness, site);
});

test('make a host-only cookie a domain cookie: the subdomain then receives it', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await popup.openRow(PLAIN_ROW);
  expect(await popup.isChecked('Host-only')).toBe(true);
  expect(await popup.fieldValue('Domain')).toBe(HOSTS.shop);
  await popup.setChecked('Host-only', false);
  await save(popup);

  await expect.poll(() => popup.rowNames()).toContain('plain on .shop.example.test/');
  await expect.poll(() => popup.rowNames()).not.toContain(PLAIN_ROW);
  expect(await onlyCookieNamed(harness, 'plain')).toMatchObject({ domain: '.shop.example.test', hostOnly: false });
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.sub)}/echo`))).toContain('plain=host-only-session');
  await expectSiteMatchesBrowser(harness, site);
});

test('rename a cookie: the new name replaces the old one', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = await onlyCookieNamed(harness, 'plain');
  const popup = await harness.openPopup(shop);
  await popup.openRow(PLAIN_ROW);
  await popup.fill('Name', 'renamed');
  await save(popup);

  await expect.poll(() => popup.rowNames()).toContain('renamed on shop.example.test/');
  await expect.poll(() => popup.rowNames()).not.toContain(PLAIN_ROW);
  expect(await browserCookiesNamed(harness, 'plain')).toEqual([]);
  expect(await onlyCookieNamed(harness, 'renamed')).toEqual({ ...before, name: 'renamed' });
  const pairs = headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`));
  expect(pairs).toContain('renamed=host-only-session');
  expect(pairs).not.toContain('plain=host-only-session');
  await expectSiteMatchesBrowser(harness, site);
});

test('move a cookie to another path: only that path receives it', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await popup.openRow(PLAIN_ROW);
  await popup.fill('Path', '/account');
  await save(popup);

  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/account');
  await expect.poll(() => popup.rowNames()).not.toContain(PLAIN_ROW);
  expect(await onlyCookieNamed(harness, 'plain')).toMatchObject({ path: '/account', value: 'host-only-session' });
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`))).not.toContain('plain=host-only-session');
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/account/echo`))).toContain('plain=host-only-session');
  await expectSiteMatchesBrowser(harness, site);
});

test('rejected edits show an alert naming the rule and write nothing', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = comparable(await harness.browserCookies());
  const popup = await harness.openPopup(shop);

  const cases: { row: string; edit: () => Promise<void>; alertMentions: RegExp }[] = [
    {
      row: '__Host-hostpfx on shop.example.test/',
      edit: async () => {
        await popup.setChecked('Host-only', false);
        await popup.fill('Domain', HOSTS.shop);
      },
      alertMentions: /__Host-/,
    },
    { row: 'none on shop.example.test/', edit: () => popup.setChecked('Secure', false), alertMentions: /Secure/ },
    { row: PLAIN_ROW, edit: () => popup.fill('Name', 'two words'), alertMentions: /Name/ },
    { row: PLAIN_ROW, edit: () => popup.fill('Path', 'no-slash'), alertMentions: /Path/ },
  ];
  for (const { row, edit, alertMentions } of cases) {
    await popup.openRow(row);
    await edit();
    await popup.click('Save');
    expect(await popup.alertText(), row).toMatch(alertMentions);
    expect(await popup.editorHeading(), row).toBe('Edit cookie');
    expect(comparable(await harness.browserCookies()), row).toEqual(before);
    await popup.click('Cancel');
    await expect.poll(() => popup.editorHeading()).toBeNull();
  }
  await expectSiteMatchesBrowser(harness, site);
});

test('an expiry in the past asks first, and a second Save deletes the cookie', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = comparable(await harness.browserCookies());
  const popup = await harness.openPopup(shop);
  await popup.openRow('persist on shop.example.test/');
  await popup.fill('Expires', localDateTime(nowSeconds() - DAY));
  await popup.click('Save');
  // The drivers' innerText puts a line break (Chromium) or a space (Firefox) between the two paragraphs.
  expect((await popup.alertText()).replace(/\s+/g, ' '))
    .toBe('Expires is in the past: saving will delete the cookie Press Save again to delete it, or change Expires.');
  expect(comparable(await harness.browserCookies())).toEqual(before);

  await save(popup);
  expect(comparable(await harness.browserCookies())).toEqual(before.filter((c) => c.name !== 'persist'));
  await expect.poll(() => popup.rowNames()).not.toContain('persist on shop.example.test/');
  await expectSiteMatchesBrowser(harness, site);
});

test('a partitioned cookie edited in the popup stays in its partition', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = await onlyCookieNamed(harness, PARTITIONED.name);
  const popup = await harness.openPopup(shop);
  await popup.openRow(PARTITIONED_ROW);
  expect(await popup.isChecked('Partitioned')).toBe(true);
  expect(await popup.fieldValue('Top-level site')).toBe(`https://${HOSTS.top}`);
  await popup.fill('Value', 'edited-in-partition');
  await save(popup);

  const after = await onlyCookieNamed(harness, PARTITIONED.name);
  expect(after).toEqual({ ...before, value: 'edited-in-partition' });
  await expect.poll(() => popup.rowNames()).toContain(PARTITIONED_ROW);
  const inFrame = await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`, { embeddedIn: site.origin(HOSTS.top) });
  expect(headerPairs(inFrame)).toEqual([`${PARTITIONED.name}=edited-in-partition`]);
  await expectSiteMatchesBrowser(harness, site);
});
