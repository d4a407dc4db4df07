/**
 * Reading a cookie object shaped like the cookies API's (the shape Crumb, Cookie-Editor
 * and EditThisCookie all export) into a Cookie.
 */
import type { Cookie } from '../cookie';
import { marksDomainCookie } from '../host';
import { words } from '../words';
import { buildCookie, cleanDomain } from './build';
import { asNumber, asText, readFlag, readPartitionKey, readPath, readRecord, readSameSite, type FieldContext } from './fields';
import type { IssueList } from './issues';
import type { JsonItem } from './json-input';
import { describeValue } from './text';

export interface RecordOptions {
  /** Store for cookies whose file does not name one (or whose store is not taken from the file). */
  storeId: string;
  /**
   * Crumb's own format keeps the store and an empty first-party domain as written.
   * Other tools' store ids belong to the browser they ran in, so the target store is used.
   */
  lossless: boolean;
}

function cookieFromRecord(item: JsonItem, issues: IssueList, opts: RecordOptions): Cookie | null {
  const ctx = readRecord(item, issues);
  if (!ctx) return null;
  const { record, where } = ctx;
  const name = asText(record.name);
  if (name === null) {
    issues.add(where, words('parse_text_invalid', 'name', describeValue(record.name)));
    return null;
  }
  const value = record.value === undefined || record.value === null ? '' : asText(record.value);
  if (value === null) {
    issues.add(where, words('parse_text_invalid', 'value', describeValue(record.value)));
    return null;
  }
  const domainText = typeof record.domain === 'string' ? record.domain : '';
  const host = cleanDomain(domainText);
  if (host === null) {
    issues.add(where, words('parse_domain_invalid', describeValue(record.domain)));
    return null;
  }
  const partitionKey = readPartitionKey(record.partitionKey);
  if (partitionKey === 'invalid') {
    issues.add(where, words('parse_partition_key_invalid', describeValue(record.partitionKey)));
    return null;
  }
  return buildCookie({
    name,
    value,
    host,
    hostOnly: readFlag(ctx, 'hostOnly', !marksDomainCookie(domainText)),
    path: readPath(ctx, 'path'),
    secure: readFlag(ctx, 'secure', false),
    httpOnly: readFlag(ctx, 'httpOnly', false),
    sameSite: readSameSite(ctx, 'sameSite'),
    expirationDate: readExpiry(ctx),
    storeId: opts.lossless && typeof record.storeId === 'string' && record.storeId !== '' ? record.storeId : opts.storeId,
    partitionKey,
    firstPartyDomain: readFirstPartyDomain(ctx, opts.lossless),
  });
}

export function cookiesFromRecords(items: JsonItem[], issues: IssueList, opts: RecordOptions): Cookie[] {
  const cookies: Cookie[] = [];
  for (const item of items) {
    const cookie = cookieFromRecord(item, issues, opts);
    if (cookie) cookies.push(cookie);
  }
  return cookies;
}

function readExpiry(ctx: FieldContext): number | undefined {
  const raw = ctx.record.expirationDate;
  const absent = raw === undefined || raw === null;
  if (readFlag(ctx, 'session', absent)) return undefined;
  const seconds = asNumber(raw);
  if (seconds !== null) return seconds;
  ctx.issues.add(ctx.where, words('parse_expiration_invalid', describeValue(raw)));
  return undefined;
}

/** Firefox reports "" when first-party isolation is off, which means the same as no value elsewhere. */
function readFirstPartyDomain(ctx: FieldContext, lossless: boolean): string | undefined {
  const raw = ctx.record.firstPartyDomain;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    ctx.issues.add(ctx.where, words('parse_first_party_invalid', describeValue(raw)));
    return undefined;
  }
  return lossless || raw !== '' ? raw : undefined;
}
