/**
 * The rules a cookie must satisfy before anything is written. Each broken rule becomes a
 * finding that names the field in the editor's own words, so the UI can show it as is.
 */
import type { Cookie } from './cookie';
import { domainMatches, isIpAddress, isPublicSuffix, normalizeHost, registrableDomain } from './domain';
import { chromeExpiryCap } from './expiry';

export type Field =
  | 'name' | 'value' | 'domain' | 'hostOnly' | 'path' | 'expires' | 'secure' | 'httpOnly'
  | 'sameSite' | 'partitioned' | 'topLevelSite' | 'storeId';
/** `confirm`: allowed only after the user confirms. */
export type Severity = 'error' | 'warning' | 'confirm';

export interface Finding {
  field: Field;
  severity: Severity;
  code: string;
  message: string;
}

export interface RuleContext {
  nowSeconds: number;
  /** The tab's host the cookie is set for; the cookie's domain must belong to its site. */
  siteHost?: string;
}

/** Browsers' limit on name plus value, in UTF-8 bytes. */
export const MAX_NAME_VALUE_BYTES = 4096;
/** RFC 6265bis ignores longer attribute values, which would silently change the cookie. */
export const MAX_ATTRIBUTE_BYTES = 1024;

const utf8 = new TextEncoder();

function describeChar(ch: string): string {
  const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  if (/\p{Cc}/u.test(ch)) return `control character U+${hex}`;
  if (/\s/.test(ch)) return `a space character (U+${hex})`;
  return `'${ch}'`;
}

/** The first character matching `bad`, described with its 1-based position for people. */
function findChar(text: string, bad: RegExp, offset = 0): string | null {
  const chars = [...text];
  const index = chars.findIndex((ch) => bad.test(ch));
  if (index < 0) return null;
  return `found ${describeChar(chars[index]!)} at position ${index + 1 + offset}`;
}

