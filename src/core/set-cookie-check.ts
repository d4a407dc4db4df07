/**
 * What the browser will do with one Set-Cookie line, as far as the rules can tell: the
 * cookie it stores, or every rule the line breaks. Only what both browsers enforce the same
 * way, whatever the user's settings, is predicted here; third-party blocking, Firefox's
 * partitioning of third-party cookies and per-site exceptions show only in the jar
 * (see set-cookie-fate.ts).
 */
import type { Cookie } from './cookie';
import { isPublicSuffix, topLevelSiteOf } from './domain';
import { normalizeHost } from './host';
import { parseUrl } from './parse-url';
import { domainMatches, isLoopback } from './host-match';
import { english, type MessageKey, type Translate } from './translate';
import { MAX_NAME_VALUE_BYTES, prefixFindings } from './rules';
import { defaultPath, type Engine, type SetCookieLine } from './set-cookie-line';
import { pathMatches } from './url-match';
import { SECURE_SCHEMES } from './web-scheme';

export type RejectCode =
  | 'no-name-or-value' | 'empty-name' | 'illegal-char' | 'too-large' | 'prefix' | 'domain-mismatch'
  | 'domain-public-suffix' | 'secure-from-insecure' | 'samesite-none-insecure' | 'partitioned-insecure'
  | 'overwrite-secure' | 'not-http';

export interface RejectReason {
  code: RejectCode;
  message: string;
}

export interface SetCookieContext {
  /** The URL of the response that carried the line. */
  url: string;
  engine: Engine;
  nowSeconds: number;
  storeId: string;
  /** The top-level page's URL: a Partitioned cookie is keyed by its site. The response's own URL when absent. */
  topLevelUrl?: string;
  /** The frame that made the request is cross-site to its top-level page. */
  crossSite?: boolean;
  /**
   * The jar's cookies of this name before the response, for the rule that an insecure response
   * may not overwrite a Secure cookie. Absent when not looked up: that rule is then not judged.
   */
  existing?: readonly Cookie[];
  translate?: Translate;
}

export type Prediction =
  | { kind: 'rejected'; reasons: RejectReason[] }
  /** `deletes`: the expiry is in the past, so the line removes any cookie of that identity. */
  | { kind: 'accepted'; cookie: Cookie; deletes: boolean };

const utf8 = new TextEncoder();

/** ASCII control characters; both browsers refuse them, Chrome counts the tab among them in a value, Firefox does not. */
function hasControl(text: string, tabToo: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && (tabToo || code !== 0x09)) || code === 0x7f) return true;
  }
  return false;
}

function reason(t: Translate, code: RejectCode, key: MessageKey, ...args: (string | number)[]): RejectReason {
  return { code, message: t(key, ...args) };
}

function pairReasons(line: SetCookieLine, engine: Engine, t: Translate): RejectReason[] {
  const { name, value } = line;
  if (name === '' && value === '') return [reason(t, 'no-name-or-value', 'inspect_reject_no_name_or_value')];
  const out: RejectReason[] = [];
  if (name === '') {
    if (engine === 'firefox' && line.hasEquals) out.push(reason(t, 'empty-name', 'inspect_reject_empty_name_firefox'));
    else if (value.includes('=')) out.push(reason(t, 'empty-name', 'inspect_reject_empty_name_equals'));
    else if (/^__(secure|host)-/i.test(value)) out.push(reason(t, 'prefix', 'rule_value_looks_prefixed'));
  }
  if (hasControl(name, false) || hasControl(value, engine === 'chrome')) {
    out.push(reason(t, 'illegal-char', engine === 'chrome' ? 'inspect_reject_control_char_chrome' : 'inspect_reject_control_char'));
  }
  const bytes = utf8.encode(name).length + utf8.encode(value).length;
  if (bytes > MAX_NAME_VALUE_BYTES) out.push(reason(t, 'too-large', 'rule_size_too_large', bytes, MAX_NAME_VALUE_BYTES));
  return out;
}

/** RFC 6265bis §5.7: an insecure response leaves alone a Secure cookie whose name, domain and path it would shadow. */
function shadowsSecure(cookie: Cookie, existing: readonly Cookie[]): Cookie | undefined {
  return existing.find((old) =>
    old.secure
    && old.name === cookie.name
    && old.storeId === cookie.storeId
    && (domainMatches(old.domain, cookie.domain) || domainMatches(cookie.domain, old.domain))
    && pathMatches(cookie.path, old.path));
}

function expiryOf(line: SetCookieLine, nowSeconds: number): number | undefined {
  if (line.maxAge !== undefined) return line.maxAge <= 0 ? nowSeconds - 1 : nowSeconds + line.maxAge;
  return line.expires;
}

/** The cookie the browser would store (expiry not yet capped), and every rule the line breaks. */
export function checkSetCookie(line: SetCookieLine, ctx: SetCookieContext): Prediction {
  const t = ctx.translate ?? english;
  const url = parseUrl(ctx.url);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { kind: 'rejected', reasons: [reason(t, 'not-http', 'inspect_reject_not_http')] };
  }
  const host = normalizeHost(url.hostname);
  const secureRequest = SECURE_SCHEMES.has(url.protocol) || isLoopback(host);
  const reasons = pairReasons(line, ctx.engine, t);

  let hostOnly = line.domain === undefined;
  const domain = line.domain ?? host;
  if (!hostOnly) {
    if (isPublicSuffix(domain)) {
      // A public suffix is allowed only as the request's own host, and then means "host-only".
      if (domain === host) hostOnly = true;
      else reasons.push(reason(t, 'domain-public-suffix', 'inspect_reject_public_suffix', domain));
    } else if (domain.startsWith('.') || !domainMatches(host, domain)) {
      reasons.push(reason(t, 'domain-mismatch', 'inspect_reject_domain_mismatch', domain, host));
    }
  }

  const expirationDate = expiryOf(line, ctx.nowSeconds);
  const cookie: Cookie = {
    name: line.name,
    value: line.value,
    domain: hostOnly ? host : `.${domain}`,
    hostOnly,
    path: line.path ?? defaultPath(url.pathname),
    secure: line.secure,
    httpOnly: line.httpOnly,
    sameSite: line.sameSite,
    session: expirationDate === undefined,
    storeId: ctx.storeId,
  };
  if (expirationDate !== undefined) cookie.expirationDate = expirationDate;
  if (line.partitioned) {
    const topLevelSite = topLevelSiteOf(ctx.topLevelUrl ?? ctx.url);
    if (topLevelSite !== null) cookie.partitionKey = { topLevelSite };
  }

  for (const finding of prefixFindings(cookie, t)) reasons.push({ code: 'prefix', message: finding.message });
  if (line.secure && !secureRequest) reasons.push(reason(t, 'secure-from-insecure', 'inspect_reject_secure_from_insecure'));
  if (line.sameSite === 'no_restriction' && !line.secure) {
    reasons.push(reason(t, 'samesite-none-insecure', 'rule_samesite_none_insecure'));
  }
  if (line.partitioned && !line.secure) reasons.push(reason(t, 'partitioned-insecure', 'rule_partitioned_insecure'));
  if (!line.secure && !secureRequest && ctx.existing) {
    const shadowed = shadowsSecure(cookie, ctx.existing);
    if (shadowed) reasons.push(reason(t, 'overwrite-secure', 'inspect_reject_overwrite_secure', shadowed.domain, shadowed.path));
  }

  if (reasons.length > 0) return { kind: 'rejected', reasons };
  return { kind: 'accepted', cookie, deletes: expirationDate !== undefined && expirationDate <= ctx.nowSeconds };
}
