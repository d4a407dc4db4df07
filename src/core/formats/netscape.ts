/**
 * Netscape cookies.txt, as curl, wget and yt-dlp read it: seven tab-separated fields
 * (domain, include subdomains, path, secure, expiry, name, value), "#HttpOnly_" before
 * the domain of an HttpOnly cookie, 0 as the expiry of a session cookie.
 * The format has no SameSite, partition or store: those get defaults on import.
 */
import type { Cookie } from '../cookie';
import { marksDomainCookie } from '../host';
import { words, type Words } from '../words';
import { buildCookie, canonicalDomain, cleanDomain, expiryOf } from './build';
import { atLine, IN_FILE, IssueList } from './issues';
import { quote, splitLines } from './text';
import type { Format, ParseOptions, ParseResult } from './types';
import { firstUnwritable, type Unwritable } from './unwritable';

/** curl and yt-dlp refuse a file whose first line is not this. */
const NETSCAPE_HEADER = '# Netscape HTTP Cookie File';
const HTTP_ONLY_PREFIX = '#httponly_';

function readBool(field: string): boolean | null {
  const upper = field.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return null;
}

/**
 * Tabs are the format, but files that went through an editor or a web form sometimes
 * have spaces instead; a cookie value cannot contain spaces or tabs anyway.
 */
function splitFields(line: string): { fields: string[]; separator: string } {
  const tabbed = line.split('\t');
  if (tabbed.length >= 6) return { fields: tabbed, separator: '\t' };
  const spaced = line.trim().split(/[ \t]+/);
  return spaced.length >= 6 ? { fields: spaced, separator: ' ' } : { fields: tabbed, separator: '\t' };
}

type LineResult = { cookie: Cookie } | { problem: Words } | null;

/** A cookie, what is wrong with the line, or null for a line with nothing to read. */
function parseLine(raw: string, storeId: string): LineResult {
  let line = raw;
  let httpOnly = false;
  if (line.slice(0, HTTP_ONLY_PREFIX.length).toLowerCase() === HTTP_ONLY_PREFIX) {
    httpOnly = true;
    line = line.slice(HTTP_ONLY_PREFIX.length);
  } else if (line.trimStart().startsWith('#') || line.trim() === '') {
    return null;
  }
  const { fields, separator } = splitFields(line);
  if (fields.length < 6) return { problem: words('parse_netscape_fields', fields.length) };
  const [domainField = '', subdomainsField = '', path = '', secureField = '', expiryField = '', name = ''] = fields;
  // A missing last field is an empty value whose trailing tab an editor removed; extra fields belong to the value.
  const value = fields.slice(6).join(separator);
  const host = cleanDomain(domainField);
  if (host === null) return { problem: words('parse_netscape_domain_empty') };
  const includeSubdomains = readBool(subdomainsField);
  if (includeSubdomains === null) return { problem: words('parse_netscape_subdomains', quote(subdomainsField)) };
  const secure = readBool(secureField);
  if (secure === null) return { problem: words('parse_netscape_secure', quote(secureField)) };
  const expiry = expiryField.trim() === '' ? Number.NaN : Number(expiryField);
  if (!Number.isFinite(expiry)) return { problem: words('parse_netscape_expiry', quote(expiryField)) };
  // A leading dot makes a domain cookie whatever the flag says, as in curl.
  const hostOnly = !includeSubdomains && !marksDomainCookie(domainField);
  const cookie = buildCookie({
    name,
    value,
    host,
    hostOnly,
    path: path.trim(),
    secure,
    httpOnly,
    sameSite: 'unspecified',
    expirationDate: expiry > 0 ? expiry : undefined,
    storeId,
  });
  return { cookie };
}

function parse(text: string, opts: ParseOptions): ParseResult {
  const issues = new IssueList();
  const cookies: Cookie[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const result = parseLine(lines[i] ?? '', opts.storeId);
    if (result === null) continue;
    if ('problem' in result) issues.add(atLine(i + 1), result.problem);
    else cookies.push(result.cookie);
  }
  if (cookies.length === 0 && issues.count === 0) issues.add(IN_FILE, words('parse_netscape_no_cookies'));
  return { cookies, issues: issues.toArray() };
}

/** Tabs and line breaks would split the line; browsers never store them in a cookie. */
/** A tab would end a field early and a line break the line. */
function cannotCarry(cookie: Cookie): Unwritable | null {
  return firstUnwritable(cookie, ['tab', 'line-break']);
}

function toLine(cookie: Cookie): string {
  const expiry = expiryOf(cookie);
  // Whole seconds, and never 0, which would turn the cookie into a session cookie.
  const seconds = expiry === undefined ? 0 : Math.max(1, Math.floor(expiry));
  const prefix = cookie.httpOnly ? '#HttpOnly_' : '';
  const flag = (b: boolean): string => (b ? 'TRUE' : 'FALSE');
  return [
    prefix + canonicalDomain(cookie),
    flag(!cookie.hostOnly),
    cookie.path,
    flag(cookie.secure),
    String(seconds),
    cookie.name,
    cookie.value,
  ].join('\t');
}

/** Cookies with a tab or line break in them are left out: they cannot be written in this format. */
function serialize(cookies: Cookie[]): string {
  const lines = cookies.filter((c) => cannotCarry(c) === null).map(toLine);
  return [NETSCAPE_HEADER, '# Written by Crumb. Fields: domain, include subdomains, path, secure, expiry, name, value.', '', ...lines, ''].join('\n');
}

const DETECT_LINES = 50;

function detect(text: string): boolean {
  const lines = splitLines(text.slice(0, 64 * 1024)).slice(0, DETECT_LINES);
  return lines.some((line) => {
    if (/^#\s*(netscape )?http cookie file/i.test(line) || line.toLowerCase().startsWith(HTTP_ONLY_PREFIX)) return true;
    const fields = line.split('\t');
    return fields.length >= 6 && readBool(fields[1] ?? '') !== null && readBool(fields[3] ?? '') !== null;
  });
}

export const netscape: Format = {
  id: 'netscape',
  label: 'format_netscape',
  fileExtension: 'txt',
  mimeType: 'text/plain',
  parse,
  serialize,
  detect,
  cannotCarry,
};
