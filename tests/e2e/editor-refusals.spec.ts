import { HOSTS } from '../site/server.js';
import { comparable } from './harness/cookie-match';
import { save } from './harness/editor';
import { expect, test } from './harness/fixtures';
import { localDateTime, nowSeconds } from './harness/local-time';
import { browserCookiesNamed, expectSiteMatchesBrowser, plantZoo } from './harness/zoo';

const DAY = 24 * 60 * 60;

test('a new cookie with a port or trailing dot in Domain, a Max-Age that is no number or a past expiry is refused by name, and nothing is written', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = comparable(await harness.browserCookies());
  const popup = await harness.openPopup(shop);
  await popup.click('Add cookie');
  // The name of a cookie that exists: a past expiry must not delete it under cover of a new one.
  await popup.fill('Name', 'persist');
  await popup.fill('Value', 'new');
  await popup.fill('Path', '/');

  const refusals: { what: string; edit: () => Promise<void>; alertMentions: RegExp }[] = [
    { what: 'port', edit: () => popup.fill('Domain', `${HOSTS.shop}:8080`), alertMentions: /Domain must not contain a port.*use shop\.example\.test/ },
    { what: 'trailing dot', edit: () => popup.fill('Domain', `${HOSTS.shop}.`), alertMentions: /Domain must not end with '\.'.*use shop\.example\.test/ },
    {
      what: 'Max-Age abc',
      edit: async () => {
        await popup.fill('Domain', HOSTS.shop);
        await popup.setChecked('Session', false);
        await popup.fill('Max-Age', 'abc');
      },
      alertMentions: /Max-Age must be a whole number of seconds \(found "abc"\)/,
    },
    { what: 'Max-Age 1e999', edit: () => popup.fill('Max-Age', '1e999'), alertMentions: /Max-Age must be a whole number of seconds \(found "1e999"\)/ },
    { what: 'past expiry', edit: () => popup.fill('Expires', localDateTime(nowSeconds() - DAY)), alertMentions: /Expires is in the past: the browser stores nothing for a new cookie/ },
  ];
  for (const { what, edit, alertMentions } of refusals) {
    await edit();
    await popup.click('Save');
    expect(await popup.alertText(), what).toMatch(alertMentions);
    expect(await popup.editorHeading(), what).toBe('New cookie');
    expect(comparable(await harness.browserCookies()), what).toEqual(before);
  }
  // Saving again is refused the same way: there is no confirmation that would go on to delete.
  await popup.click('Save');
  expect(await popup.alertText()).toMatch(/stores nothing/);
  expect(await popup.statusText()).not.toMatch(/Deleted/);
  expect(comparable(await harness.browserCookies())).toEqual(before);
  await expectSiteMatchesBrowser(harness, site);
});

test('an expiry beyond 400 days shows, before Save, the date the browser keeps, and the browser keeps that', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await popup.click('Add cookie');
  await popup.fill('Name', 'far');
  await popup.fill('Value', 'future');
  await popup.setChecked('Session', false);
  // A whole minute: Firefox reads such a value back without its ":00" seconds.
  const nearby = Math.floor((nowSeconds() + 2 * DAY) / 60) * 60;
  await popup.fill('Expires', localDateTime(nearby));
  expect(await popup.pageText()).not.toContain('at most 400 days');

  await popup.fill('Max-Age', String(500 * DAY));
  await expect.poll(() => popup.pageText()).toContain('The browser keeps a cookie at most 400 days: until');
  const savedAt = nowSeconds();
  await save(popup);
  const [far] = await browserCookiesNamed(harness, 'far');
  expect(far?.expirationDate).toBeGreaterThanOrEqual(savedAt + 400 * DAY - 60);
  expect(far?.expirationDate).toBeLessThanOrEqual(savedAt + 400 * DAY + 60);
  await expectSiteMatchesBrowser(harness, site);
});
