/**
 * The one place that calls `browser.cookies`. It converts between the browser's
 * cookie objects and the shared `Cookie` model and turns the browser's refusals
 * (a thrown error or a null result) into `CookieApiError`s with words a user understands.
 */
import browser, { type Cookies } from 'webextension-polyfill';
import { bareDomain } from '../core/host';
import { cookieUrl, identityKey, sameIdentity, type Cookie, type CookieIdentity, type PartitionKey } from '../core/cookie';
import { isSameSite } from '../core/cookie-guard';
import { messageOf } from './errors';
import { translate } from './i18n';
import { explainRefusal } from './refusals';

export class CookieApiError extends Error {
  constructor(
    message: string,
    readonly code: 'browser' | 'no-access' = 'browser',
  ) {
    super(message);
  }
}

/** Firefox-only fields: Chrome rejects details objects that carry them. */
export const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

export function fromBrowser(c: Cookies.Cookie): Cookie {
  const cookie: Cookie = {
    name: c.name,
    value: c.value,
    domain: c.domain,
    hostOnly: c.hostOnly,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: isSameSite(c.sameSite) ? c.sameSite : 'unspecified',
    session: c.session,
    storeId: c.storeId,
  };
  if (!c.session && c.expirationDate !== undefined) cookie.expirationDate = c.expirationDate;
  const key = c.partitionKey;
  if (key?.topLevelSite) {
    const partitionKey: PartitionKey = { topLevelSite: key.topLevelSite };
    if (key.hasCrossSiteAncestor !== undefined) partitionKey.hasCrossSiteAncestor = key.hasCrossSiteAncestor;
    cookie.partitionKey = partitionKey;
  }
  if (isFirefox) cookie.firstPartyDomain = c.firstPartyDomain ?? '';
  return cookie;
}

function addressOf(id: CookieIdentity & Pick<Cookie, 'secure'>, secureUrl = false): Cookies.RemoveDetailsType {
  const details: Cookies.RemoveDetailsType = { url: cookieUrl(secureUrl ? { ...id, secure: true } : id), name: id.name, storeId: id.storeId };
  if (id.partitionKey) details.partitionKey = { ...id.partitionKey };
  if (isFirefox && id.firstPartyDomain !== undefined) details.firstPartyDomain = id.firstPartyDomain;
  return details;
}

async function call<T>(cookie: Pick<Cookie, 'name' | 'domain'>, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const raw = messageOf(error);
    const explained = explainRefusal(raw, cookie);
    throw new CookieApiError(explained.message, explained.code);
  }
}

export async function getAll(filter: {
  name?: string;
  domain?: string;
  storeId: string;
  partitionKey?: { topLevelSite?: string };
}): Promise<Cookie[]> {
  const details: Cookies.GetAllDetailsType = { ...filter };
  if (isFirefox) details.firstPartyDomain = null;
  const found = await browser.cookies.getAll(details);
  return found.map(fromBrowser);
}

/**
 * `cookies.get` answers with the cookie a URL would receive, which may be another
 * cookie of the same name (a domain cookie for a host-only one): look the exact
 * identity up instead.
 */
export async function find(id: CookieIdentity): Promise<Cookie | null> {
  const candidates = await call(id, () =>
    getAll({ name: id.name, domain: bareDomain(id.domain), storeId: id.storeId, partitionKey: {} }),
  );
  return candidates.find((c) => sameIdentity(c, id)) ?? null;
}

/**
 * The cookie as this browser can hold it: a file from Firefox carries a first-party domain
 * ("" without isolation) that Chrome does not know and refuses.
 */
export function forThisBrowser(cookie: Cookie): Cookie {
  if (isFirefox || cookie.firstPartyDomain === undefined) return cookie;
  const own: Cookie = { ...cookie };
  delete own.firstPartyDomain;
  return own;
}

