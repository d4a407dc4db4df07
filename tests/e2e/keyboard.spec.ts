import { HOSTS } from '../site/server.js';
import { headerPairs } from './harness/cookie-match';
import { expect, test } from './harness/fixtures';
import type { Focused, PopupDriver } from './harness/types';
import { browserCookiesNamed, expectSiteMatchesBrowser, plantZoo } from './harness/zoo';

/** Presses `key` until the focused element is `target`: only what a keyboard user can do. */
async function moveFocusTo(popup: PopupDriver, key: string, target: Focused, maxPresses = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await popup.press(key);
    const focused = await popup.focused();
    if (focused.role === target.role && focused.name === target.name) return;
    seen.push(`${focused.role} "${focused.name}"`);
  }
  throw new Error(`${key} never reached ${target.role} "${target.name}"; focus went through: ${seen.join(', ')}`);
}

test('keyboard only: reach a row, open it, change the value and save', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');

  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'plain on shop.example.test/' });
  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');

  await moveFocusTo(popup, 'Tab', { role: 'textbox', name: 'Value' });
  await popup.press('ControlOrMeta+a');
  await popup.type('typed-with-keys');
  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'Save' });
  await popup.press('Enter');

  await expect.poll(() => popup.editorHeading()).toBeNull();
  expect((await browserCookiesNamed(harness, 'plain')).map((c) => c.value)).toEqual(['typed-with-keys']);
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`))).toContain('plain=typed-with-keys');
  await expectSiteMatchesBrowser(harness, site);
});

test('keyboard only: Escape leaves the editor without writing', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = await harness.browserCookies();
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');

  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'plain on shop.example.test/' });
  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');
  await moveFocusTo(popup, 'Tab', { role: 'textbox', name: 'Value' });
  await popup.type('-not-saved');
  await popup.press('Escape');

  await expect.poll(() => popup.editorHeading()).toBeNull();
  expect(await harness.browserCookies()).toEqual(before);
});
