/**
 * "Why isn't this cookie sent?": one cookie against the tab it is looked at from. Reasons
 * a cookie is withheld carry the names Chrome DevTools uses for blocked cookies, so a
 * developer can search for them; warnings point at trouble that does not block it yet.
 */
import type { Cookie } from './cookie';
import { formatDuration, isoSeconds } from './decode/time';
import { normalizeHost, topLevelSiteOf } from './domain';
import { chromeExpiryCap } from './expiry';
import { MAX_NAME_VALUE_BYTES, prefixFindings } from './rules';
import { pathMatches, receives } from './url-match';

export type BlockedCode =
  | 'SchemeNotSupported' | 'DomainMismatch' | 'NotOnPath' | 'SecureOnly' | 'SameSiteStrict' | 'SameSiteLax'
  | 'SameSiteUnspecifiedTreatedAsLax' | 'PartitionMismatch' | 'Expired';
export type WarningCode =
  | 'SameSiteNoneInsecure' | 'InvalidPrefix' | 'ExpiryTooFar' | 'TooLarge' | 'DomainLimit' | 'HttpOnly';

export interface Finding {
  code: BlockedCode | WarningCode;
  message: string;
}

export interface DiagnoseContext {
  /** The tab's URL: the request the cookie is judged against. */
  url: string;
  /** The tab's top-level site ("https://example.test"); derived from `url` when absent. */
  topLevelSite?: string;
  nowSeconds: number;
  /** The request is cross-site (e.g. from an embedded frame of another site). Default false. */
  crossSite?: boolean;
  /** How many cookies the cookie's domain holds, for the per-domain limit. */
  cookiesOnDomain?: number;
  /**
   * Whether a cookie without SameSite counts as Lax, as in Chrome (the default).
   * Firefox sends such cookies cross-site: pass false there.
   */
  laxByDefault?: boolean;
}

export interface Diagnosis {
  sent: boolean;
  blocked: Finding[];
  warnings: Finding[];
}

/** Browsers keep about 180 cookies per domain and evict beyond that. */
export const PER_DOMAIN_LIMIT = 180;
/** From here on a developer should hear about the limit before cookies start to vanish. */
export const DOMAIN_LIMIT_WARNING_AT = 150;

const WEB_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const utf8 = new TextEncoder();

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Lower case and no trailing slash, so "https://Top.test/" and "https://top.test" agree. */
function normalizeSite(site: string): string {
  return site.trim().toLowerCase().replace(/\/+$/, '');
}

/**
 * receives() is the one definition of host, path and Secure matching (loopback hosts
 * included); asking it again with the other checks made to pass tells which of them
 * withholds the cookie, and reports each of them, as DevTools does.
 */
function requestFindings(cookie: Cookie, url: URL): Finding[] {
  const href = url.href;
  const host = normalizeHost(url.hostname);
  const domain = normalizeHost(cookie.domain);
  const out: Finding[] = [];
  if (!receives(href, { ...cookie, secure: false, path: '/' })) {
    out.push({
      code: 'DomainMismatch',
      message: cookie.hostOnly
        ? `Not sent: this is a host-only cookie of ${domain}, and the page is on ${host}`
        : `Not sent: ${host} is neither ${domain} nor one of its subdomains`,
    });
  }
  if (!receives(href, { ...cookie, domain: host, hostOnly: true, path: '/' })) {
    out.push({ code: 'SecureOnly', message: `Not sent: the cookie is Secure and the page uses ${url.protocol.slice(0, -1)}, not https` });
  }
  if (!pathMatches(url.pathname, cookie.path)) {
    out.push({ code: 'NotOnPath', message: `Not sent: the cookie's path ${cookie.path} does not match the page's path ${url.pathname}` });
  }
  return out;
}

const CROSS_SITE_LAX = 'cross-site requests other than top-level navigations';

function sameSiteFinding(cookie: Cookie, ctx: DiagnoseContext): Finding | null {
  if (!ctx.crossSite) return null;
  switch (cookie.sameSite) {
    case 'strict':
      return { code: 'SameSiteStrict', message: 'Not sent: SameSite=Strict cookies are never sent with cross-site requests' };
    case 'lax':
      return { code: 'SameSiteLax', message: `Not sent: SameSite=Lax cookies are not sent with ${CROSS_SITE_LAX}` };
    case 'unspecified':
      if (ctx.laxByDefault === false) return null;
      return {
        code: 'SameSiteUnspecifiedTreatedAsLax',
        message: `Not sent: the cookie has no SameSite attribute, which Chrome treats as Lax: not sent with ${CROSS_SITE_LAX}`,
      };
    case 'no_restriction':
      return null;
  }
}

