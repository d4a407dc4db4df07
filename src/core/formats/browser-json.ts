/**
 * The list of cookies API objects that Cookie-Editor and EditThisCookie both export.
 * Written with keys in the order the API reports them, expirationDate only on persistent cookies.
 */
import type { Cookie, PartitionKey, SameSite } from '../cookie';
import { words } from '../words';
import { cookiesFromRecords } from './browser-record';
import { canonicalDomain, expiryOf } from './build';
import { isRecord } from './fields';
import { IssueList } from './issues';
import { readJsonItems } from './json-input';
import type { ParseOptions, ParseResult } from './types';

/** Both tools' lists; a wrapper object with a "cookies" list is accepted too. */
function pickCookieList(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  return isRecord(root) && Array.isArray(root.cookies) ? root.cookies : null;
}

export function parseBrowserList(text: string, opts: ParseOptions): ParseResult {
  const issues = new IssueList();
  const { items } = readJsonItems(text, issues, pickCookieList, words('parse_expected_list'));
  const cookies = cookiesFromRecords(items, issues, { storeId: opts.storeId, lossless: false });
  return { cookies, issues: issues.toArray() };
}

export interface BrowserRecord {
  domain: string;
  expirationDate?: number;
  firstPartyDomain?: string;
  hostOnly: boolean;
  httpOnly: boolean;
  name: string;
  partitionKey?: PartitionKey;
  path: string;
  sameSite: SameSite;
  secure: boolean;
  session: boolean;
  storeId: string | null;
  value: string;
}

export function toBrowserRecord(cookie: Cookie, storeId: string | null): BrowserRecord {
  const expiry = expiryOf(cookie);
  return {
    domain: canonicalDomain(cookie),
    ...(expiry === undefined ? {} : { expirationDate: expiry }),
    // Firefox's "" means "not isolated"; writing it would make Chrome reject the import.
    ...(cookie.firstPartyDomain ? { firstPartyDomain: cookie.firstPartyDomain } : {}),
    hostOnly: cookie.hostOnly,
    httpOnly: cookie.httpOnly,
    name: cookie.name,
    ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
    path: cookie.path,
    sameSite: cookie.sameSite,
    secure: cookie.secure,
    session: expiry === undefined,
    storeId,
    value: cookie.value,
  };
}
