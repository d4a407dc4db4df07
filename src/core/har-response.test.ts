import { describe, expect, it } from 'vitest';
import { responseFromHar } from './har-response';

const TAB = { tabId: 7, topLevelUrl: 'https://shop.example.test:8443/inspect#top' };

/** Shaped like Chrome's HAR: one header per Set-Cookie line, parsed cookies with partitionKey, `_resourceType`. */
const chromeEntry = {
  _resourceType: 'document',
  startedDateTime: '2026-12-05T05:00:00.000Z',
  time: 85.2,
  timings: { blocked: 1.1, dns: -1, connect: -1, send: 0.2, wait: 40.5, receive: 3.4, ssl: -1 },
  request: { method: 'GET', url: 'https://shop.example.test:8443/inspect', headers: [] },
  response: {
    status: 200,
    statusText: 'OK',
    headers: [
      { name: 'content-type', value: 'text/html; charset=utf-8' },
      { name: 'set-cookie', value: 'good=1; Path=/' },
      { name: 'set-cookie', value: 'chip=1; Secure; SameSite=None; Partitioned; Path=/' },
    ],
    cookies: [
      { name: 'good', value: '1', path: '/' },
      { name: 'chip', value: '1', path: '/', secure: true, sameSite: 'None', partitionKey: { topLevelSite: 'https://example.test', hasCrossSiteAncestor: false } },
    ],
  },
};

/** Shaped like Firefox's HAR: a response's Set-Cookie lines joined by "\n" in one header named Set-Cookie. */
const firefoxEntry = {
  pageref: 'page_1',
  startedDateTime: '2026-12-05T05:00:01.000+00:00',
  time: 12,
  timings: { blocked: 0, dns: 0, connect: 0, ssl: 0, send: 0, wait: 10, receive: 2 },
  request: { bodySize: 0, method: 'POST', url: 'https://top.test:8443/inspect/frame', httpVersion: 'HTTP/2', headers: [] },
  response: {
    status: 302,
    statusText: 'Found',
    headers: [
      { name: 'Location', value: '/x' },
      { name: 'Set-Cookie', value: 'third=1; Secure; SameSite=None; Path=/\nchip=1; Secure; SameSite=None; Partitioned; Path=/' },
    ],
    cookies: [],
  },
};

describe('responseFromHar', () => {
  it("reads Chrome's entry: one line per header, the top-level page (fragment aside), when the headers came", () => {
    expect(responseFromHar(chromeEntry, TAB)).toEqual({
      tabId: 7,
      time: Date.parse('2026-12-05T05:00:00.000Z') + 1.1 + 0.2 + 40.5,
      url: 'https://shop.example.test:8443/inspect',
      method: 'GET',
      status: 200,
      topLevelUrl: TAB.topLevelUrl,
      frame: 'top',
      lines: ['good=1; Path=/', 'chip=1; Secure; SameSite=None; Partitioned; Path=/'],
    });
  });

  it("reads Firefox's entry: the joined header split into its lines; another site's response is cross-site", () => {
    expect(responseFromHar(firefoxEntry, TAB)).toMatchObject({
      time: Date.parse('2026-12-05T05:00:01.000Z') + 10,
      method: 'POST',
      status: 302,
      frame: 'cross-site',
      lines: ['third=1; Secure; SameSite=None; Path=/', 'chip=1; Secure; SameSite=None; Partitioned; Path=/'],
    });
    const sameSite = { ...firefoxEntry, request: { ...firefoxEntry.request, url: 'https://sub.shop.example.test/a' } };
    expect(responseFromHar(sameSite, TAB)?.frame).toBe('same-site');
  });

  it('has nothing for an entry without Set-Cookie or not shaped like one', () => {
    expect(responseFromHar({ ...chromeEntry, response: { ...chromeEntry.response, headers: [{ name: 'content-type', value: 'x' }] } }, TAB)).toBeNull();
    expect(responseFromHar({ ...chromeEntry, startedDateTime: 'yesterday' }, TAB)).toBeNull();
    expect(responseFromHar({ ...chromeEntry, response: { ...chromeEntry.response, headers: [{ name: 'set-cookie' }] } }, TAB)).toBeNull();
    expect(responseFromHar(null, TAB)).toBeNull();
    expect(responseFromHar({ request: {}, response: {} }, TAB)).toBeNull();
  });
});
