// The request simulator (under the DevTools panel's list), in every browser the harness drives:
// for each context it offers, the real browser makes that request to the test site, and the
// Cookie header the site received must be exactly the one the simulator predicted; the cookies
// it keeps back must carry the right reasons.
import { HOSTS, type Site } from '../site/server.js';
import { expect, test } from './harness/fixtures';
import type { BrowserHarness, ExtensionPageDriver, Tab } from './harness/types';
import { plantZoo, SUBDOMAIN_COOKIE } from './harness/zoo';

const PANEL_PATH = 'src/pages/panel/index.html';
const POPUP_PATH = 'src/pages/popup/index.html';

interface SimulatorResult {
  status: string;
  header: string;
  /** Cookie name → the reason codes given for keeping it back. */
  withheld: Record<string, string[]>;
  /** The cookies it cannot decide about (Chrome's fresh cookies on a cross-site POST). */
  unsure: string[];
}

/** Runs in the page: the simulator's answer, found by role and accessible name. */
function resultInPage(): SimulatorResult | null {
  const status = [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').find((text) => text.startsWith('Sends '));
  if (status === undefined) return null;
  const label = [...document.querySelectorAll('label')].find((el) => el.textContent === 'Cookie header');
  const header = label?.htmlFor ? (document.getElementById(label.htmlFor) as HTMLTextAreaElement).value : '';
  const items = (listName: string) => [...(document.querySelector(`[aria-label="${listName}"]`)?.children ?? [])];
  const withheld: Record<string, string[]> = {};
  for (const item of items('Cookies not sent')) {
    const name = item.querySelector('code')?.textContent ?? '';
    withheld[name] = [...item.querySelectorAll('li > code')].map((code) => code.textContent ?? '');
  }
  const unsure = items('Cookies perhaps sent').map((item) => item.querySelector('code')?.textContent ?? '');
  return { status, header, withheld, unsure };
}

interface Case {
  title: string;
  /** The simulator's Context option. */
  context: string;
  /** The request's URL, on the test site. */
  url: (site: Site, id: string) => string;
  /** Makes the browser send it; the page opened is whatever makes that request. */
  request: (harness: BrowserHarness, site: Site, target: string) => Promise<unknown>;
  /** The top-level page of another site an embedded request is made from. */
  topLevel?: (site: Site) => string;
  /** Reasons that must be among those given for these cookies. */
  reasons: Record<string, string[]>;
  /** Cookies that must be in the header (a check that the case is not trivially empty). */
  sends: string[];
}

const shopRecord = (site: Site, id: string) => `${site.origin(HOSTS.shop)}/record?id=${id}`;
const from = (host: string, kind: string) => (harness: BrowserHarness, site: Site, target: string) =>
  harness.openSite(`${site.origin(host)}/context?kind=${kind}&target=${encodeURIComponent(target)}`);

const CASES: Case[] = [
  {
    title: 'a typed address: path, domain and partition',
    context: 'navigation',
    url: shopRecord,
    request: (harness, _site, target) => harness.openSite(target),
    reasons: { acct: ['NotOnPath'], [SUBDOMAIN_COOKIE.name]: ['DomainMismatch'], part: ['PartitionMismatch'] },
    sends: ['plain', 'strict', 'sec'],
  },
  {
    title: 'a typed address over plain http: Secure',
    context: 'navigation',
    url: (site, id) => `${site.httpOrigin(HOSTS.shop)}/record?id=${id}`,
    request: (harness, _site, target) => harness.openSite(target),
    reasons: { sec: ['SecureOnly'], none: ['SecureOnly'], '__Host-hostpfx': ['SecureOnly'] },
    sends: ['plain', 'strict'],
  },
  {
    title: 'a link from another site: SameSite=Strict',
    context: 'navigation-cross-site',
    url: shopRecord,
    request: from(HOSTS.top, 'link'),
    reasons: { strict: ['SameSiteStrict'] },
    sends: ['lax', 'none'],
  },
  {
    title: 'a form POST from another site: SameSite=Lax and Strict',
    context: 'navigation-post-cross-site',
    url: shopRecord,
    request: from(HOSTS.top, 'post'),
    reasons: { strict: ['SameSiteStrict'], lax: ['SameSiteLax'] },
    sends: ['none', 'plain'],
  },
  {
    title: 'an image of the same site',
    context: 'subresource',
    url: shopRecord,
    request: from(HOSTS.sub, 'img'),
    reasons: { acct: ['NotOnPath'] },
    sends: ['strict', 'lax'],
  },
  {
    title: 'an iframe in another site: third-party cookies and SameSite',
    context: 'iframe-cross-site',
    url: shopRecord,
    request: from(HOSTS.top, 'iframe'),
    topLevel: (site) => `${site.origin(HOSTS.top)}/`,
    reasons: { none: ['ThirdPartyBlocked'], strict: ['ThirdPartyBlocked', 'SameSiteStrict'] },
    sends: ['part'],
  },
  {
    title: 'a fetch with credentials from another site',
    context: 'fetch-cross-site',
    url: shopRecord,
    request: from(HOSTS.top, 'fetch'),
    topLevel: (site) => `${site.origin(HOSTS.top)}/`,
    reasons: { none: ['ThirdPartyBlocked'], lax: ['ThirdPartyBlocked', 'SameSiteLax'] },
    sends: ['part'],
  },
];

async function simulate(page: ExtensionPageDriver, url: string, context: string, topLevel?: string): Promise<SimulatorResult> {
  await page.fill('Request URL', url);
  await page.select('Context', context);
  if (topLevel !== undefined) await page.fill('Top-level page', topLevel);
  await page.click('Simulate');
  let result: SimulatorResult | null = null;
  await expect.poll(async () => (result = await page.evaluate(resultInPage)) !== null).toBe(true);
  return result!;
}

async function received(site: Site, id: string): Promise<string> {
  await expect.poll(() => site.received(id), { message: `the site received /record?id=${id}` }).not.toBeUndefined();
  return site.received(id)!;
}

const names = (header: string) => (header === '' ? [] : header.split('; ').map((pair) => pair.split('=')[0]));

for (const [index, c] of CASES.entries()) {
  test(`simulator: ${c.title}: the predicted Cookie header is the one the site receives`, async ({ harness, site }) => {
    const tab: Tab = await plantZoo(harness, site);
    const id = `${harness.name}-${index}-${Date.now()}`;
    const url = c.url(site, id);
    const panel = await harness.openExtensionPage(`${PANEL_PATH}?tabId=${tab.id}`);
    const predicted = await simulate(panel, url, c.context, c.topLevel?.(site));

    await c.request(harness, site, url);
    const header = await received(site, id);

    // Every cookie here was set a moment ago, so the ones Chrome sends only while fresh go too.
    const pairs = header === '' ? [] : header.split('; ');
    const isUnsure = (pair: string) => predicted.unsure.includes(pair.split('=')[0]!);
    expect(predicted.header, 'sent: exactly what the browser sent, in its order').toBe(pairs.filter((pair) => !isUnsure(pair)).join('; '));
    expect(pairs.filter(isUnsure).map((pair) => pair.split('=')[0]), 'perhaps sent: in the header, as they are fresh').toEqual(predicted.unsure);
    expect(names(header)).toEqual(expect.arrayContaining(c.sends));
    const sentCount = pairs.length - predicted.unsure.length;
    const withheldCount = Object.keys(predicted.withheld).length;
    const sent = `${sentCount} ${sentCount === 1 ? 'cookie' : 'cookies'}`;
    expect(predicted.status).toBe(predicted.unsure.length === 0
      ? `Sends ${sent}; keeps back ${withheldCount} of the site's cookies.`
      : `Sends ${sent}, perhaps ${predicted.unsure.length} more; keeps back ${withheldCount} of the site's cookies.`);
    for (const [name, codes] of Object.entries(c.reasons)) {
      expect(predicted.withheld[name], `why ${name} is not sent`).toEqual(expect.arrayContaining(codes));
    }
    for (const name of Object.keys(predicted.withheld)) expect(names(header)).not.toContain(name);
  });
}

test('simulator: the editor\'s diagnosis links to it for the same tab, and it starts from the tab\'s URL', async ({ harness, site }) => {
  const tab = await plantZoo(harness, site);
  const popup = await harness.openExtensionPage(`${POPUP_PATH}?tabId=${tab.id}`);
  await popup.openRow('plain on shop.example.test/');
  let href: string | null = null;
  await expect.poll(async () => (href = await popup.evaluate(() => {
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Simulate a request…');
    return link ? new URL(link.href).pathname.slice(1) + new URL(link.href).search + new URL(link.href).hash : null;
  }))).not.toBeNull();
  expect(href).toBe(`${PANEL_PATH}?tabId=${tab.id}#simulator`);

  const panel = await harness.openExtensionPage(href!);
  await expect.poll(() => panel.fieldValue('Request URL')).toBe(tab.url);
  await panel.click('Simulate');
  let result: SimulatorResult | null = null;
  await expect.poll(async () => (result = await panel.evaluate(resultInPage)) !== null).toBe(true);
  expect(names(result!.header)).toEqual(expect.arrayContaining(['plain', 'strict', 'lax']));
});
