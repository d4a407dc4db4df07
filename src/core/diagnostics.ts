/**
 * "Why isn't this cookie sent?": one cookie against the tab it is looked at from. Reasons
 * a cookie is withheld carry the names Chrome DevTools uses for blocked cookies, so a
 * developer can search for them; warnings point at trouble that does not block it yet.
 */
import type { Cookie } from './cookie';
import { formatDuration, isoSeconds } from './decode/time';
import { topLevelSiteOf } from './domain';
import { normalizeHost } from './host';
import { WEB_SCHEMES } from './web-scheme';
import { expiryCap } from './expiry';
import { english, type Translate } from './translate';
import { MAX_NAME_VALUE_BYTES, prefixFindings } from './rules';
import { cookieSize } from './query';
import { findSuspicious, type SuspiciousChar } from './lookalike';
import { pathMatches, receives } from './url-match';

export type BlockedCode =
  | 'SchemeNotSupported' | 'DomainMismatch' | 'NotOnPath' | 'SecureOnly' | 'SameSiteStrict' | 'SameSiteLax'
  | 'SameSiteUnspecifiedTreatedAsLax' | 'PartitionMismatch' | 'ThirdPartyBlocked' | 'FirstPartyMismatch' | 'Expired';
export type WarningCode =
  | 'SameSiteNoneInsecure' | 'SameSiteUnspecifiedLaxAllowUnsafe' | 'InvalidPrefix' | 'ExpiryTooFar' | 'TooLarge' | 'DomainLimit' | 'HttpOnly' | 'HiddenCharacters';

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
  /**
   * A cross-site top-level navigation with a safe method (GET): Lax cookies still go with it,
   * Strict ones do not. Default false.
   */
  laxAllowed?: boolean;
  /**
   * Whether the request has a cross-site ancestor, which is what a CHIPS partition is keyed by;
   * `crossSite` when absent. A top-level navigation from another site has none.
   */
  crossSiteAncestor?: boolean;
  /**
   * The request is made in a frame or by a page of another site, where the browser keeps
   * unpartitioned cookies back: Chrome's third-party cookie blocking (a setting, on by default
   * in Chromium builds without Google's services) or Firefox's Total Cookie Protection.
   */
  unpartitionedWithheld?: 'chrome' | 'firefox';
  /** Firefox's first-party isolation: the first-party domain the request is made under. */
  firstPartyDomain?: string;
  /** How many cookies the cookie's domain holds, for the per-domain limit. */
  cookiesOnDomain?: number;
  /**
   * Whether a cookie without SameSite counts as Lax, as in Chrome (the default).
   * Firefox sends such cookies cross-site: pass false there.
   */
  laxByDefault?: boolean;
  /** The language of the findings' messages; English when absent. */
  translate?: Translate;
}

export interface Diagnosis {
  sent: boolean;
  blocked: Finding[];
  warnings: Finding[];
}

/** Browsers keep about 180 cookies per domain and evict beyond that. */
const PER_DOMAIN_LIMIT = 180;
/** From here on a developer should hear about the limit before cookies start to vanish. */
const DOMAIN_LIMIT_WARNING_AT = 150;

/** A list diagnoses every cookie against one URL: it is parsed once, not once per cookie. */
let lastParsed: { text: string; url: URL | null } | null = null;

