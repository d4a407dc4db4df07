/**
 * Playwright's storageState: `{ cookies: [...], origins: [...] }`, whose cookies are what
 * `context.addCookies` takes. A bare list of such cookies is accepted too.
 * No host-only flag: a domain without a leading dot is host-only. `expires` is -1 for a
 * session cookie. No "unspecified" SameSite: Chromium's default, Lax, is written instead.
 */
import type { Cookie, SameSite } from '../cookie';
import { marksDomainCookie } from '../host';
import { words, type Words } from '../words';
import { buildCookie, canonicalDomain, cleanDomain, expiryOf } from './build';
import {
  asNumber, asText, isRecord, readFlag, readPartitionKey, readPath, readRecord, readSameSite, type FieldContext,
} from './fields';
import { IssueList } from './issues';
import { detectJsonFormat } from './json-detect';
import { readJsonItems, type JsonItem } from './json-input';
import { readSite } from './site';
import { describeValue } from './text';
import type { Format, ParseOptions, ParseResult } from './types';

function pickCookies(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  return isRecord(root) && Array.isArray(root.cookies) ? root.cookies : null;
}

/** Where the cookie lives: from `domain` (and `path`), or from `url` as addCookies allows; else why the cookie is skipped. */
function readPlace(ctx: FieldContext): { place: { host: string; hostOnly: boolean; path: string } } | { problem: Words } {
  const { record } = ctx;
  if (typeof record.domain === 'string') {
    const host = cleanDomain(record.domain);
    if (host === null) return { problem: words('parse_playwright_domain_empty') };
    return { place: { host, hostOnly: !marksDomainCookie(record.domain), path: readPath(ctx, 'path') } };
  }
  const site = typeof record.url === 'string' ? readSite(record.url) : null;
  if (site === null) return { problem: words('parse_playwright_place', describeValue(record.domain ?? record.url)) };
  const path = typeof record.path === 'string' && record.path !== '' ? record.path : site.defaultPath;
  return { place: { host: site.host, hostOnly: true, path } };
}

function readExpires(ctx: FieldContext): number | undefined {
  const raw = ctx.record.expires;
  if (raw === undefined || raw === null) return undefined;
  const seconds = asNumber(raw);
  if (seconds === null) {
    ctx.issues.add(ctx.where, words('parse_playwright_expires', describeValue(raw)));
    return undefined;
  }
  // -1 is Playwright's session marker; 0 is the cookies.txt habit for the same.
  return seconds > 0 ? seconds : undefined;
}

function cookieFromItem(item: JsonItem, issues: IssueList, storeId: string): Cookie | null {
  const ctx = readRecord(item, issues);
  if (!ctx) return null;
  const { record, where } = ctx;
  const name = asText(record.name);
  const value = record.value === undefined || record.value === null ? '' : asText(record.value);
  if (name === null || value === null) {
    const [field, found] = name === null ? ['name', record.name] : ['value', record.value];
    issues.add(where, words('parse_text_invalid', field, describeValue(found)));
    return null;
  }
  const read = readPlace(ctx);
  if ('problem' in read) {
    issues.add(where, read.problem);
    return null;
  }
  const partitionKey = readPartitionKey(record.partitionKey);
  if (partitionKey === 'invalid') {
    issues.add(where, words('parse_playwright_partition_key', describeValue(record.partitionKey)));
    return null;
  }
  if (partitionKey && typeof record._crHasCrossSiteAncestor === 'boolean') {
    partitionKey.hasCrossSiteAncestor = record._crHasCrossSiteAncestor;
  }
  return buildCookie({
    name,
    value,
    ...read.place,
    secure: readFlag(ctx, 'secure', false),
    httpOnly: readFlag(ctx, 'httpOnly', false),
    sameSite: readSameSite(ctx, 'sameSite'),
    expirationDate: readExpires(ctx),
    storeId,
    partitionKey,
  });
}

function parse(text: string, opts: ParseOptions): ParseResult {
  const issues = new IssueList();
  const { items } = readJsonItems(text, issues, pickCookies, words('parse_expected_playwright'));
  const cookies: Cookie[] = [];
  for (const item of items) {
    const cookie = cookieFromItem(item, issues, opts.storeId);
    if (cookie) cookies.push(cookie);
  }
  return { cookies, issues: issues.toArray() };
}

type PlaywrightSameSite = 'Strict' | 'Lax' | 'None';

const SAME_SITE: Record<SameSite, PlaywrightSameSite> = {
  strict: 'Strict',
  lax: 'Lax',
  no_restriction: 'None',
  unspecified: 'Lax',
};

interface PlaywrightCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: PlaywrightSameSite;
  partitionKey?: string;
  _crHasCrossSiteAncestor?: boolean;
}

function toPlaywright(cookie: Cookie): PlaywrightCookie {
  const out: PlaywrightCookie = {
    name: cookie.name,
    value: cookie.value,
    domain: canonicalDomain(cookie),
    path: cookie.path,
    expires: expiryOf(cookie) ?? -1,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: SAME_SITE[cookie.sameSite],
  };
  if (cookie.partitionKey) {
    out.partitionKey = cookie.partitionKey.topLevelSite;
    // Playwright's own (Chromium-only) name for the rest of the key.
    if (cookie.partitionKey.hasCrossSiteAncestor !== undefined) out._crHasCrossSiteAncestor = cookie.partitionKey.hasCrossSiteAncestor;
  }
  return out;
}

function serialize(cookies: Cookie[]): string {
  return `${JSON.stringify({ cookies: cookies.map(toPlaywright), origins: [] }, null, 2)}\n`;
}

export const playwright: Format = {
  id: 'playwright',
  label: 'format_playwright',
  fileExtension: 'json',
  mimeType: 'application/json',
  parse,
  serialize,
  detect: (text) => detectJsonFormat(text) === 'playwright',
};
