// The popup's "Sort by": each order checked against the cookies the jar holds.
import { HOSTS } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import type { Cookie } from '../../src/core/cookie';
import { setCookieUrl } from './harness/zoo';

const names = new Intl.Collator('en', { numeric: true });
const rowOf = (c: Cookie) => `${c.name} on ${c.domain}${c.path}`;
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPlace = (a: Cookie, b: Cookie) => codeUnits(a.domain, b.domain) || codeUnits(a.path, b.path) || names.compare(a.name, b.name);
const expiry = (c: Cookie) => (c.session ? Number.NEGATIVE_INFINITY : c.expirationDate!);

test('Sort by: Name, Domain, Expires, Size and Last changed order the rows as the jar says', async ({ harness, site }) => {
  await harness.openSite(
    setCookieUrl(
      site,
      HOSTS.shop,
      'item10=aaaa; Path=/; Max-Age=3000',
      `item9=${'a'.repeat(20)}; Path=/`,
      'Alpha=a; Domain=example.test; Path=/; Max-Age=1000',
      'aaa=aa; Path=/account; Max-Age=2000',
    ),
  );
  // Two later changes, one page load after the other: the timeline records them in this order.
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'aaa=bb; Path=/account; Max-Age=2000'));
  const tab = await harness.openSite(setCookieUrl(site, HOSTS.shop, 'Alpha=b; Domain=example.test; Path=/; Max-Age=1000'));
  const jar = await harness.browserCookies();
  expect(jar.map((c) => c.name).sort()).toEqual(['Alpha', 'aaa', 'item10', 'item9']);
  expect(jar.find((c) => c.name === 'aaa')?.value).toBe('bb');

  const popup = await harness.openPopup(tab);
  await expect.poll(() => popup.rowNames()).toHaveLength(4);
  expect(await popup.selectedOption('Sort by')).toBe('Domain');
  expect(await popup.rowNames()).toEqual([...jar].sort(byPlace).map(rowOf));

  const orders: [string, (a: Cookie, b: Cookie) => number][] = [
    ['Name', (a, b) => names.compare(a.name, b.name)],
    ['Expires', (a, b) => expiry(a) - expiry(b)],
    ['Size', (a, b) => b.name.length + b.value.length - (a.name.length + a.value.length)],
    ['Domain', byPlace],
  ];
  for (const [label, compare] of orders) {
    await popup.select('Sort by', label);
    const expected = [...jar].sort((a, b) => compare(a, b) || byPlace(a, b)).map(rowOf);
    await expect.poll(() => popup.rowNames(), label).toEqual(expected);
  }

  await popup.select('Sort by', 'Last changed');
  const unchanged = jar.filter((c) => c.name !== 'Alpha' && c.name !== 'aaa').sort(byPlace).map(rowOf);
  await expect.poll(() => popup.rowNames()).toEqual(['Alpha on .example.test/', 'aaa on shop.example.test/account', ...unchanged]);

  // A change while the popup is open moves that cookie to the top.
  await harness.openSite(setCookieUrl(site, HOSTS.shop, 'item10=cccc; Path=/; Max-Age=3000'));
  await expect.poll(() => popup.rowNames()).toEqual(['item10 on shop.example.test/', 'Alpha on .example.test/', 'aaa on shop.example.test/account', 'item9 on shop.example.test/']);
  expect((await harness.browserCookies()).find((c) => c.name === 'item10')?.value).toBe('cccc');
});