function partitionFinding(cookie: Cookie, ctx: DiagnoseContext): Finding | null {
  const key = cookie.partitionKey;
  if (!key) return null;
  const site = ctx.topLevelSite ?? topLevelSiteOf(ctx.url);
  if (site !== null && normalizeSite(key.topLevelSite) !== normalizeSite(site)) {
    return {
      code: 'PartitionMismatch',
      message: `Not sent: the cookie is partitioned under ${key.topLevelSite}, and this tab's top-level site is ${site}`,
    };
  }
  const crossSite = ctx.crossSite ?? false;
  if (key.hasCrossSiteAncestor !== undefined && key.hasCrossSiteAncestor !== crossSite) {
    return {
      code: 'PartitionMismatch',
      message: key.hasCrossSiteAncestor
        ? 'Not sent: the cookie is partitioned for frames embedded by another site, and this request is same-site'
        : 'Not sent: the cookie is partitioned for same-site frames, and this request is cross-site',
    };
  }
  return null;
}

function expiredFinding(cookie: Cookie, nowSeconds: number): Finding | null {
  const exp = cookie.expirationDate;
  if (cookie.session || exp === undefined || exp > nowSeconds) return null;
  const when = isoSeconds(exp);
  return { code: 'Expired', message: `Not sent: expired ${formatDuration(nowSeconds - exp)} ago${when ? ` (${when})` : ''}` };
}

function blockedFindings(cookie: Cookie, ctx: DiagnoseContext): Finding[] {
  const url = parseUrl(ctx.url);
  if (!url || !WEB_SCHEMES.has(url.protocol)) {
    const scheme = url ? `${url.protocol} pages` : 'This tab\'s address';
    return [{ code: 'SchemeNotSupported', message: `Not sent: ${scheme} cannot carry cookies; only http(s) and ws(s) pages do` }];
  }
  const out = requestFindings(cookie, url);
  for (const finding of [sameSiteFinding(cookie, ctx), partitionFinding(cookie, ctx), expiredFinding(cookie, ctx.nowSeconds)]) {
    if (finding) out.push(finding);
  }
  return out;
}

function warningFindings(cookie: Cookie, ctx: DiagnoseContext): Finding[] {
  const out: Finding[] = [];
  if (cookie.sameSite === 'no_restriction' && !cookie.secure) {
    out.push({
      code: 'SameSiteNoneInsecure',
      message: 'SameSite=None without Secure: Chrome rejects such cookies, so it cannot be set again as it is',
    });
  }
  // Only the prefix rules: the full validation scans every value and asks the suffix list, for
  // nothing a list row shows.
  for (const rule of prefixFindings(cookie)) out.push({ code: 'InvalidPrefix', message: rule.message });
  const exp = cookie.expirationDate;
  if (!cookie.session && exp !== undefined && exp > chromeExpiryCap(ctx.nowSeconds)) {
    out.push({
      code: 'ExpiryTooFar',
      message: `Expires in ${formatDuration(exp - ctx.nowSeconds)}, past the 400-day cap: Chrome keeps a cookie at most 400 days`,
    });
  }
  const bytes = utf8.encode(cookie.name).length + utf8.encode(cookie.value).length;
  if (bytes > MAX_NAME_VALUE_BYTES) {
    out.push({
      code: 'TooLarge',
      message: `Name and value take ${bytes} bytes, over the ${MAX_NAME_VALUE_BYTES}-byte limit: browsers refuse to store a cookie this large`,
    });
  }
  const count = ctx.cookiesOnDomain;
  if (count !== undefined && count >= DOMAIN_LIMIT_WARNING_AT) {
    out.push({
      code: 'DomainLimit',
      message: `${count} cookies on this domain, close to the limit of about ${PER_DOMAIN_LIMIT}: beyond it, browsers delete the oldest`,
    });
  }
  if (cookie.httpOnly) {
    out.push({ code: 'HttpOnly', message: 'HttpOnly: sent with requests, but page scripts cannot read it (not in document.cookie)' });
  }
  return out;
}

/** Whether the cookie goes with a request to ctx.url, every reason it would not, and warnings. */
export function diagnose(cookie: Cookie, ctx: DiagnoseContext): Diagnosis {
  const blocked = blockedFindings(cookie, ctx);
  return { sent: blocked.length === 0, blocked, warnings: warningFindings(cookie, ctx) };
}
