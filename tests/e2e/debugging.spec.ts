import { HOSTS } from '../site/server.js';
import { headerPairs } from './harness/cookie-match';
import { expect, test } from './harness/fixtures';
import { nowSeconds } from './harness/local-time';
import type { PopupDriver } from './harness/types';
import { PARTITIONED_ROW, SUBDOMAIN_COOKIE, ZOO_ROWS, plantZoo, setCookieUrl } from './harness/zoo';

const SENT_HERE = 'This page receives this cookie.';
const NOT_SENT_HERE = 'This page does not receive this cookie:';

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const fromB64url = (segment: string) => Buffer.from(segment, 'base64url').toString('utf8');

/**
 * The timeline entries about the cookie named `name`, newest first. The timeline lives as long
 * as the browser, so it also holds what earlier tests did to the site's cookies.
 */
async function changesOf(popup: PopupDriver, name: string): Promise<string[]> {
  return (await popup.listItems('Changes')).filter((text) => text.split(' ')[2] === name);
}

/** "Not sent: <why in words> (A, B)" of a row, as the list of codes; [] when the row has no such badge. */
function notSentCodes(rowText: string): string[] {
  const match = /Not sent: [^(]*\(([A-Za-z]+(?:, [A-Za-z]+)*)\)/.exec(rowText);
  return match ? match[1]!.split(', ') : [];
}

test('a cookie the page sets while the popup is open appears at once; the timeline shows it added, then one update', async ({ harness, site }) => {
  const row = `watched on ${HOSTS.shop}/`;
  const shop = await harness.openSite(`${site.origin(HOSTS.shop)}/`);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toEqual([]);

  // Another tab of the site sets it: the popup is neither reloaded nor touched.
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'watched=first-value; Path=/'));
  await expect.poll(() => popup.rowNames()).toEqual([row]);
  expect(await popup.rowText(row)).toContain('first-value');

  expect(await popup.isPressed('Cookies')).toBe(true);
  await popup.click('Changes');
  expect(await popup.isPressed('Changes')).toBe(true);
  expect(await popup.isPressed('Cookies')).toBe(false);
  await expect.poll(() => changesOf(popup, 'watched')).toEqual([
    expect.stringMatching(/^\d\d:\d\d:\d\d added watched shop\.example\.test\/ explicit first-value$/),
  ]);

  // The browser reports this overwrite as a removal and an insertion: one "updated" entry.
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'watched=second-value; Path=/'));
  await expect.poll(async () => (await changesOf(popup, 'watched')).map((text) => text.split(' ')[1])).toEqual(['updated', 'added']);
  // Soft: the list view below is worth checking even when the values shown are wrong.
  expect.soft(await changesOf(popup, 'watched')).toEqual([
    expect.stringMatching(/^\d\d:\d\d:\d\d updated watched shop\.example\.test\/ overwrite first-value → second-value$/),
    expect.stringMatching(/^\d\d:\d\d:\d\d added watched shop\.example\.test\/ explicit first-value$/),
  ]);

  await popup.click('Cookies');
  expect(await popup.isPressed('Cookies')).toBe(true);
  await expect.poll(() => popup.rowText(row)).toContain('second-value');
  expect(await popup.rowNames()).toEqual([row]);
});

