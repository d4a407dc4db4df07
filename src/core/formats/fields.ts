/**
 * Tolerant readers for the fields of a cookie object in a JSON export. Hand-edited and
 * foreign files put "true" for true, numbers as text and null for "not set"; each reader
 * accepts those, and reports what it had to guess instead of dropping the cookie.
 */
import type { PartitionKey, SameSite } from '../cookie';
import { words } from '../words';
import { sameSiteFromText } from './build';
import type { IssueList } from './issues';
import type { JsonItem } from './json-input';
import { describeValue } from './text';
import type { Place } from './types';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text, or a number or boolean standing for text; null for anything else. */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A field read from `record`, with the place to report problems at. */
export interface FieldContext {
  record: JsonRecord;
  where: Place;
  issues: IssueList;
}

/** The item as a cookie object to read fields from; null, and an issue, for anything else. */
export function readRecord(item: JsonItem, issues: IssueList): FieldContext | null {
  const { value: record, where } = item;
  if (isRecord(record)) return { record, where, issues };
  issues.add(where, words('parse_not_object', describeValue(record)));
  return null;
}

export function readFlag(ctx: FieldContext, key: string, fallback: boolean): boolean {
  const value = ctx.record[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'TRUE' || value === 1) return true;
  if (value === 'false' || value === 'FALSE' || value === 0) return false;
  ctx.issues.add(ctx.where, words('parse_flag_invalid', key, describeValue(value), String(fallback)));
  return fallback;
}

export function readPath(ctx: FieldContext, key: string): string {
  const value = ctx.record[key];
  if (value === undefined || value === null || value === '') return '/';
  if (typeof value === 'string') return value;
  ctx.issues.add(ctx.where, words('parse_path_invalid', key, describeValue(value)));
  return '/';
}

export function readSameSite(ctx: FieldContext, key: string): SameSite {
  const value = ctx.record[key];
  if (value === undefined || value === null) return 'unspecified';
  const sameSite = typeof value === 'string' ? sameSiteFromText(value) : null;
  if (sameSite) return sameSite;
  ctx.issues.add(ctx.where, words('parse_same_site_invalid', key, describeValue(value)));
  return 'unspecified';
}

/**
 * Absent or null means unpartitioned. Accepts the cookies API's object and the bare
 * top-level site string Playwright uses. Returns "invalid" for anything else, since
 * importing a partitioned cookie as an unpartitioned one would change which site gets it.
 */
export function readPartitionKey(value: unknown): PartitionKey | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value === '' ? 'invalid' : { topLevelSite: value };
  if (!isRecord(value) || typeof value.topLevelSite !== 'string') return 'invalid';
  const key: PartitionKey = { topLevelSite: value.topLevelSite };
  if (typeof value.hasCrossSiteAncestor === 'boolean') key.hasCrossSiteAncestor = value.hasCrossSiteAncestor;
  return key;
}
