import { HOSTS } from '../site/server.js';
import { playwrightContext } from './harness/chromium';
import { expect, test } from './harness/fixtures';
import type { BrowserHarness, PopupDriver } from './harness/types';
import { setCookieUrl } from './harness/zoo';

test.skip(
  ({ crumbBrowser }) => crumbBrowser === 'firefox',
  'a test cannot stop Firefox\'s event page: BiDi does not reach it and about:debugging cannot be driven',
);

/**
 * Stops the extension's service worker as Chrome does when it is idle (Playwright keeps it
 * from idling). The next event or connection starts it again. Local until the harness has its own.
 */
async function stopBackground(harness: BrowserHarness): Promise<void> {
  const context = playwrightContext(harness);
  const cdp = await context.newCDPSession(context.pages()[0]!);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** The names in the Changes list, newest first, of the cookies this test set. */
async function changedNames(popup: PopupDriver, names: string[]): Promise<string[]> {
  return (await popup.listItems('Changes')).map((text) => text.split(' ')[2]!).filter((name) => names.includes(name));
}

test('the Changes view lists the changes made before the background restarted, and follows new ones', async ({ harness, site }) => {
  // Unique names: the timeline lasts the browser session, so it holds earlier tests' changes too.
  const suffix = Date.now().toString(36);
  const [one, two, three, four] = ['one', 'two', 'three', 'four'].map((name) => `${name}_${suffix}`) as [string, string, string, string];
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, `${one}=1; Path=/`, `${two}=2; Path=/`, `${three}=3; Path=/`));
  const open = await harness.openPopup(shop);
  await open.click('Changes');
  await expect.poll(() => changedNames(open, [one, two, three, four])).toEqual([three, two, one]);
  // Chrome stops a worker after 30 s idle, long after Crumb stored the burst; an immediate stop
  // needs the same pause.
  await new Promise((resolve) => setTimeout(resolve, 1000));

  await stopBackground(harness);
  await harness.openSite(setCookieUrl(site, HOSTS.shop, `${four}=4; Path=/`));

  // The open view reconnected by itself and shows the change made after the restart...
  await expect.poll(() => changedNames(open, [one, two, three, four])).toEqual([four, three, two, one]);
  // ...and a view opened now shows every change of the session, before and after the restart.
  const fresh = await harness.openPopup(shop);
  await fresh.click('Changes');
  await expect.poll(() => changedNames(fresh, [one, two, three, four])).toEqual([four, three, two, one]);
});
