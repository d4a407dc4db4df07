// The DevTools panel as a source for the Set-Cookie inspector. DevTools cannot be opened in
// these browsers' headless runs, so what is tested is what can be: the panel page outside
// DevTools says so and leads to the recorder; and the panel's request with responses (what the
// HAR adapter, unit-tested in src/core/har-response.test.ts, makes) through the background to
// each line's fate, against the real jar. (The adapter cannot be imported here: the core's
// messages come as JSON, which this loader does not import.)
import { HOSTS } from '../site/server.js';
import type { InspectedResponse, RecordedResponse } from '../../src/core/inspector';
import { expect, test } from './harness/fixtures';
import { setCookieUrl } from './harness/zoo';

const PANEL_PATH = 'src/pages/panel/index.html';

test('panel outside DevTools: it says to open DevTools, and links to the recorder for the same tab', async ({ harness, site }) => {
  const tab = await harness.openSite(`${site.origin(HOSTS.shop)}/`);
  const panel = await harness.openExtensionPage(`${PANEL_PATH}?tabId=${tab.id}`);
  await expect.poll(() => panel.statusText()).toContain('Open DevTools on the tab and choose the Cookies (Crumb) panel');
  const href = await panel.evaluate(() => [...document.querySelectorAll('a')].find((a) => a.textContent === 'Open the Set-Cookie inspector')?.href ?? null);
  expect(href).not.toBeNull();
  expect(new URL(href!).pathname).toBe('/src/pages/inspector/index.html');
  expect(new URL(href!).searchParams.get('tabId')).toBe(String(tab.id));
});

test('panel source: the responses of a real page come to their fates, read from the jar', async ({ harness, site }) => {
  const lines = ['good=1; Path=/', 'nonesec=1; SameSite=None; Path=/', '__Host-bad=1; Secure; Path=/; Domain=shop.example.test'];
  const url = setCookieUrl(site, HOSTS.shop, ...lines);
  const started = new Date();
  const tab = await harness.openSite(url);
  const response: RecordedResponse = {
    tabId: tab.id, time: started.getTime(), url, method: 'GET', status: 200, topLevelUrl: url, frame: 'top', lines,
  };

  const panel = await harness.openExtensionPage(`${PANEL_PATH}?tabId=${tab.id}`);
  const inspected = await panel.evaluate(async (request) => {
    const raw: unknown = await chrome.runtime.sendMessage(request);
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as { ok: boolean; result: InspectedResponse[] };
  }, { type: 'inspectResponses', tabId: tab.id, responses: [response] });
  expect(inspected.ok).toBe(true);
  const fates = inspected.result[0]!.lines.map((line) => [line.name, line.fate.kind]);
  expect(fates).toEqual([['good', 'stored'], ['nonesec', 'rejected'], ['__Host-bad', 'rejected']]);
  const jar = await harness.browserCookies();
  expect(jar.map((c) => c.name), 'what the jar holds agrees').toEqual(['good']);
});
