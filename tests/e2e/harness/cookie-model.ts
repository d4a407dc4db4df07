import type { Cookie } from '../../../src/core/cookie';

/** What both browsers' cookies API reports, as far as the model goes: Chrome may leave a partition key's site out. */
export type ApiCookie = Omit<Cookie, 'partitionKey'> & { partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean } };

/**
 * The fields of an API cookie the model knows, nothing else: the tests' own reading of the
 * browser, independent of the extension's conversion.
 */
export function toModel(c: ApiCookie): Cookie {
  const cookie: Cookie = {
    name: c.name,
    value: c.value,
    domain: c.domain,
    hostOnly: c.hostOnly,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    session: c.session,
    storeId: c.storeId,
  };
  if (c.firstPartyDomain !== undefined) cookie.firstPartyDomain = c.firstPartyDomain;
  if (c.expirationDate !== undefined) cookie.expirationDate = c.expirationDate;
  if (c.partitionKey?.topLevelSite !== undefined) {
    cookie.partitionKey = { topLevelSite: c.partitionKey.topLevelSite };
    if (c.partitionKey.hasCrossSiteAncestor !== undefined) {
      cookie.partitionKey.hasCrossSiteAncestor = c.partitionKey.hasCrossSiteAncestor;
    }
  }
  return cookie;
}
