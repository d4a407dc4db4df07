/**
 * Set-Cookie header lines, one cookie per line, with or without the "Set-Cookie:" prefix.
 * Read as browsers do (RFC 6265bis section 5.6): unknown attributes are ignored, the
 * last of a repeated attribute wins, Max-Age beats Expires. A line without Domain is a
 * host-only cookie of the site it came from, and a Partitioned one is partitioned under
 * that site, so both need `siteUrl`.
 */
import type { Cookie, SameSite } from '../cookie';
import { topLevelSiteOf } from '../domain';
import { words, type Words } from '../words';
import { buildCookie, canonicalDomain, cleanDomain, expiryOf, sameSiteFromText } from './build';
import { formatCookieDate, parseCookieDate } from './cookie-date';
import { headerCannotCarry, joinPair, PAIR_START, splitPair } from './header-text';
import { atLine, IN_FILE, IssueList } from './issues';
import { describeMissingSite, readSite, type Site } from './site';
import { quote, splitLines } from './text';
import type { Format, ParseOptions, ParseResult } from './types';

const PREFIX = /^set-cookie\s*:\s*/i;

interface Attributes {
  expires?: number;
  maxAge?: number;
  domain?: string;
  /** Null when the attribute asked for the default path. */
  path?: string | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  partitioned: boolean;
}

function readAttributes(text: string, note: (message: Words) => void): Attributes {
  const attrs: Attributes = { secure: false, httpOnly: false, sameSite: 'unspecified', partitioned: false };
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    switch (key) {
      case 'expires': {
        const date = parseCookieDate(value);
        if (date === null) note(words('parse_set_cookie_expires', quote(value)));
        else attrs.expires = date;
        break;
      }
      case 'max-age':
        if (/^-?\d+$/.test(value)) attrs.maxAge = Number(value);
        else note(words('parse_set_cookie_max_age', quote(value)));
        break;
      case 'domain': {
        const domain = cleanDomain(value);
        if (domain !== null) attrs.domain = domain;
        break;
      }
      case 'path':
        attrs.path = value.startsWith('/') ? value : null;
        break;
      case 'secure':
        attrs.secure = true;
        break;
      case 'httponly':
        attrs.httpOnly = true;
        break;
      case 'samesite':
        // An unknown value leaves the browser's default, which is what "unspecified" means.
        attrs.sameSite = sameSiteFromText(value) ?? 'unspecified';
        break;
      case 'partitioned':
        attrs.partitioned = true;
        break;
    }
  }
  return attrs;
}

interface LineContext {
  site: Site | null;
  opts: ParseOptions;
  note: (message: Words) => void;
}

/** The cookie, or why the line gives none. */
function parseLine(line: string, ctx: LineContext): { cookie: Cookie } | { problem: Words } {
  const semi = line.indexOf(';');
  const { name, value } = splitPair(semi < 0 ? line : line.slice(0, semi));
  if (name === '' && value === '') return { problem: words('parse_set_cookie_no_pair') };
  const attrs = readAttributes(semi < 0 ? '' : line.slice(semi + 1), ctx.note);
  const host = attrs.domain ?? ctx.site?.host;
  if (host === undefined) return { problem: describeMissingSite(ctx.opts.siteUrl, words('parse_site_why_no_domain')) };
  const expirationDate = attrs.maxAge !== undefined ? ctx.opts.nowSeconds + attrs.maxAge : attrs.expires;
  const cookie = buildCookie({
    name,
    value,
    host,
    hostOnly: attrs.domain === undefined,
    path: attrs.path ?? ctx.site?.defaultPath ?? '/',
    secure: attrs.secure,
    httpOnly: attrs.httpOnly,
    sameSite: attrs.sameSite,
    expirationDate,
    storeId: ctx.opts.storeId,
  });
  if (attrs.partitioned) {
    // The header does not say under which top-level site; a site setting its own cookie partitions it under itself.
    const topLevelSite = ctx.site?.topLevelSite ?? topLevelSiteOf(`https://${host}/`);
    if (topLevelSite === null) return { problem: words('parse_set_cookie_partitioned', quote(host)) };
    cookie.partitionKey = { topLevelSite };
  }
  return { cookie };
}

function parse(text: string, opts: ParseOptions): ParseResult {
  const issues = new IssueList();
  const cookies: Cookie[] = [];
  const lines = splitLines(text);
  // A pasted response has other headers too; when the Set-Cookie ones are marked, only they count.
  const marked = lines.some((line) => PREFIX.test(line.trimStart()));
  const site = readSite(opts.siteUrl);
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const prefix = PREFIX.exec(trimmed);
    if (marked && !prefix) continue;
    const where = atLine(i + 1);
    const result = parseLine(prefix ? trimmed.slice(prefix[0].length) : trimmed, {
      site,
      opts,
      note: (message) => issues.add(where, message),
    });
    if ('problem' in result) issues.add(where, result.problem);
    else cookies.push(result.cookie);
  }
  if (cookies.length === 0 && issues.count === 0) issues.add(IN_FILE, words('parse_set_cookie_none'));
  return { cookies, issues: issues.toArray() };
}

const SAME_SITE_ATTRIBUTE: Record<SameSite, string | null> = {
  strict: 'Strict',
  lax: 'Lax',
  no_restriction: 'None',
  unspecified: null,
};

export function toSetCookie(cookie: Cookie): string {
  const parts = [joinPair(cookie)];
  if (!cookie.hostOnly) parts.push(`Domain=${canonicalDomain(cookie).slice(1)}`);
  parts.push(`Path=${cookie.path}`);
  const expiry = expiryOf(cookie);
  if (expiry !== undefined) parts.push(`Expires=${formatCookieDate(expiry)}`);
  if (cookie.secure) parts.push('Secure');
  if (cookie.httpOnly) parts.push('HttpOnly');
  const sameSite = SAME_SITE_ATTRIBUTE[cookie.sameSite];
  if (sameSite) parts.push(`SameSite=${sameSite}`);
  if (cookie.partitionKey) parts.push('Partitioned');
  return `Set-Cookie: ${parts.join('; ')}`;
}

/** Cookies that cannot be written as a header (see headerCannotCarry) are left out. */
function serialize(cookies: Cookie[]): string {
  return cookies.filter((c) => headerCannotCarry(c) === null).map((cookie) => `${toSetCookie(cookie)}\n`).join('');
}

const ATTRIBUTE = /;\s*(?:(?:expires|max-age|domain|path|samesite)\s*=|(?:secure|httponly|partitioned)\s*(?:;|$))/i;

function detect(text: string): boolean {
  const lines = splitLines(text.slice(0, 64 * 1024))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 50);
  if (lines.some((line) => PREFIX.test(line))) return true;
  const first = lines[0];
  if (first === undefined || /^cookie\s*:/i.test(first) || first.includes('\t')) return false;
  return ATTRIBUTE.test(first) || (lines.length > 1 && lines.every((line) => PAIR_START.test(line)));
}

export const setCookie: Format = {
  id: 'set-cookie',
  label: 'format_set_cookie',
  fileExtension: 'txt',
  mimeType: 'text/plain',
  parse,
  serialize,
  detect,
  cannotCarry: headerCannotCarry,
};
