/**
 * A request's Cookie header ("a=1; b=2"), as copied from DevTools, with or without the
 * "Cookie:" name. It carries names and values only: on import the cookies become host-only
 * session cookies of `siteUrl`, Secure when that site is https, under its directory path; an
 * export writes the header the browser sends on a top-level navigation to the request URL.
 */
import type { Cookie } from '../cookie';
import { words } from '../words';
import { buildCookie } from './build';
import { PAIR_START, splitPair } from './header-text';
import { IN_FILE, IssueList } from './issues';
import { describeMissingSite, readSite } from './site';
import { splitLines } from './text';
import type { Format, ParseOptions, ParseResult } from './types';
import { cookieHeaderOf } from '../request-cookies';
import { headerCannotCarry } from './header-text';
import { forRequest } from './request';

const PREFIX = /^cookie\s*:\s*/i;

function parse(text: string, opts: ParseOptions): ParseResult {
  const issues = new IssueList();
  const site = readSite(opts.siteUrl);
  if (!site) {
    issues.add(IN_FILE, describeMissingSite(opts.siteUrl, words('parse_site_why_header')));
    return { cookies: [], issues: issues.toArray() };
  }
  const cookies: Cookie[] = [];
  for (const line of splitLines(text)) {
    const trimmed = line.trim();
    const prefix = PREFIX.exec(trimmed);
    for (const pair of (prefix ? trimmed.slice(prefix[0].length) : trimmed).split(';')) {
      const { name, value } = splitPair(pair);
      if (name === '' && value === '') continue;
      cookies.push(buildCookie({
        name,
        value,
        host: site.host,
        hostOnly: true,
        path: site.defaultPath,
        secure: site.secure,
        httpOnly: false,
        sameSite: 'unspecified',
        expirationDate: undefined,
        storeId: opts.storeId,
      }));
    }
  }
  if (cookies.length === 0) issues.add(IN_FILE, words('parse_header_no_pairs'));
  return { cookies, issues: issues.toArray() };
}

function detect(text: string): boolean {
  const lines = splitLines(text.slice(0, 64 * 1024)).map((line) => line.trim()).filter((line) => line !== '');
  const first = lines[0];
  if (first === undefined) return false;
  if (PREFIX.test(first)) return true;
  return lines.length === 1 && PAIR_START.test(first) && !first.includes('\t') && !/^[[{]/.test(first);
}

export const cookieHeader: Format = {
  id: 'cookie-header',
  label: 'format_cookie_header',
  fileExtension: 'txt',
  mimeType: 'text/plain',
  parse,
  detect,
  serialize: (cookies) => `Cookie: ${cookieHeaderOf(cookies.filter((c) => headerCannotCarry(c) === null))}\n`,
  select: forRequest,
  cannotCarry: headerCannotCarry,
};
