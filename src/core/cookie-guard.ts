import { SAME_SITE_VALUES, type Cookie, type CookieIdentity, type PartitionKey, type SameSite } from './cookie';

/** Messages and stored data cross a trust boundary: every cookie in them is checked field by field. */

/** A plain object, as every message and every cookie in one must be. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isPartitionKey(x: unknown): x is PartitionKey {
  return (
    isRecord(x) &&
    typeof x.topLevelSite === 'string' &&
    (x.hasCrossSiteAncestor === undefined || typeof x.hasCrossSiteAncestor === 'boolean')
  );
}

export function isSameSite(x: unknown): x is SameSite {
  return typeof x === 'string' && (SAME_SITE_VALUES as readonly string[]).includes(x);
}

export function isCookie(x: unknown): x is Cookie {
  if (!isRecord(x)) return false;
  return (
    typeof x.name === 'string' &&
    typeof x.value === 'string' &&
    typeof x.domain === 'string' &&
    typeof x.hostOnly === 'boolean' &&
    typeof x.path === 'string' &&
    typeof x.secure === 'boolean' &&
    typeof x.httpOnly === 'boolean' &&
    isSameSite(x.sameSite) &&
    typeof x.session === 'boolean' &&
    (x.expirationDate === undefined || (typeof x.expirationDate === 'number' && Number.isFinite(x.expirationDate))) &&
    typeof x.storeId === 'string' &&
    (x.partitionKey === undefined || isPartitionKey(x.partitionKey)) &&
    (x.firstPartyDomain === undefined || typeof x.firstPartyDomain === 'string')
  );
}

export function isCookieIdentity(x: unknown): x is CookieIdentity {
  return (
    isRecord(x) &&
    typeof x.name === 'string' &&
    typeof x.domain === 'string' &&
    typeof x.path === 'string' &&
    typeof x.storeId === 'string' &&
    (x.partitionKey === undefined || isPartitionKey(x.partitionKey)) &&
    (x.firstPartyDomain === undefined || typeof x.firstPartyDomain === 'string')
  );
}

export function isCookieList(x: unknown): x is Cookie[] {
  return Array.isArray(x) && x.every(isCookie);
}
