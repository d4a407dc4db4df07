import { HOSTS, type Site } from '../site/server.js';
import { playwrightContext } from './harness/chromium';
import { launchFirefoxHarness } from './harness/firefox';
import { copyOfBuild, expect, test } from './harness/fixtures';
import type { BrowserHarness, PopupDriver } from './harness/types';
import { setCookieUrl } from './harness/zoo';

/** The names in the Changes list, newest first, of the cookies this test set. */
async function changedNames(popup: PopupDriver, names: string[]): Promise<string[]> {
  return (await popup.listItems('Changes')).map((text) => text.split(' ')[2]!).filter((name) => names.includes(name));
}

/** Changes before and after `stopBackground`, seen by a view left open and by one opened after. */
async function changesAcrossRestart(harness: BrowserHarness, site: Site, stopBackground: () => Promise<void>): Promise<void> {
  // Unique names: the timeline lasts the browser session, so it holds earlier tests' changes too.
  const suffix = Date.now().toString(36);
  const names = ['one', 'two', 'three', 'four'].map((name) => `${name}_${suffix}`);
  const [one, two, three, four] = names as [string, string, string, string];
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, `${one}=1; Path=/`, `${two}=2; Path=/`, `${three}=3; Path=/`));
  const open = await harness.openPopup(shop);
  await open.click('Changes');
  await expect.poll(() => changedNames(open, names)).toEqual([three, two, one]);
  // A browser stops an idle background long after Crumb stored the burst; a stop on demand
  // must not come sooner than that.
  await new Promise((resolve) => setTimeout(resolve, 1000));

  await stopBackground();
  await harness.openSite(setCookieUrl(site, HOSTS.shop, `${four}=4; Path=/`));

  // The open view reconnected by itself and shows the change made after the restart...
  await expect.poll(() => changedNames(open, names)).toEqual([four, three, two, one]);
  // ...and a view opened now shows every change of the session, before and after the restart.
  const fresh = await harness.openPopup(shop);
  await fresh.click('Changes');
  await expect.poll(() => changedNames(fresh, names)).toEqual([four, three, two, one]);
}

test('Chromium: the Changes view lists the changes made before the service worker restarted, and follows new ones', async ({ crumbBrowser, harness, site }) => {
  test.skip(crumbBrowser !== 'chromium', 'stops the worker through CDP');
  // Stops the worker as Chrome does when it is idle (Playwright keeps it from idling); the next
  // event or connection starts it again.
  await changesAcrossRestart(harness, site, async () => {
    const context = playwrightContext(harness);
    const cdp = await context.newCDPSession(context.pages()[0]!);
    try {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    } finally {
      await cdp.detach();
    }
  });
});

/** Firefox stops an event page idle this long; its default is 30 s. */
const FIREFOX_IDLE_MS = 2000;

test('Firefox: the Changes view lists the changes made before the event page was suspended, and follows new ones', async ({ crumbBrowser, site }) => {
  test.skip(crumbBrowser !== 'firefox', 'waits for an idle event page');
  // A browser of its own: with a short idle time every other scenario would meet restarts too.
  const build = await copyOfBuild('firefox');
  const harness = await launchFirefoxHarness(build.dir, { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS });
  try {
    const probe = await harness.openExtensionPage('src/pages/popup/index.html');
    // Waits for the background to stop: a port's end is the only sign a page gets of it.
    await changesAcrossRestart(harness, site, () =>
      probe.evaluate(
        () => new Promise<void>((resolve) => chrome.runtime.connect({ name: 'crumb-probe' }).onDisconnect.addListener(() => resolve())),
      ),
    );
  } finally {
    await harness.close();
    await build.remove();
  }
});
