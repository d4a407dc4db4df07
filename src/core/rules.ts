/**
 * The rules a cookie must satisfy before anything is written. Each broken rule becomes a
 * finding that names the field in the editor's own words, in the user's language when the
 * context brings a translator, so the UI can show it as is.
 */
import type { Cookie } from './cookie';
import { isPublicSuffix, registrableDomain } from './domain';
import { normalizeHost } from './host';
import { parseUrl } from './parse-url';
import { domainMatches, isIpAddress } from './host-match';
import { expiryFindings, type ExpiryContext } from './expiry-rules';
import { english, type MessageKey, type Translate } from './translate';

export type Field =
  | 'name' | 'value' | 'domain' | 'hostOnly' | 'path' | 'expires' | 'secure' | 'httpOnly'
  | 'sameSite' | 'partitioned' | 'topLevelSite' | 'storeId' | 'maxAge';
/** `confirm`: allowed only after the user confirms. */
export type Severity = 'error' | 'warning' | 'confirm';

export interface Finding {
  field: Field;
  severity: Severity;
  code: string;
  message: string;
}

export interface RuleContext extends ExpiryContext {
  /** The tab's host the cookie is set for; the cookie's domain must belong to its site. */
  siteHost?: string;
  /** The language of the findings' messages; English when absent. */
  translate?: Translate;
}

/** Browsers' limit on name plus value, in UTF-8 bytes. */
export const MAX_NAME_VALUE_BYTES = 4096;
/** RFC 6265bis ignores longer attribute values, which would silently change the cookie. */
const MAX_ATTRIBUTE_BYTES = 1024;

const utf8 = new TextEncoder();

function describeChar(ch: string, t: Translate): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  if (ch === ' ') return t('rule_char_space');
  if (ch === '\t') return t('rule_char_tab');
  if (/\p{Cc}/u.test(ch)) return t('rule_char_control', hex);
  if (/\s/.test(ch)) return t('rule_char_whitespace', hex);
  return t('rule_char_quoted', ch);
}

/**
 * The first character matching `bad`, described, and its 1-based position for people: the
 * `$1` and `$2` of the "found … at position …" messages.
 */
function findChar(text: string, bad: RegExp, t: Translate, offset = 0): [what: string, position: number] | null {
  const chars = [...text];
  const index = chars.findIndex((ch) => bad.test(ch));
  if (index < 0) return null;
  return [describeChar(chars[index]!, t), index + 1 + offset];
}

const NAME_FORBIDDEN = /[;,=\s\p{Cc}]/u;
// Complement of RFC 6265bis cookie-octet within ASCII; non-ASCII is only warned about.
const VALUE_FORBIDDEN = /[\s\p{Cc}",;\\]/u;
const NON_ASCII = /\P{ASCII}/u;
const DOMAIN_FORBIDDEN = /[^a-z0-9._-]/;
const PATH_FORBIDDEN = /[;\p{Cc}]/u;

function nameFindings({ name, value }: Cookie, t: Translate): Finding[] {
  const out: Finding[] = [];
  if (name === '' && value === '') {
    out.push(error('name', 'name-and-value-empty', t('rule_name_and_value_empty')));
  } else if (name === '' && value.includes('=')) {
    out.push(error('name', 'name-empty-value-has-equals', t('rule_name_empty_value_has_equals')));
  }
  const found = findChar(name, NAME_FORBIDDEN, t);
  if (found) out.push(error('name', 'name-invalid-char', t('rule_name_invalid_char', ...found)));
  return out;
}

/** Browsers match the prefixes case-insensitively, so `__HOST-id` is held to the same rules. */
export function prefixFindings(cookie: Cookie, t: Translate = english): Finding[] {
  const lower = cookie.name.toLowerCase();
  if (lower.startsWith('__host-')) {
    const missing: MessageKey[] = [];
    if (!cookie.secure) missing.push('rule_prefix_host_step_secure');
    if (cookie.path !== '/') missing.push('rule_prefix_host_step_path');
    if (!cookie.hostOnly) missing.push('rule_prefix_host_step_host_only');
    if (missing.length === 0) return [];
    const steps = missing.map((step) => t(step)).join(t('rule_list_separator'));
    return [error('name', 'prefix-host', t('rule_prefix_host', steps))];
  }
  if (lower.startsWith('__secure-') && !cookie.secure) {
    return [error('name', 'prefix-secure', t('rule_prefix_secure'))];
  }
  return [];
}

function valueFindings({ name, value }: Cookie, t: Translate): Finding[] {
  const out: Finding[] = [];
  const quoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"');
  const inner = quoted ? value.slice(1, -1) : value;
  const offset = quoted ? 1 : 0;
  const found = findChar(inner, VALUE_FORBIDDEN, t, offset);
  if (found) out.push(error('value', 'value-invalid-char', t('rule_value_invalid_char', ...found)));
  const nonAscii = findChar(inner, NON_ASCII, t, offset);
  if (nonAscii) out.push(warning('value', 'value-non-ascii', t('rule_value_non_ascii', ...nonAscii)));
  if (name === '' && /^__(secure|host)-/i.test(value)) {
    out.push(error('value', 'value-looks-prefixed', t('rule_value_looks_prefixed')));
  }
  const bytes = utf8.encode(name).length + utf8.encode(value).length;
  if (bytes > MAX_NAME_VALUE_BYTES) {
    out.push(error('value', 'size-too-large', t('rule_size_too_large', bytes, MAX_NAME_VALUE_BYTES)));
  }
  return out;
}

// A host name or a bracketed IPv6 address, then a port: what a URL's host part looks like.
const HOST_WITH_PORT = /^(\[[^\]]*\]|[^:]*):\d*$/;

