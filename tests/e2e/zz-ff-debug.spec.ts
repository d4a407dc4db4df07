import { test } from './harness/fixtures';
import type { Browser } from 'puppeteer-core';
import { HOSTS } from '../site/server.js';

test('pages', async ({ harness, site }) => {
  const browser = (harness as unknown as { launched: { browser: Browser } }).launched.browser;
  const show = async (m: string) => console.log(m, await Promise.all((await browser.pages()).map(async (p) => `${p.url()}|${p.isClosed()}|${(p.mainFrame() as unknown as { _id: string })._id.slice(0, 8)}|${await p.evaluate(() => location.href).catch((e: Error) => 'ERR ' + e.message.slice(0, 40))}`)));
  await show('start');
  const tab = await harness.openSite(`${site.origin(HOSTS.shop)}/`);
  await show('site');
  const popup = await harness.openPopup(tab);
  await show('popup');
  await popup.close();
  await show('popup closed');
  await harness.reset();
  await show('reset');
});
