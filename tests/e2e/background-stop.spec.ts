// The harness can stop the extension's background the way the browser does (idle, crash), now
// or in the middle of a batch: what scenarios about surviving a stop are built on.
import { HOSTS } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import { ZOO_ROWS, plantZoo, setCookieUrl } from './harness/zoo';

test('a stopped background is stopped, and starts again when the popup next asks it for cookies', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toHaveLength(ZOO_ROWS.length);
  expect(await harness.backgroundState()).toBe('running');

  // Closed first: an open popup reconnects its port the moment the background stops, which
  // starts it again (CI caught Firefox 'starting' right after the stop, once).
  await popup.close();
  await harness.stopBackground();
  expect(await harness.backgroundState()).toBe('stopped');

  const again = await harness.openPopup(shop);
  await expect.poll(() => again.rowNames()).toHaveLength(ZOO_ROWS.length);
  expect(await harness.backgroundState()).toBe('running');
});

test('a stop armed for the 20th cookie change interrupts the deletion of 150 cookies in its middle', async ({ harness, site }) => {
  const names = Array.from({ length: 150 }, (_, i) => `bulk${String(i).padStart(3, '0')}`);
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, ...names.map((name) => `${name}=v; Path=/`)));
  expect(await harness.browserCookies()).toHaveLength(names.length);
  const popup = await harness.openPopup(shop);
  // The list renders only the rows in view.
  await expect.poll(() => popup.rowNames()).toContain('bulk000 on shop.example.test/');

  const stopped = await harness.stopBackgroundAfterChanges(20);
  await popup.click('Delete all shown');
  await stopped();

  const left = (await harness.browserCookies()).length;
  expect(left, 'cookies left right after the stop').toBeGreaterThan(0);
  expect(left, 'cookies left right after the stop').toBeLessThanOrEqual(names.length - 20);
  // A background still deleting would keep going: the count must not move any more.
  await new Promise((r) => setTimeout(r, 500));
  expect((await harness.browserCookies()).length).toBe(left);
});

test('a stop armed for more changes than happen fails with a clear message and stops nothing', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toHaveLength(ZOO_ROWS.length);

  const stopped = await harness.stopBackgroundAfterChanges(1000);
  await popup.click('Delete all shown');
  await expect.poll(async () => (await harness.browserCookies()).length).toBe(0);
  await expect(stopped(500)).rejects.toThrow('the background was not stopped: fewer than 1000 cookie changes');
  expect(await harness.backgroundState()).toBe('running');
});