test('a path-scoped cookie, another host\'s and another partition\'s are explained as not sent, by DevTools\' reason names', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  expect(new URL(shop.url).pathname).toBe('/zoo');
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain(PARTITIONED_ROW);

  const acctRow = 'acct on shop.example.test/account';
  const expectations: [row: string, codes: string[]][] = [
    [acctRow, ['NotOnPath']],
    [SUBDOMAIN_COOKIE.row, ['DomainMismatch']],
    [PARTITIONED_ROW, ['PartitionMismatch']],
    ['plain on shop.example.test/', []],
    ['parent on .example.test/', []],
    ['sec on shop.example.test/', []],
  ];
  for (const [row, codes] of expectations) expect(notSentCodes(await popup.rowText(row)), row).toEqual(codes);

  await popup.openRow(acctRow);
  const diagnosis = await popup.regionText('Diagnosis');
  expect(diagnosis.startsWith(`${NOT_SENT_HERE} NotOnPath`), diagnosis).toBe(true);
  expect(diagnosis).toContain('/account');
  expect(diagnosis).not.toContain('DomainMismatch');
  await popup.click('Cancel');

  await popup.openRow('plain on shop.example.test/');
  expect(await popup.regionText('Diagnosis')).toBe(SENT_HERE);
  await popup.click('Cancel');

  // What the explanation claims is what the site sees.
  const atRoot = headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`));
  expect(atRoot).toContain('plain=host-only-session');
  expect(atRoot).not.toContain('acct=path-scoped');
  expect(atRoot).not.toContain(`${SUBDOMAIN_COOKIE.name}=${SUBDOMAIN_COOKIE.value}`);
});

test('a Secure cookie seen from an http:// page is explained as not sent with SecureOnly', async ({ harness, site }) => {
  await harness.openSite(
    setCookieUrl(site, HOSTS.shop, 'sec=secure-only; Secure; Path=/', 'plain=host-only-session; Path=/'),
  );
  const page = await harness.openSite(`${site.httpOrigin(HOSTS.shop)}/`);
  expect(new URL(page.url).protocol).toBe('http:');
  const popup = await harness.openPopup(page);
  await expect.poll(async () => (await popup.rowNames()).sort()).toEqual(['plain on shop.example.test/', 'sec on shop.example.test/']);

  expect(notSentCodes(await popup.rowText('sec on shop.example.test/'))).toEqual(['SecureOnly']);
  expect(notSentCodes(await popup.rowText('plain on shop.example.test/'))).toEqual([]);

  await popup.openRow('sec on shop.example.test/');
  const diagnosis = await popup.regionText('Diagnosis');
  expect(diagnosis.startsWith(`${NOT_SENT_HERE} SecureOnly`), diagnosis).toBe(true);
  await popup.click('Cancel');
  await popup.openRow('plain on shop.example.test/');
  expect(await popup.regionText('Diagnosis')).toBe(SENT_HERE);

  expect(headerPairs(await harness.siteCookieHeader(`${site.httpOrigin(HOSTS.shop)}/echo`))).toEqual(['plain=host-only-session']);
});

test('a JWT value is decoded, and an edit of its payload saves the token re-encoded with header and signature kept', async ({ harness, site }) => {
  const exp = nowSeconds() + 3600;
  const header = { alg: 'HS256', typ: 'JWT' };
  const payload = { sub: 'ada', role: 'reader', exp };
  const [headerSegment, signature] = [b64url(JSON.stringify(header)), b64url('a-signature-nobody-checks-here')];
  const token = `${headerSegment}.${b64url(JSON.stringify(payload))}.${signature}`;
  const row = `token on ${HOSTS.shop}/`;
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, `token=${token}; Path=/`));
  const popup = await harness.openPopup(shop);
  await popup.openRow(row);

  expect(await popup.fieldValue('Value')).toBe(token);
  // The background decodes: the decoded view follows the editor by a message.
  await expect.poll(() => popup.selectedOption('Decoding')).toBe('JWT');
  const decoded = await popup.fieldValue('Decoded value');
  expect(JSON.parse(decoded)).toEqual(payload);
  expect(decoded, 'pretty-printed').toContain('\n');
  const text = await popup.pageText();
  expect(text).toContain('{ "alg": "HS256", "typ": "JWT" }');
  const expIso = new Date(exp * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  expect(text).toMatch(new RegExp(`exp ${expIso} — expires in 59 min`));

  const edited = { ...payload, role: 'admin' };
  await popup.fill('Decoded value', JSON.stringify(edited, null, 2));
  // Save at once, while the background may still be encoding the edit: Save waits for it.
  await popup.click('Save');
  await expect.poll(() => popup.editorHeading()).toBeNull();
  const stored = (await harness.browserCookies()).find((c) => c.name === 'token' && c.domain === HOSTS.shop);
  const raw = stored?.value ?? '';
  const segments = raw.split('.');
  expect(segments).toHaveLength(3);
  expect(segments[0]).toBe(headerSegment);
  expect(JSON.parse(fromB64url(segments[1]!))).toEqual(edited);
  expect(segments[2]).toBe(signature);
  const sent = headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`));
  expect(sent).toEqual([`token=${raw}`]);
  await expect.poll(() => popup.rowText(row)).toContain(raw.slice(0, 40));
});

test('the DevTools panel page lists the inspected tab\'s cookies, with the same diagnosis', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  // Another site's tab opened later: the panel must follow ?tabId, not the last tab.
  await harness.openSite(setCookieUrl(site, HOSTS.top, 'elsewhere=other-site; Path=/'));
  const panel = await harness.openPanel(shop);
  await expect.poll(async () => (await panel.rowNames()).sort()).toEqual([...ZOO_ROWS].sort());
  expect(notSentCodes(await panel.rowText('acct on shop.example.test/account'))).toEqual(['NotOnPath']);

  await panel.openRow('plain on shop.example.test/');
  expect(await panel.editorHeading()).toBe('Edit cookie');
  expect(await panel.fieldValue('Value')).toBe('host-only-session');
  expect(await panel.regionText('Diagnosis')).toBe(SENT_HERE);
});