function domainShapeFinding(domain: string, offset: number, t: Translate): Finding | null {
  if (domain === '') return error('domain', 'domain-empty', t('rule_domain_empty'));
  if (isIpAddress(domain)) return null;
  const withPort = HOST_WITH_PORT.exec(domain);
  if (withPort) return error('domain', 'domain-port', t('rule_domain_port', withPort[1]!));
  const found = findChar(domain, DOMAIN_FORBIDDEN, t, offset);
  if (found) {
    const ascii = NON_ASCII.test(domain) ? parseUrl(`http://${domain}/`)?.hostname : undefined;
    return error('domain', 'domain-invalid-char', ascii && !DOMAIN_FORBIDDEN.test(ascii)
      ? t('rule_domain_invalid_char_idn', ...found, ascii)
      : t('rule_domain_invalid_char', ...found));
  }
  if (domain.length > 253) return error('domain', 'domain-too-long', t('rule_domain_too_long'));
  const labels = domain.split('.');
  if (labels.includes('')) return error('domain', 'domain-empty-label', t('rule_domain_empty_label'));
  if (labels.some((label) => label.length > 63)) {
    return error('domain', 'domain-label-too-long', t('rule_domain_label_too_long'));
  }
  return null;
}

function domainFindings(cookie: Cookie, ctx: RuleContext, t: Translate): Finding[] {
  const domain = normalizeHost(cookie.domain);
  // Browsers keep "example.test." as a host of its own: such a cookie goes only to URLs
  // written with the dot and no tab's list shows it. Refused rather than silently changed.
  if (domain !== '' && cookie.domain.trim().endsWith('.')) {
    return [error('domain', 'domain-trailing-dot', t('rule_domain_trailing_dot', domain.replace(/\.+$/, '')))];
  }
  // Positions refer to what was typed, which may have had spaces or a dot in front.
  const shape = domainShapeFinding(domain, Math.max(0, cookie.domain.toLowerCase().indexOf(domain)), t);
  if (shape) return [shape];
  const siteHost = ctx.siteHost === undefined ? '' : normalizeHost(ctx.siteHost);
  if (isPublicSuffix(domain)) {
    if (cookie.hostOnly && (siteHost === '' || siteHost === domain)) return [];
    return [error('domain', 'domain-public-suffix', t('rule_domain_public_suffix', domain))];
  }
  if (siteHost === '') return [];
  const site = registrableDomain(siteHost) ?? siteHost;
  if (domainMatches(domain, site)) return [];
  return [error('domain', 'domain-other-site', t('rule_domain_other_site', domain, site))];
}

function pathFindings({ path }: Cookie, t: Translate): Finding[] {
  const out: Finding[] = [];
  if (!path.startsWith('/')) out.push(error('path', 'path-not-absolute', t('rule_path_not_absolute')));
  const found = findChar(path, PATH_FORBIDDEN, t);
  if (found) out.push(error('path', 'path-invalid-char', t('rule_path_invalid_char', ...found)));
  if (utf8.encode(path).length > MAX_ATTRIBUTE_BYTES) {
    out.push(error('path', 'path-too-long', t('rule_path_too_long', MAX_ATTRIBUTE_BYTES)));
  }
  return out;
}

function crossSiteFindings(cookie: Cookie, t: Translate): Finding[] {
  const out: Finding[] = [];
  if (cookie.sameSite === 'no_restriction' && !cookie.secure) {
    out.push(error('sameSite', 'samesite-none-insecure', t('rule_samesite_none_insecure')));
  }
  if (cookie.partitionKey) {
    if (!cookie.secure) out.push(error('partitioned', 'partitioned-insecure', t('rule_partitioned_insecure')));
    const problem = topLevelSiteProblem(cookie.partitionKey.topLevelSite, t);
    if (problem) out.push(problem);
  }
  return out;
}

function topLevelSiteProblem(topLevelSite: string, t: Translate): Finding | null {
  if (topLevelSite.trim() === '') {
    return error('topLevelSite', 'top-level-site-empty', t('rule_top_level_site_empty'));
  }
  const url = parseUrl(topLevelSite);
  const site = url ? registrableDomain(url.hostname) : null;
  const expected = site === null ? null : `https://${site}`;
  if (expected !== null && topLevelSite === expected) return null;
  return error('topLevelSite', 'top-level-site-invalid', expected === null
    ? t('rule_top_level_site_invalid')
    : t('rule_top_level_site_invalid_suggest', expected));
}

function storeFindings({ storeId }: Cookie, t: Translate): Finding[] {
  return storeId === '' ? [error('storeId', 'store-empty', t('rule_store_empty'))] : [];
}

function finding(field: Field, severity: Severity, code: string, message: string): Finding {
  return { field, severity, code, message };
}

function error(field: Field, code: string, message: string): Finding {
  return finding(field, 'error', code, message);
}

function warning(field: Field, code: string, message: string): Finding {
  return finding(field, 'warning', code, message);
}

/** Findings in the editor's field order, so the first error is the top-most one. */
export function validateCookie(cookie: Cookie, ctx: RuleContext): Finding[] {
  const t = ctx.translate ?? english;
  return [
    ...nameFindings(cookie, t),
    ...prefixFindings(cookie, t),
    ...valueFindings(cookie, t),
    ...domainFindings(cookie, ctx, t),
    ...pathFindings(cookie, t),
    ...expiryFindings(cookie, ctx, t),
    ...crossSiteFindings(cookie, t),
    ...storeFindings(cookie, t),
  ];
}
