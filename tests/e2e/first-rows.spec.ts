import { ZOO } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import type { BrowserHarness, PopupDriver, Tab } from './harness/types';
import { browserCookiesNamed, plantZoo, SUBDOMAIN_COOKIE, ZOO_ROWS } from './harness/zoo';

/**
 * Runs in the popup before its own scripts. When the list named "Cookies" first holds rows, it
 * notes them (the elements, and their shape: tags, attributes and text), whether the UI's
 * controls were there yet, and then focuses or clicks the first row's button, in the same task
 * as the rows appeared: the UI's code cannot have loaded by then.
 */
function watcher(action: 'focus' | 'click'): string {
  return `(() => {
    const shape = (node) => node.nodeType === Node.TEXT_NODE
      ? node.data
      : '<' + node.localName + ' ' + [...node.attributes].map((a) => a.name + '=' + a.value).sort().join(' ') + '>' + [...node.childNodes].map(shape).join('') + '</>';
    const seen = { rows: [], shapes: [], names: [], controlsThen: null, acted: null, top: null };
    window.crumbFirstRows = seen;
    window.crumbShape = shape;
    const observer = new MutationObserver(() => {
      const rows = [...document.querySelectorAll('[aria-label="Cookies"] > li')];
      if (rows.length === 0) return;
      observer.disconnect();
      seen.rows = rows;
      seen.shapes = rows.map(shape);
      seen.names = rows.map((row) => row.querySelector('button').textContent);
      seen.controlsThen = document.querySelectorAll('input, select').length;
      seen.top = rows[0].getBoundingClientRect().top;
      const button = rows[0].querySelector('button');
      seen.acted = button.querySelector('.name').textContent;
      button.${action}();
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/** The popup with the watcher in it; the test is skipped where no script can run before the page's own. */
async function openWatched(harness: BrowserHarness, tab: Tab, action: 'focus' | 'click'): Promise<PopupDriver> {
  test.skip(!harness.openPopupWatched, 'no script can run in a moz-extension:// page before its own (see BrowserHarness.openPopupWatched)');
  return harness.openPopupWatched!(tab, watcher(action));
}

interface Seen {
  top: number;
  names: string[];
  controlsThen: number;
  acted: string;
}

async function firstSeen(popup: PopupDriver): Promise<Seen> {
  return popup.evaluate(() => (window as unknown as { crumbFirstRows: Seen }).crumbFirstRows);
}

test('the first rows come before the UI, which then keeps those very rows, as they were, and the focus in them', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const jar = (await harness.browserCookies()).map((c) => c.name).sort();
  expect(jar).toEqual(expect.arrayContaining([...ZOO.map((c) => c.name), SUBDOMAIN_COOKIE.name]));
  const popup = await openWatched(harness, shop, 'focus');
  // The UI has loaded once its toolbar is there.
  await expect.poll(() => popup.hasButton('Add cookie')).toBe(true);

  const seen = await firstSeen(popup);
  expect(seen.controlsThen, 'no filter box nor menu yet when the first rows were in the page').toBe(0);
  expect([...seen.names].sort(), 'the first rows are every cookie of the site').toEqual([...ZOO_ROWS].sort());
  const kept = await popup.evaluate(() => {
    const { rows, shapes } = (window as unknown as { crumbFirstRows: { rows: Element[]; shapes: string[] } }).crumbFirstRows;
    const shape = (window as unknown as { crumbShape: (node: Node) => string }).crumbShape;
    return { connected: rows.every((row) => row.isConnected), changed: rows.flatMap((row, i) => (shape(row) === shapes[i] ? [] : [`${shapes[i]}\n→ ${shape(row)}`])) };
  });
  expect(kept.connected, 'the UI rendered into the painted rows instead of replacing them').toBe(true);
  expect(kept.changed, 'the UI found the painted rows as it would have drawn them').toEqual([]);
  // The UI arrives above the rows; they stand where it leaves them, or a click aimed at one lands elsewhere.
  const topNow = await popup.evaluate(() => (window as unknown as { crumbFirstRows: { rows: Element[] } }).crumbFirstRows.rows[0]!.getBoundingClientRect().top);
  expect(Math.abs(topNow - seen.top), `the first row moved from ${seen.top} px to ${topNow} px when the UI arrived`).toBeLessThanOrEqual(8);
  expect(await popup.focused(), 'focus stayed on the row focused before the UI loaded').toEqual({ role: 'button', name: seen.names[0] });
  expect((await popup.rowNames()).sort()).toEqual([...ZOO_ROWS].sort());
});

test('a row clicked before the UI has loaded opens in the editor once it has', async ({ harness, site }) => {
  const shop = await plantZoo(harness, site);
  const popup = await openWatched(harness, shop, 'click');
  await expect.poll(() => popup.editorHeading()).toBe('Edit cookie');

  const seen = await firstSeen(popup);
  expect(seen.controlsThen, 'the click came before the UI had loaded').toBe(0);
  const jar = await browserCookiesNamed(harness, seen.acted);
  expect(jar, 'one cookie of that name in the jar').toHaveLength(1);
  expect(await popup.fieldValue('Name')).toBe(seen.acted);
  expect(await popup.fieldValue('Value')).toBe(jar[0]?.value);
});
