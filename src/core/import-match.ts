/**
 * Finds the cookie an imported one would replace. Files leave out what the browser
 * adds on its own — Firefox's first-party domain (""), Chrome's cross-site-ancestor bit
 * of a partition key — so an exact identity match would call a replacement "new", and
 * undoing the import would then delete the original.
 */
import type { Cookie } from './cookie';

function looseKey(cookie: Cookie): string {
  return JSON.stringify([cookie.storeId, cookie.partitionKey?.topLevelSite ?? null, cookie.domain, cookie.path, cookie.name]);
}

function fits(imported: Cookie, existing: Cookie): boolean {
  if (imported.firstPartyDomain !== undefined && imported.firstPartyDomain !== existing.firstPartyDomain) return false;
  const ancestor = imported.partitionKey?.hasCrossSiteAncestor;
  return ancestor === undefined || ancestor === existing.partitionKey?.hasCrossSiteAncestor;
}

/** The imported cookie with the unstated parts of its identity taken from the one it replaces. */
function completed(imported: Cookie, existing: Cookie): Cookie {
  const cookie: Cookie = { ...imported };
  if (cookie.firstPartyDomain === undefined && existing.firstPartyDomain !== undefined) {
    cookie.firstPartyDomain = existing.firstPartyDomain;
  }
  const ancestor = existing.partitionKey?.hasCrossSiteAncestor;
  if (cookie.partitionKey && cookie.partitionKey.hasCrossSiteAncestor === undefined && ancestor !== undefined) {
    cookie.partitionKey = { ...cookie.partitionKey, hasCrossSiteAncestor: ancestor };
  }
  return cookie;
}

export interface ImportMatch {
  /** The cookie to write: the imported one, completed to the identity it replaces. */
  cookie: Cookie;
  existing?: Cookie;
}

export function matcher(existing: readonly Cookie[]): (imported: Cookie) => ImportMatch {
  const byKey = new Map<string, Cookie[]>();
  for (const cookie of existing) {
    const key = looseKey(cookie);
    byKey.set(key, [...(byKey.get(key) ?? []), cookie]);
  }
  return (imported) => {
    const match = byKey.get(looseKey(imported))?.find((candidate) => fits(imported, candidate));
    return match ? { cookie: completed(imported, match), existing: match } : { cookie: imported };
  };
}
