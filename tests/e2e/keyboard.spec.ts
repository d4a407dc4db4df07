import { HOSTS } from '../site/server.js';
import { headerPairs } from './harness/cookie-match';
import { expect, test } from './harness/fixtures';
import type { Focused, PopupDriver } from './harness/types';
import { browserCookiesNamed, expectSiteMatchesBrowser, plantZoo } from './harness/zoo';

const VALUE: Focused = { role: 'textbox', name: 'Value' };
/**
 * The editor's design: it opens on the value, and Save is the very next control (Delete, Cancel
 * follow), in a bar that stays in view; a decodable value puts its decoded form in between.
 */
const TABS_FROM_VALUE_TO_SAVE = 1;

/** Presses `key` until the focused element is `target`: only what a keyboard user can do. Answers how many presses it took. */
async function moveFocusTo(popup: PopupDriver, key: string, target: Focused, maxPresses = 40): Promise<number> {
  const seen: string[] = [];
  for (let i = 1; i <= maxPresses; i++) {
    await popup.press(key);
    const focused = await popup.focused();
    if (focused.role === target.role && focused.name === target.name) return i;
    seen.push(`${focused.role} "${focused.name}"`);
  }
  throw new Error(`${key} never reached ${target.role} "${target.name}"; focus went through: ${seen.join(', ')}`);
}

test('keyboard only: reach a row, open it on its value, change it and Tab once to Save', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');

  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'plain on shop.example.test/' });
  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');
  await expect.poll(() => popup.focused(), 'the editor opens on the value').toEqual(VALUE);

  await popup.press('ControlOrMeta+a');
  await popup.type('typed-with-keys');
  const presses = await moveFocusTo(popup, 'Tab', { role: 'button', name: 'Save' });
  expect(presses, 'Tab presses from the value to Save').toBe(TABS_FROM_VALUE_TO_SAVE);
  const saveInView = await popup.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= document.documentElement.clientHeight;
  });
  expect(saveInView, 'Save is in view when it has focus').toBe(true);
  await popup.press('Enter');

  await expect.poll(() => popup.editorHeading()).toBeNull();
  expect((await browserCookiesNamed(harness, 'plain')).map((c) => c.value)).toEqual(['typed-with-keys']);
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`))).toContain('plain=typed-with-keys');
  await expectSiteMatchesBrowser(harness, site);
});

test('keyboard only: Escape closes an untouched editor at once, and asks before discarding edits', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const before = await harness.browserCookies();
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');

  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'plain on shop.example.test/' });
  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');
  await popup.press('Escape');
  await expect.poll(() => popup.editorHeading()).toBeNull();
  expect(await popup.focused(), 'focus goes back to the row').toEqual({ role: 'button', name: 'plain on shop.example.test/' });

  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');
  await expect.poll(() => popup.focused()).toEqual(VALUE);
  await popup.press('End');
  await popup.type('-not-saved');
  await popup.press('Escape');
  expect(await popup.editorHeading(), 'edits are not dropped silently').toBe('Edit cookie');
  expect(await popup.pageText()).toContain('Discard the changes you made to this cookie?');
  expect(await popup.focused(), 'the safe answer has focus').toEqual({ role: 'button', name: 'Keep editing' });

  await popup.press('Escape');
  expect(await popup.hasButton('Discard changes'), 'Escape in the question keeps editing').toBe(false);
  expect(await popup.fieldValue('Value')).toBe('host-only-session-not-saved');

  await popup.press('Escape');
  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'Discard changes' });
  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBeNull();
  expect(await harness.browserCookies()).toEqual(before);
});

test('keyboard: / focuses the filter, arrows move between rows with a visible focus ring, Ctrl+S saves', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('plain on shop.example.test/');
  const rows = await popup.rowNames();

  await popup.press('/');
  expect(await popup.focused()).toEqual({ role: 'textbox', name: 'Filter cookies' });
  await popup.type('/');
  expect(await popup.fieldValue('Filter cookies'), 'in a text box, / is typed').toBe('/');
  await popup.press('Backspace');

  await moveFocusTo(popup, 'Tab', { role: 'button', name: rows[0]! });
  await popup.press('ArrowDown');
  await popup.press('ArrowDown');
  expect(await popup.focused()).toEqual({ role: 'button', name: rows[2]! });
  await popup.press('ArrowUp');
  expect(await popup.focused()).toEqual({ role: 'button', name: rows[1]! });
  const ring = await popup.evaluate(() => {
    const button = document.activeElement;
    const row = button?.closest('li');
    if (!button || !row) return null;
    // The row's button draws the ring on its ::after, which covers the whole row.
    const ring = getComputedStyle(button, '::after');
    const inRow = ring.position === 'absolute' && getComputedStyle(row).position === 'relative' && ['top', 'right', 'bottom', 'left'].every((side) => ring.getPropertyValue(side) === '0px');
    // Inside the row's box, so that its overflow cannot cut it off.
    return { style: ring.outlineStyle, width: parseFloat(ring.outlineWidth), inside: parseFloat(ring.outlineOffset) <= -parseFloat(ring.outlineWidth), inRow };
  });
  expect(ring).toEqual({ style: 'solid', width: 2, inside: true, inRow: true });

  await moveFocusTo(popup, 'ArrowDown', { role: 'button', name: 'plain on shop.example.test/' });
  await popup.press('Enter');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');
  await expect.poll(() => popup.focused()).toEqual(VALUE);
  await popup.press('ControlOrMeta+a');
  await popup.type('saved-by-shortcut');
  await popup.press('ControlOrMeta+s');
  await expect.poll(() => popup.editorHeading()).toBeNull();
  expect((await browserCookiesNamed(harness, 'plain')).map((c) => c.value)).toEqual(['saved-by-shortcut']);
  expect(headerPairs(await harness.siteCookieHeader(`${site.origin(HOSTS.shop)}/echo`))).toContain('plain=saved-by-shortcut');
});

test('keyboard: focus stays in the popup after Undo and after dismissing the notice; one cookie restored is said so', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await harness.openPopup(shop);
  await expect.poll(() => popup.rowNames()).toContain('sec on shop.example.test/');

  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'sec on shop.example.test/' });
  await popup.press('Enter');
  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'Delete' });
  await popup.press('Enter');
  await expect.poll(() => popup.rowNames()).not.toContain('sec on shop.example.test/');
  expect(await browserCookiesNamed(harness, 'sec')).toEqual([]);

  await moveFocusTo(popup, 'Tab', { role: 'button', name: 'Undo' });
  await popup.press('Enter');
  await expect.poll(() => popup.statusText()).toBe('Restored 1 cookie.');
  expect((await browserCookiesNamed(harness, 'sec')).map((c) => c.value)).toEqual(['secure-only']);
  expect(await popup.focused()).toEqual({ role: 'button', name: 'Dismiss' });

  await popup.press('Enter');
  await expect.poll(() => popup.statusText()).toBe('');
  expect(await popup.focused()).toEqual({ role: 'button', name: 'Add cookie' });
});