function parseUrl(text: string): URL | null {
  if (lastParsed?.text !== text) {
    let url: URL | null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    lastParsed = { text, url };
  }
  return lastParsed.url;
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
function requestFindings(cookie: Cookie, url: URL, t: Translate): Finding[] {
  const host = normalizeHost(url.hostname);
  const domain = normalizeHost(cookie.domain);
  const out: Finding[] = [];
  if (!receives(url, { ...cookie, secure: false, path: '/' })) {
    out.push({
      code: 'DomainMismatch',
      message: cookie.hostOnly
        ? t('diag_domain_mismatch_host_only', domain, host)
        : t('diag_domain_mismatch', host, domain),
    });
  }
  if (!receives(url, { ...cookie, domain: host, hostOnly: true, path: '/' })) {
    out.push({ code: 'SecureOnly', message: t('diag_secure_only', url.protocol.slice(0, -1)) });
  }
  if (!pathMatches(url.pathname, cookie.path)) {
    out.push({ code: 'NotOnPath', message: t('diag_not_on_path', cookie.path, url.pathname) });
  }
  return out;
}

function sameSiteFinding(cookie: Cookie, ctx: DiagnoseContext, t: Translate): Finding | null {
  if (!ctx.crossSite) return null;
  switch (cookie.sameSite) {
    case 'strict':
      return { code: 'SameSiteStrict', message: t('diag_same_site_strict') };
    case 'lax':
      if (ctx.laxAllowed) return null;
      return { code: 'SameSiteLax', message: t('diag_same_site_lax') };
    case 'unspecified':
      if (ctx.laxByDefault === false || ctx.laxAllowed) return null;
      return { code: 'SameSiteUnspecifiedTreatedAsLax', message: t('diag_same_site_unspecified_treated_as_lax') };
    case 'no_restriction':
      return null;
  }
}

function partitionFinding(cookie: Cookie, ctx: DiagnoseContext, t: Translate): Finding | null {
  const key = cookie.partitionKey;
  if (!key) return null;
  const site = ctx.topLevelSite ?? topLevelSiteOf(ctx.url);
  if (site !== null && normalizeSite(key.topLevelSite) !== normalizeSite(site)) {
    return { code: 'PartitionMismatch', message: t('diag_partition_mismatch', key.topLevelSite, site) };
  }
  const crossSite = ctx.crossSiteAncestor ?? ctx.crossSite ?? false;
  if (key.hasCrossSiteAncestor !== undefined && key.hasCrossSiteAncestor !== crossSite) {
    return {
      code: 'PartitionMismatch',
      message: key.hasCrossSiteAncestor
        ? t('diag_partition_mismatch_cross_site_ancestor')
        : t('diag_partition_mismatch_same_site'),
    };
  }
  return null;
}

/** What the browser keeps back in a third-party context, and first-party isolation. */
function jarFindings(cookie: Cookie, ctx: DiagnoseContext, t: Translate): Finding[] {
  const out: Finding[] = [];
  if (ctx.unpartitionedWithheld && !cookie.partitionKey) {
    out.push({
      code: 'ThirdPartyBlocked',
      message: ctx.unpartitionedWithheld === 'firefox' ? t('diag_third_party_firefox') : t('diag_third_party_chrome'),
    });
  }
  const wanted = ctx.firstPartyDomain;
  if (wanted !== undefined && cookie.firstPartyDomain && cookie.firstPartyDomain !== wanted) {
    out.push({ code: 'FirstPartyMismatch', message: t('diag_first_party_mismatch', cookie.firstPartyDomain, wanted) });
  }
  return out;
}

function expiredFinding(cookie: Cookie, nowSeconds: number, t: Translate): Finding | null {
  const exp = cookie.expirationDate;
  if (cookie.session || exp === undefined || exp > nowSeconds) return null;
  const ago = formatDuration(nowSeconds - exp, t);
  const when = isoSeconds(exp);
  return { code: 'Expired', message: when ? t('diag_expired_at', ago, when) : t('diag_expired', ago) };
}

function blockedFindings(cookie: Cookie, ctx: DiagnoseContext, t: Translate): Finding[] {
  const url = parseUrl(ctx.url);
  if (!url || !WEB_SCHEMES.has(url.protocol)) {
    return [{
      code: 'SchemeNotSupported',
      message: url ? t('diag_scheme_not_supported', url.protocol) : t('diag_scheme_not_supported_no_url'),
    }];
  }
  const out = [...requestFindings(cookie, url, t), ...jarFindings(cookie, ctx, t)];
  for (const finding of [sameSiteFinding(cookie, ctx, t), partitionFinding(cookie, ctx, t), expiredFinding(cookie, ctx.nowSeconds, t)]) {
    if (finding) out.push(finding);
  }
  return out;
}

function describeChar(found: SuspiciousChar, t: Translate): string {
  const position = found.index + 1;
  if (found.kind === 'invisible') return t('charInvisible', found.codePoint, position);
  if (found.kind === 'bidi') return t('charBidi', found.codePoint, position);
  return t('charLookalike', found.char, found.codePoint, found.looksLike ?? '', position);
}

/** Invisible, bidi and look-alike characters of the name, domain and value, field by field. */
function hiddenCharactersFinding(cookie: Cookie, t: Translate): Finding | null {
  const fields = [
    ['fieldName', cookie.name],
    ['fieldDomain', cookie.domain],
    ['fieldValue', cookie.value],
  ] as const;
  const parts = fields.flatMap(([label, text]) => {
    const found = findSuspicious(text);
    return found.length > 0 ? [t('hiddenCharsIn', t(label), found.map((f) => describeChar(f, t)).join('; '))] : [];
  });
  return parts.length > 0 ? { code: 'HiddenCharacters', message: t('diag_hidden_characters', parts.join(' ')) } : null;
}

function warningFindings(cookie: Cookie, ctx: DiagnoseContext, t: Translate): Finding[] {
  const out: Finding[] = [];
  if (cookie.sameSite === 'no_restriction' && !cookie.secure) {
    out.push({ code: 'SameSiteNoneInsecure', message: t('diag_same_site_none_insecure') });
  }
  // Only the prefix rules: the full validation scans every value and asks the suffix list, for
  // nothing a list row shows.
  for (const rule of prefixFindings(cookie, t)) out.push({ code: 'InvalidPrefix', message: rule.message });
  const exp = cookie.expirationDate;
  if (!cookie.session && exp !== undefined && exp > expiryCap(ctx.nowSeconds)) {
    out.push({ code: 'ExpiryTooFar', message: t('diag_expiry_too_far', formatDuration(exp - ctx.nowSeconds, t)) });
  }
  const bytes = cookieSize(cookie);
  if (bytes > MAX_NAME_VALUE_BYTES) {
    out.push({ code: 'TooLarge', message: t('diag_too_large', bytes, MAX_NAME_VALUE_BYTES) });
  }
  const count = ctx.cookiesOnDomain;
  if (count !== undefined && count >= DOMAIN_LIMIT_WARNING_AT) {
    out.push({ code: 'DomainLimit', message: t('diag_domain_limit', count, PER_DOMAIN_LIMIT) });
  }
  const hidden = hiddenCharactersFinding(cookie, t);
  if (hidden) out.push(hidden);
  if (cookie.httpOnly) out.push({ code: 'HttpOnly', message: t('diag_http_only') });
  return out;
}

/** Whether the cookie goes with a request to ctx.url, every reason it would not, and warnings. */
export function diagnose(cookie: Cookie, ctx: DiagnoseContext): Diagnosis {
  const t = ctx.translate ?? english;
  const blocked = blockedFindings(cookie, ctx, t);
  return { sent: blocked.length === 0, blocked, warnings: warningFindings(cookie, ctx, t) };
}
