import { HOSTS } from '../site/server.js';
import { test } from './harness/fixtures';
import { plantZoo } from './harness/zoo';

test('dbg', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  const h = async (m: string) => console.log(m, await popup.editorHeading(), JSON.stringify(await popup.focused()));
  await popup.click('Add cookie'); await h('add');
  await popup.fill('Name', 'chip'); await h('name');
  await popup.fill('Value', 'made-partitioned'); await h('value');
  await popup.fill('Domain', HOSTS.shop); await h('domain');
  await popup.setChecked('Host-only', true); await h('hostonly');
  await popup.fill('Path', '/'); await h('path');
  await popup.setChecked('Secure', true); await h('secure');
  await popup.select('SameSite', 'no_restriction'); await h('samesite');
  for (let i = 0; i < 10; i++) { await new Promise(r => setTimeout(r, 200)); await h('later'); }
  await popup.setChecked('Partitioned', true); await h('part');
});
test('dbg2', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await popup.click('Add cookie');
  const { ariaInPage } = await import('./harness/aria-in-page');
  const page = (popup as unknown as { page: import('puppeteer-core').Page }).page;
  console.log(await page.evaluate(ariaInPage, { op: 'outline' }));
  console.log(await page.evaluate(() => [...document.querySelectorAll('label')].map(l => `${l.htmlFor}:${l.textContent}`).join(' | ')));
});