/** One `cookies.set` with every attribute, through an http:// or https:// URL. */
async function write(cookie: Cookie, secureUrl: boolean): Promise<Cookies.Cookie> {
  const details: Cookies.SetDetailsType = {
    ...addressOf(cookie, secureUrl),
    value: cookie.value,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
  };
  // A host-only cookie is written by leaving the domain out.
  if (!cookie.hostOnly) details.domain = cookie.domain;
  if (!cookie.session && cookie.expirationDate !== undefined) details.expirationDate = cookie.expirationDate;
  const written = await call(cookie, () => browser.cookies.set(details));
  if (!written) throw new CookieApiError(explainRefusal('', cookie).message);
  return written;
}

/** Writes the cookie with every attribute; the browser's answer is the truth. */
export async function set(cookie: Cookie): Promise<Cookie> {
  const written = await write(cookie, false).catch((refusal: unknown) => {
    // Chrome refuses a non-Secure cookie from http:// where a Secure one of that name covers it
    // (an edit that turns Secure off, a restore of what a Secure cookie replaced); the same write
    // through https:// is accepted. Any other refusal stands, in the first attempt's words.
    if (cookie.secure) throw refusal;
    return write(cookie, true).catch(() => {
      throw refusal;
    });
  });
  const answer = fromBrowser(written);
  if (sameSlot(answer, cookie)) return answer;
  // Both browsers answer with the cookie a request to the URL would get first, which for a
  // domain cookie with a host-only twin is the twin: read back the one that was written.
  const candidates = await getAll({ name: cookie.name, domain: bareDomain(cookie.domain), storeId: cookie.storeId, partitionKey: {} });
  return candidates.find((candidate) => sameSlot(candidate, cookie)) ?? answer;
}

/** The same cookie, however the domain was spelled and whatever identity parts the browser added. */
function sameSlot(a: Cookie, b: Cookie): boolean {
  return (
    a.name === b.name &&
    a.path === b.path &&
    a.hostOnly === b.hostOnly &&
    bareDomain(a.domain) === bareDomain(b.domain) &&
    (a.partitionKey?.topLevelSite ?? null) === (b.partitionKey?.topLevelSite ?? null)
  );
}

/** The cookies of this name that a request to the cookie's URL would carry, in any partition. */
async function sameNameAtUrl(cookie: Cookie): Promise<Cookie[]> {
  const details: Cookies.GetAllDetailsType = { url: cookieUrl(cookie), name: cookie.name, storeId: cookie.storeId, partitionKey: {} };
  if (isFirefox) details.firstPartyDomain = null;
  return (await browser.cookies.getAll(details)).map(fromBrowser);
}

/**
 * Removes exactly this cookie, and reads back that it is gone (Firefox's `remove` has been
 * seen to answer success for a cookie it kept). Chrome's `remove` takes every cookie of that
 * name the URL would receive — the same name on a shorter path, the host-only twin of a
 * domain cookie — so those are read first and any the browser took along are written back.
 */
export async function remove(cookie: Cookie): Promise<void> {
  const before = await sameNameAtUrl(cookie);
  await removeOnly(cookie);
  const left = new Set((await sameNameAtUrl(cookie)).map(identityKey));
  if (left.has(identityKey(cookie))) throw new CookieApiError(translate('error_delete_failed', cookie.name));
  for (const other of before) {
    if (!sameIdentity(other, cookie) && !left.has(identityKey(other))) await set(other);
  }
}

/** Removes the cookie without looking first: batches read the jar once, before and after. */
export async function removeOnly(cookie: Cookie): Promise<void> {
  const removed = await call(cookie, () => browser.cookies.remove(addressOf(cookie)));
  if (!removed) throw new CookieApiError(translate('error_delete_failed', cookie.name));
}

/** Every cookie of these stores, in every partition: what a batch compares before and after. */
export async function snapshot(storeIds: readonly string[]): Promise<Cookie[]> {
  const lists = await Promise.all([...new Set(storeIds)].map((storeId) => getAll({ storeId, partitionKey: {} })));
  return lists.flat();
}

export async function stores(): Promise<Cookies.CookieStore[]> {
  return browser.cookies.getAllCookieStores();
}
