/**
 * Crumb's own format: every attribute the cookies API has, so an export imported into
 * a fresh profile recreates the same cookies, partitioned and first-party-isolated ones included.
 */
import type { Cookie, PartitionKey } from '../cookie';
import { words } from '../words';
import { cookiesFromRecords } from './browser-record';
import { canonicalDomain, expiryOf } from './build';
import { isRecord } from './fields';
import { IN_FILE, IssueList } from './issues';
import { detectJsonFormat } from './json-detect';
import { readJsonItems } from './json-input';
import { describeValue } from './text';
import type { Format, ParseOptions, ParseResult } from './types';

const CRUMB_FORMAT_VERSION = 1;

function pickCookies(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  return isRecord(root) && Array.isArray(root.cookies) ? root.cookies : null;
}

function checkHeader(root: unknown, issues: IssueList): void {
  if (!isRecord(root)) return;
  if (root.format !== 'crumb') issues.add(IN_FILE, words('parse_crumb_unmarked'));
  const version = root.version;
  if (typeof version === 'number' && version > CRUMB_FORMAT_VERSION) {
    issues.add(IN_FILE, words('parse_crumb_newer', version));
  } else if (version !== undefined && version !== CRUMB_FORMAT_VERSION) {
    issues.add(IN_FILE, words('parse_crumb_unknown_version', describeValue(version), CRUMB_FORMAT_VERSION));
  }
}

function parse(text: string, opts: ParseOptions): ParseResult {
  const issues = new IssueList();
  const { root, items } = readJsonItems(text, issues, pickCookies, words('parse_expected_crumb'));
  checkHeader(root, issues);
  const cookies = cookiesFromRecords(items, issues, { storeId: opts.storeId, lossless: true });
  return { cookies, issues: issues.toArray() };
}

/** Only the known fields, so nothing a caller attached to the object ends up in the file. */
function copyPartitionKey(key: PartitionKey): PartitionKey {
  return key.hasCrossSiteAncestor === undefined
    ? { topLevelSite: key.topLevelSite }
    : { topLevelSite: key.topLevelSite, hasCrossSiteAncestor: key.hasCrossSiteAncestor };
}

function toRecord(cookie: Cookie): Cookie {
  const expiry = expiryOf(cookie);
  const key = cookie.partitionKey;
  return {
    name: cookie.name,
    value: cookie.value,
    domain: canonicalDomain(cookie),
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    session: expiry === undefined,
    ...(expiry === undefined ? {} : { expirationDate: expiry }),
    storeId: cookie.storeId,
    ...(key ? { partitionKey: copyPartitionKey(key) } : {}),
    ...(cookie.firstPartyDomain === undefined ? {} : { firstPartyDomain: cookie.firstPartyDomain }),
  };
}

function serialize(cookies: Cookie[]): string {
  return `${JSON.stringify({ format: 'crumb', version: CRUMB_FORMAT_VERSION, cookies: cookies.map(toRecord) }, null, 2)}\n`;
}

export const crumbJson: Format = {
  id: 'crumb-json',
  label: 'format_crumb_json',
  fileExtension: 'json',
  mimeType: 'application/json',
  parse,
  serialize,
  detect: (text) => detectJsonFormat(text) === 'crumb-json',
};
