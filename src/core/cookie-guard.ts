import { SAME_SITE_VALUES, type Cookie, type CookieIdentity, type PartitionKey, type SameSite } from './cookie';

/** Messages and stored data cross a trust boundary: every cookie in them is checked field by field. */

/** A plain object, as every message and every cookie in one must be. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

interface FieldTypes {
  string: string;
  number: number;
  boolean: boolean;
}

/** Each named field holds a value of the given type: the shape of a stored or sent record, said once. */
export function hasFields<F extends Record<string, keyof FieldTypes>>(
  x: Record<string, unknown>,
  fields: F,
): x is Record<string, unknown> & { [K in keyof F]: FieldTypes[F[K]] } {
  return Object.entries(fields).every(([key, type]) => typeof x[key] === type);
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

function hasIdentity(x: Record<string, unknown>): boolean {
  return (
    hasFields(x, { name: 'string', domain: 'string', path: 'string', storeId: 'string' }) &&
    (x.partitionKey === undefined || isPartitionKey(x.partitionKey)) &&
    (x.firstPartyDomain === undefined || typeof x.firstPartyDomain === 'string')
  );
}

export function isCookieIdentity(x: unknown): x is CookieIdentity {
  return isRecord(x) && hasIdentity(x);
}

export function isCookie(x: unknown): x is Cookie {
  return (
    isRecord(x) &&
    hasIdentity(x) &&
    hasFields(x, { value: 'string', hostOnly: 'boolean', secure: 'boolean', httpOnly: 'boolean', session: 'boolean' }) &&
    isSameSite(x.sameSite) &&
    (x.expirationDate === undefined || (typeof x.expirationDate === 'number' && Number.isFinite(x.expirationDate)))
  );
}

export function isCookieList(x: unknown): x is Cookie[] {
  return Array.isArray(x) && x.every(isCookie);
}
