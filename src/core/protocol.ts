/**
 * The message protocol between extension pages and the background, the only
 * code that touches the cookies API. Requests are a discriminated union; the
 * background checks every incoming message with `parseRequest` before acting.
 */
import type { Cookie, CookieIdentity } from './cookie';
import { COPY_KINDS, type CopyKind } from './copy-kinds';
import type { Diagnosis } from './diagnostics';
import { isCookie, isCookieIdentity, isCookieList, isRecord } from './cookie-guard';
import type { Finding } from './rules';
import type { TimelineEntry } from './timeline';

/** What the popup needs to know about the tab it works on. */
export interface SiteInfo {
  tabId: number;
  url: string;
  host: string;
  /** The registrable domain ("site") whose cookies are listed, e.g. example.test. */
  registrableDomain: string;
  /** The CHIPS partition key form of the tab's top-level site, e.g. https://example.test. */
  topLevelSite: string | null;
  storeId: string;
  /** Firefox's first-party isolation is on: every cookie belongs to a first-party domain. */
  firstPartyIsolation: boolean;
  /** Firefox only: the first-party domain new cookies for this tab get ("" without isolation). */
  firstPartyDomain?: string;
}

export interface StoreInfo {
  id: string;
  /** True for incognito / private browsing stores. */
  incognito: boolean;
}

/**
 * A cookie as lists show it: the value cut to a preview, so that 180 cookies of 4 KB
 * do not travel and stay in memory for a one-line glimpse. The editor asks for the
 * whole cookie with a `get` request.
 */
export type CookieHead = Omit<Cookie, 'value'> & { valuePreview: string; valueLength: number };

export const VALUE_PREVIEW_CHARS = 512;

export function headOf(cookie: Cookie): CookieHead {
  const { value, ...rest } = cookie;
  return { ...rest, valuePreview: value.slice(0, VALUE_PREVIEW_CHARS), valueLength: value.length };
}

export interface ListedCookie {
  cookie: CookieHead;
  /** Would the tab's page receive this cookie, and if not, why; what looks wrong with it. */
  diagnosis: Diagnosis;
}

export interface ListResult {
  site: SiteInfo;
  cookies: ListedCookie[];
  /** The browser's cookie stores, for the editor's store picker. */
  stores: StoreInfo[];
}

/** What the popup adds after its first screen: other sites' cookies partitioned here. */
export interface EmbeddedResult {
  cookies: ListedCookie[];
}

export interface CookieFailure {
  cookie: CookieIdentity;
  message: string;
}

export interface BatchResult {
  done: Cookie[];
  failed: CookieFailure[];
}

export type SaveResult = { kind: 'saved'; cookie: Cookie } | { kind: 'deleted'; cookie: Cookie };

export type Request =
  | { type: 'list'; tabId: number }
  | { type: 'embedded'; tabId: number }
  | {
      type: 'save';
      /** The cookie as it was before the edit; absent when creating. */
      original?: Cookie;
      cookie: Cookie;
      /** The host the edit is made for, to check that the domain belongs to the site. */
      siteHost?: string;
      /** The user confirmed a step that deletes (an expiry in the past). */
      confirmed?: boolean;
    }
  | { type: 'get'; cookie: CookieIdentity }
  /** Deletes by identity; the result holds each cookie as it was, for an exact undo. */
  | { type: 'delete'; cookies: CookieIdentity[] }
  | { type: 'restore'; cookies: Cookie[] }
  | { type: 'timeline'; tabId: number }
  | { type: 'listStore'; storeId: string }
  | { type: 'importPreview'; cookies: Cookie[] }
  | { type: 'copyAs'; cookie: Cookie; kind: CopyKind };

export type RequestType = Request['type'];

export interface ResultOf {
  list: ListResult;
  embedded: EmbeddedResult;
  save: SaveResult;
  get: Cookie | null;
  delete: BatchResult;
  restore: BatchResult;
  timeline: TimelineEntry[];
  listStore: StoreListResult;
  importPreview: ImportPreviewItem[];
  copyAs: string;
}

/** What importing one cookie would do, decided before anything is written. */
export interface ImportPreviewItem {
  cookie: Cookie;
  status: 'new' | 'replaces' | 'rejected';
  /** The rules it breaks (rejected) or warnings worth reading. */
  findings: Finding[];
  /** The cookie with the same identity that importing would overwrite. */
  existing?: Cookie;
}

export interface SiteCookie {
  cookie: Cookie;
  /** The registrable domain the cookie belongs to, for grouping. */
  site: string;
}

export interface StoreListResult {
  storeId: string;
  cookies: SiteCookie[];
  stores: StoreInfo[];
}

/** Pushed by the background to pages listening on the changes port. */
export interface ChangeMessage {
  type: 'changed';
  entry: TimelineEntry;
}



export type ErrorCode = 'invalid' | 'needs-confirmation' | 'exists' | 'browser' | 'no-access' | 'not-found' | 'bad-request';

/** The site a no-access error is about, with the host pattern that would grant it. */
export interface SiteAccess {
  host: string;
  registrableDomain: string;
  origin: string;
}

export interface ProtocolError {
  code: ErrorCode;
  message: string;
  findings?: Finding[];
  /** With code "no-access": which site, if the browser let Crumb see the tab's URL. */
  access?: SiteAccess | null;
  /** With code "no-access": the pattern that grants every site. */
  allSites?: string;
}

export type Response<T extends RequestType> = { ok: true; result: ResultOf[T] } | { ok: false; error: ProtocolError };

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Returns the request if the message is well formed, otherwise null. */
export function parseRequest(message: unknown): Request | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'list':
    case 'embedded':
    case 'timeline':
      return Number.isInteger(message.tabId) ? { type: message.type, tabId: message.tabId as number } : null;
    case 'save': {
      if (!isCookie(message.cookie)) return null;
      if (message.original !== undefined && !isCookie(message.original)) return null;
      if (message.siteHost !== undefined && typeof message.siteHost !== 'string') return null;
      if (message.confirmed !== undefined && typeof message.confirmed !== 'boolean') return null;
      const request: Request = { type: 'save', cookie: message.cookie };
      if (message.original) request.original = message.original as Cookie;
      if (typeof message.siteHost === 'string') request.siteHost = message.siteHost;
      if (message.confirmed === true) request.confirmed = true;
      return request;
    }
    case 'listStore':
      return typeof message.storeId === 'string' ? { type: 'listStore', storeId: message.storeId } : null;
    case 'copyAs':
      return isCookie(message.cookie) && (COPY_KINDS as readonly unknown[]).includes(message.kind)
        ? { type: 'copyAs', cookie: message.cookie, kind: message.kind as CopyKind }
        : null;
    case 'get':
      return isCookieIdentity(message.cookie) ? { type: 'get', cookie: message.cookie } : null;
    case 'delete':
      return Array.isArray(message.cookies) && message.cookies.every(isCookieIdentity)
        ? { type: 'delete', cookies: message.cookies as CookieIdentity[] }
        : null;
    case 'importPreview':
    case 'restore':
      return isCookieList(message.cookies) ? { type: message.type, cookies: message.cookies } : null;
    default:
      return null;
  }
}