const NAME_FORBIDDEN = /[;,=\s\p{Cc}]/u;
// Complement of RFC 6265bis cookie-octet within ASCII; non-ASCII is only warned about.
const VALUE_FORBIDDEN = /[\s\p{Cc}",;\\]/u;
const NON_ASCII = /\P{ASCII}/u;
const DOMAIN_FORBIDDEN = /[^a-z0-9._-]/;
const PATH_FORBIDDEN = /[;\p{Cc}]/u;

function nameFindings({ name, value }: Cookie): Finding[] {
  const out: Finding[] = [];
  if (name === '' && value === '') {
    out.push(error('name', 'name-and-value-empty', 'Name and Value must not both be empty'));
  } else if (name === '' && value.includes('=')) {
    out.push(error('name', 'name-empty-value-has-equals',
      "Name may be empty only if Value contains no '=' (the part before '=' would be read as the name)"));
  }
  const found = findChar(name, NAME_FORBIDDEN);
  if (found) {
    out.push(error('name', 'name-invalid-char',
      `Name must not contain ';', ',', '=', spaces or control characters (${found})`));
  }
  return out;
}

/** Browsers match the prefixes case-insensitively, so `__HOST-id` is held to the same rules. */
export function prefixFindings(cookie: Cookie): Finding[] {
  const lower = cookie.name.toLowerCase();
  if (lower.startsWith('__host-')) {
    const missing = [
      cookie.secure ? null : 'turn on Secure',
      cookie.path === '/' ? null : 'set Path to /',
      cookie.hostOnly ? null : 'turn on Host-only',
    ].filter((step) => step !== null);
    if (missing.length === 0) return [];
    return [error('name', 'prefix-host',
      `__Host- cookies must be Secure, have Path=/ and no Domain (${missing.join(', ')})`)];
  }
  if (lower.startsWith('__secure-') && !cookie.secure) {
    return [error('name', 'prefix-secure', '__Secure- cookies must be Secure')];
  }
  return [];
}

function valueFindings({ name, value }: Cookie): Finding[] {
  const out: Finding[] = [];
  const quoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"');
  const inner = quoted ? value.slice(1, -1) : value;
  const offset = quoted ? 1 : 0;
  const found = findChar(inner, VALUE_FORBIDDEN, offset);
  if (found) {
    out.push(error('value', 'value-invalid-char',
      `Value must not contain spaces, '"', ',', ';', '\\' or control characters (${found}); encode them, e.g. with URL encoding`));
  }
  const nonAscii = findChar(inner, NON_ASCII, offset);
  if (nonAscii) {
    out.push(warning('value', 'value-non-ascii',
      `Value contains a character outside ASCII (${nonAscii}); some servers cannot read it`));
  }
  if (name === '' && /^__(secure|host)-/i.test(value)) {
    out.push(error('value', 'value-looks-prefixed',
      'Value must not start with __Secure- or __Host- when Name is empty'));
  }
  const bytes = utf8.encode(name).length + utf8.encode(value).length;
  if (bytes > MAX_NAME_VALUE_BYTES) {
    out.push(error('value', 'size-too-large',
      `Name and Value together take ${bytes} bytes; browsers accept at most ${MAX_NAME_VALUE_BYTES}`));
  }
  return out;
}

function domainShapeFinding(domain: string, offset: number): Finding | null {
  if (domain === '') return error('domain', 'domain-empty', 'Domain must not be empty');
  if (isIpAddress(domain)) return null;
  const found = findChar(domain, DOMAIN_FORBIDDEN, offset);
  if (found) {
    const ascii = NON_ASCII.test(domain) ? parseUrl(`http://${domain}/`)?.hostname : undefined;
    const hint = ascii && !DOMAIN_FORBIDDEN.test(ascii) ? `; write international names in their xn-- form: ${ascii}` : '';
    return error('domain', 'domain-invalid-char',
      `Domain may contain only letters, digits, '-', '_' and '.' (${found})${hint}`);
  }
  if (domain.length > 253) return error('domain', 'domain-too-long', 'Domain must be at most 253 characters');
  const labels = domain.split('.');
  if (labels.includes('')) {
    return error('domain', 'domain-empty-label', "Domain must not contain empty parts such as '..'");
  }
  if (labels.some((label) => label.length > 63)) {
    return error('domain', 'domain-label-too-long', 'Each part of Domain between dots must be at most 63 characters');
  }
  return null;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function domainFindings(cookie: Cookie, ctx: RuleContext): Finding[] {
  const domain = normalizeHost(cookie.domain);
  // Positions refer to what was typed, which may have had spaces or a dot in front.
  const shape = domainShapeFinding(domain, Math.max(0, cookie.domain.toLowerCase().indexOf(domain)));
  if (shape) return [shape];
  const siteHost = ctx.siteHost === undefined ? '' : normalizeHost(ctx.siteHost);
  if (isPublicSuffix(domain)) {
    if (cookie.hostOnly && (siteHost === '' || siteHost === domain)) return [];
    return [error('domain', 'domain-public-suffix',
      `Domain ${domain} is a public suffix shared by many sites; a cookie for it is allowed only as a Host-only cookie of the host ${domain} itself`)];
  }
  if (siteHost === '') return [];
  const site = registrableDomain(siteHost) ?? siteHost;
  if (domainMatches(domain, site)) return [];
  return [error('domain', 'domain-other-site',
    `Domain ${domain} is not part of this tab's site ${site}; use ${site} or one of its subdomains`)];
}

function pathFindings({ path }: Cookie): Finding[] {
  const out: Finding[] = [];
  if (!path.startsWith('/')) out.push(error('path', 'path-not-absolute', "Path must start with '/'"));
  const found = findChar(path, PATH_FORBIDDEN);
  if (found) out.push(error('path', 'path-invalid-char', `Path must not contain ';' or control characters (${found})`));
  if (utf8.encode(path).length > MAX_ATTRIBUTE_BYTES) {
    out.push(error('path', 'path-too-long', `Path must be at most ${MAX_ATTRIBUTE_BYTES} bytes`));
  }
  return out;
}

function expiryFindings(cookie: Cookie, { nowSeconds }: RuleContext): Finding[] {
  if (cookie.session) return [];
  const exp = cookie.expirationDate;
  if (exp === undefined || !Number.isFinite(exp)) {
    return [error('expires', 'expiry-invalid', 'Expires must be a valid date, or turn on Session')];
  }
  if (exp <= nowSeconds) {
    return [finding('expires', 'confirm', 'expiry-past', 'Expires is in the past: saving will delete the cookie')];
  }
  if (exp > chromeExpiryCap(nowSeconds)) {
    return [warning('expires', 'expiry-over-cap', 'Expires is more than 400 days away; Chrome shortens it to 400 days')];
  }
  return [];
}

function crossSiteFindings(cookie: Cookie): Finding[] {
  const out: Finding[] = [];
  if (cookie.sameSite === 'no_restriction' && !cookie.secure) {
    out.push(error('sameSite', 'samesite-none-insecure', 'SameSite=None requires Secure'));
  }
  if (cookie.partitionKey) {
    if (!cookie.secure) out.push(error('partitioned', 'partitioned-insecure', 'Partitioned cookies must be Secure'));
    const problem = topLevelSiteProblem(cookie.partitionKey.topLevelSite);
    if (problem) out.push(problem);
  }
  return out;
}

function topLevelSiteProblem(topLevelSite: string): Finding | null {
  if (topLevelSite.trim() === '') {
    return error('topLevelSite', 'top-level-site-empty',
      'Top-level site is required for a partitioned cookie, e.g. https://example.test');
  }
  const url = parseUrl(topLevelSite);
  const site = url ? registrableDomain(url.hostname) : null;
  const expected = site === null ? null : `https://${site}`;
  if (expected !== null && topLevelSite === expected) return null;
  const hint = expected === null ? '' : `; did you mean ${expected}?`;
  return error('topLevelSite', 'top-level-site-invalid',
    `Top-level site must be https:// followed by a registrable domain only, e.g. https://example.test${hint}`);
}

function storeFindings({ storeId }: Cookie): Finding[] {
  return storeId === '' ? [error('storeId', 'store-empty', 'Cookie store must be chosen')] : [];
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
  return [
    ...nameFindings(cookie),
    ...prefixFindings(cookie),
    ...valueFindings(cookie),
    ...domainFindings(cookie, ctx),
    ...pathFindings(cookie),
    ...expiryFindings(cookie, ctx),
    ...crossSiteFindings(cookie),
    ...storeFindings(cookie),
  ];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function firstErrorMessage(findings: readonly Finding[]): string | null {
  return findings.find((f) => f.severity === 'error')?.message ?? null;
}
