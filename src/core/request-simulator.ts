/**
 * "What would this request carry?": the cookies of a URL's site that a browser sends with a
 * request made in a given context, in the order it writes them, and for each one it keeps back
 * every reason why. The matching rules are the diagnostics' (diagnose()); a context only says
 * which of them apply: same-site or not, whether Lax cookies still go, which partition, and
 * whether the browser keeps unpartitioned cookies from another site's frames and requests.
 */
import type { Cookie } from './cookie';
import { diagnose, type DiagnoseContext, type Finding } from './diagnostics';
import { siteOfHost, topLevelSiteOf } from './domain';
import { normalizeHost } from './host';
import { english, type Translate } from './translate';

export const REQUEST_CONTEXTS = [
  'navigation',
  'navigation-post',
  'navigation-cross-site',
  'navigation-post-cross-site',
  'subresource',
  'iframe-cross-site',
  'fetch-cross-site',
] as const;

export type RequestContext = (typeof REQUEST_CONTEXTS)[number];

/** Contexts whose request is made under another site's top-level page. */
export function isEmbedded(context: RequestContext): boolean {
  return context === 'iframe-cross-site' || context === 'fetch-cross-site';
}

export interface SimulateOptions {
  url: string;
  context: RequestContext;
  /** For an embedded context: the URL (or "https://site") of the top-level page of the other site. */
  topLevelUrl?: string;
  nowSeconds: number;
  /** Chrome treats a cookie without SameSite as Lax; Firefox keeps every unpartitioned cookie from other sites' frames. */
  browser: 'chrome' | 'firefox';
  /** Chrome only: whether its settings block third-party cookies. Default true. */
  thirdPartyBlocked?: boolean;
  translate?: Translate;
}

export interface Withheld {
  cookie: Cookie;
  reasons: Finding[];
}

export interface Simulation {
  /** In the order of the Cookie header. */
  sent: Cookie[];
  /**
   * Cookies only the browser's memory decides about (their age, which the cookies API does not
   * tell), with why; in the order they would take in the header.
   */
  unsure: Withheld[];
  /** The site's other cookies, in the store's order. */
  withheld: Withheld[];
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host === '' ? null : normalizeHost(host);
  } catch {
    return null;
  }
}

/** The diagnostics' view of the context; null when an embedded context has no valid top-level page. */
function diagnoseContext(opts: SimulateOptions, host: string): DiagnoseContext | null {
  const base = {
    url: opts.url,
    nowSeconds: opts.nowSeconds,
    laxByDefault: opts.browser === 'chrome',
    ...(opts.translate ? { translate: opts.translate } : {}),
  };
  // A top-level request is made under its own site, whoever started it.
  const topLevel = { ...base, firstPartyDomain: siteOfHost(host) };
  switch (opts.context) {
    case 'navigation':
    case 'navigation-post':
    case 'subresource':
      return topLevel;
    case 'navigation-cross-site':
      return { ...topLevel, crossSite: true, laxAllowed: true, crossSiteAncestor: false };
    case 'navigation-post-cross-site':
      return { ...topLevel, crossSite: true, crossSiteAncestor: false };
    case 'iframe-cross-site':
    case 'fetch-cross-site': {
      const top = opts.topLevelUrl === undefined ? null : topLevelSiteOf(opts.topLevelUrl);
      const topHost = opts.topLevelUrl === undefined ? null : hostOf(opts.topLevelUrl);
      if (top === null || topHost === null) return null;
      const blocks = opts.browser === 'firefox' || opts.thirdPartyBlocked !== false;
      return {
        ...base,
        topLevelSite: top,
        crossSite: true,
        firstPartyDomain: siteOfHost(topHost),
        ...(blocks ? { unpartitionedWithheld: opts.browser } : {}),
      };
    }
  }
}

/**
 * Null when the URL is not one a browser requests with cookies, or an embedded context lacks
 * its top-level page.
 */
export function simulateRequest(cookies: readonly Cookie[], opts: SimulateOptions): Simulation | null {
  const host = hostOf(opts.url);
  if (host === null) return null;
  const ctx = diagnoseContext(opts, host);
  if (ctx === null) return null;
  const site = siteOfHost(host);
  const freshMayGo = opts.browser === 'chrome' && opts.context === 'navigation-post-cross-site';
  const sent: Ordered[] = [];
  const unsure: (Ordered & { reasons: Finding[] })[] = [];
  const withheld: Withheld[] = [];
  cookies.forEach((cookie, index) => {
    if (siteOfHost(normalizeHost(cookie.domain)) !== site) return;
    const { blocked } = diagnose(cookie, ctx);
    if (blocked.length === 0) sent.push({ cookie, index });
    else if (freshMayGo && blocked.length === 1 && blocked[0]!.code === 'SameSiteUnspecifiedTreatedAsLax') {
      unsure.push({ cookie, index, reasons: [{ code: 'SameSiteUnspecifiedLaxAllowUnsafe', message: (opts.translate ?? english)('diag_lax_allow_unsafe') }] });
    } else withheld.push({ cookie, reasons: blocked });
  });
  return {
    sent: headerOrder(sent).map(({ cookie }) => cookie),
    unsure: headerOrder(unsure).map(({ cookie, reasons }) => ({ cookie, reasons })),
    withheld,
  };
}

interface Ordered {
  cookie: Cookie;
  /** The cookie's place in the store, which lists cookies oldest first. */
  index: number;
}

/** Browsers write longer paths first, then older cookies. */
function headerOrder<T extends Ordered>(cookies: T[]): T[] {
  return cookies.sort((a, b) => b.cookie.path.length - a.cookie.path.length || a.index - b.index);
}
