// The Changes timeline outlives the background: changes from before a restart stay listed.
import { HOSTS } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import type { PopupDriver } from './harness/types';
import { setCookieUrl } from './harness/zoo';

/** The names in the Changes list, newest first, of the cookies this test set. */
async function changedNames(popup: PopupDriver, names: string[]): Promise<string[]> {
  return (await popup.listItems('Changes')).map((text) => text.split(' ')[2]!).filter((name) => names.includes(name));
}

/** Runs in an extension page: the names of the cookies in the stored timeline (see src/background/session-timeline.ts). */
async function storedNames(): Promise<string[]> {
  type Entry = { after?: { name: string }; before?: { name: string } };
  const all = await chrome.storage.session.get(null);
  const segments = Object.entries(all)
    .filter(([key]) => key.startsWith('timeline:'))
    .map(([, value]) => value as { from: number; entries: Entry[] })
    .sort((a, b) => a.from - b.from);
  return segments.flatMap((segment) => segment.entries.map((entry) => (entry.after ?? entry.before)?.name ?? ''));
}

test('the Changes view lists the changes made before the background restarted, and follows new ones', async ({ harness, site }) => {
  // Unique names: the timeline lasts the browser session, so it holds earlier tests' changes too.
  const suffix = Date.now().toString(36);
  const names = ['one', 'two', 'three', 'four'].map((name) => `${name}_${suffix}`);
  const [one, two, three, four] = names as [string, string, string, string];
  const shop = await harness.openSite(setCookieUrl(site, HOSTS.shop, `${one}=1; Path=/`, `${two}=2; Path=/`, `${three}=3; Path=/`));
  const open = await harness.openPopup(shop);
  await open.click('Changes');
  await expect.poll(() => changedNames(open, names)).toEqual([three, two, one]);
  // A browser stops an idle background long after Crumb stored the burst; a stop on demand
  // waits until it is stored, not a moment longer.
  const reader = await harness.openExtensionPage('src/pages/popup/index.html');
  await expect.poll(async () => (await reader.evaluate(storedNames)).filter((name) => names.includes(name))).toEqual([one, two, three]);

  await harness.stopBackground();
  await harness.openSite(setCookieUrl(site, HOSTS.shop, `${four}=4; Path=/`));

  // The open view reconnected by itself and shows the change made after the restart...
  await expect.poll(() => changedNames(open, names)).toEqual([four, three, two, one]);
  // ...and a view opened now shows every change of the session, before and after the restart.
  const fresh = await harness.openPopup(shop);
  await fresh.click('Changes');
  await expect.poll(() => changedNames(fresh, names)).toEqual([four, three, two, one]);
});
