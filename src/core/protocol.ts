/**
 * The message protocol between extension pages and the background, the only
 * code that touches the cookies API. Requests are a discriminated union; the
 * background checks every incoming message with `parseRequest` before acting.
 */
import type { Cookie, CookieIdentity } from './cookie';
import { COPY_KINDS, type CopyKind } from './copy-kinds';
import type { Diagnosis } from './diagnostics';
import { isCookie, isCookieIdentity, isCookieList, isRecord } from './cookie-guard';
import type { SiteForecast, TotalForecast } from './cookie-limits';
import { OPERATION_KINDS, type OperationScope, type OperationSummary } from './operation';
import type { BlockRule, JarRules } from './jar-rules';
import type { ProfileHead } from './profiles';
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

const VALUE_PREVIEW_CHARS = 512;

export function headOf(cookie: Cookie): CookieHead {
  const { value, ...rest } = cookie;
  return { ...rest, valuePreview: value.slice(0, VALUE_PREVIEW_CHARS), valueLength: value.length };
}

export interface ListedCookie {
  cookie: CookieHead;
  /** Would the tab's page receive this cookie, and if not, why; what looks wrong with it. */
  diagnosis: Diagnosis;
  /** Crumb protects it; paused: a site kept rewriting it, so Crumb stopped putting it back for a while. */
  protection?: 'on' | 'paused';
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

/** What a journaled change did, read back from the jar. */
export interface OperationResult {
  /** The cookies deleted, written or restored: identities only, the values stay in the background. */
  done: CookieIdentity[];
  failed: CookieFailure[];
  op: OperationSummary;
  /** For an undo: how many cookies the operation had created that it removed. */
  removed?: number;
}

/** `op` is absent when nothing was written (an expiry in the past for a cookie that did not exist). */
export type SaveResult = { kind: 'saved' | 'deleted'; cookie: Cookie; op?: OperationSummary };

export type Request =
  | { type: 'list'; tabId: number }
  | { type: 'embedded'; tabId: number }
  | {
      type: 'save';
      /** The journal id the page chose, to ask about this change if the answer is lost. */
      id: string;
      /** The cookie as it was before the edit; absent when creating. */
      original?: Cookie;
      cookie: Cookie;
      /** The host the edit is made for, to check that the domain belongs to the site. */
      siteHost?: string;
      /** The user confirmed a step that deletes (an expiry in the past). */
      confirmed?: boolean;
      /** The user chose to save over a newer state of the cookie. */
      overwrite?: boolean;
    }
  | { type: 'get'; cookie: CookieIdentity }
  /** Deletes by identity, journaled under `id`; the result holds each cookie as it was. */
  | { type: 'delete'; id: string; cookies: CookieIdentity[] }
  | { type: 'import'; id: string; cookies: Cookie[] }
  /** Undoes operation `target`, journaled itself under `id`. */
  | { type: 'undo'; id: string; target: string }
  /** What became of the operation `id` (null: never recorded, so nothing was written). */
  | { type: 'operation'; id: string }
  /** The last operation in the scope that pages should still offer to undo. */
  | { type: 'lastOperation'; scope: OperationScope }
  | { type: 'dismissOperation'; id: string }
  | { type: 'timeline'; tabId: number }
  | { type: 'listStore'; storeId: string }
  | { type: 'importPreview'; cookies: Cookie[] }
  | { type: 'copyAs'; cookie: Cookie; kind: CopyKind }
  /** Protects the cookie as the jar holds it now, or stops protecting it. */
  | { type: 'protect'; cookie: CookieIdentity; on: boolean }
  /** Makes a rule blocking this cookie's name on its site, in its store, and removes what it takes now. */
  | { type: 'block'; cookie: CookieIdentity }
  | { type: 'jarRules' }
  /** The profiles saved for the tab's site and store, without their values. */
  | { type: 'profiles'; tabId: number }
  | { type: 'saveProfile'; tabId: number; name: string }
  | { type: 'deleteProfile'; id: string }
  /** Replaces the site's cookies with profile `profile`'s, journaled under `id`. */
  | { type: 'switchProfile'; id: string; profile: string }
  /** Every saved profile, of every site and store, without values: the Rules page. */
  | { type: 'allProfiles' }
  /** site null: any site; storeId null: every store. */
  | { type: 'editBlockRule'; id: string; name: string; site: string | null; storeId: string | null }
  | { type: 'exportRules'; withProfileValues: boolean }
  | { type: 'importRules'; text: string }
  /** What enforcing the rules has cost the background since it started: for the bench. */
  | { type: 'ruleCost' }
  | { type: 'removeRule'; id: string };

export type RequestType = Request['type'];

export interface ResultOf {
  list: ListResult;
  embedded: EmbeddedResult;
  save: SaveResult;
  get: Cookie | null;
  delete: OperationResult;
  import: OperationResult;
  undo: OperationResult;
  operation: OperationSummary | null;
  lastOperation: OperationSummary | null;
  dismissOperation: null;
  timeline: TimelineEntry[];
  listStore: StoreListResult;
  importPreview: ImportPreview;
  copyAs: string;
  protect: ProtectResult;
  block: BlockResult;
  jarRules: JarRules;
  removeRule: JarRules;
  profiles: ProfileHead[];
  saveProfile: ProfileSaved;
  deleteProfile: null;
  switchProfile: OperationResult;
  allProfiles: ProfileHead[];
  editBlockRule: JarRules;
  exportRules: string;
  importRules: RulesImported;
  ruleCost: RuleCost;
}

export interface RuleCost {
  /** Cookie changes checked against the rules. */
  events: number;
  totalMs: number;
  maxMs: number;
}

/** How many of each kind an import added, read back from storage; profiles without values are skipped. */
export interface RulesImported {
  protect: number;
  block: number;
  profiles: number;
  skippedProfiles: number;
}

export interface ProfileSaved {
  profile: ProfileHead;
  /** The first profile ever saved: the page says, once, that values are stored unencrypted. */
  tellUnencrypted: boolean;
}

export interface ProtectResult {
  /** Read back from the stored rules. */
  protected: boolean;
}

export interface BlockResult {
  rule: BlockRule;
  /** How many cookies the rule took from the jar when it was made: those gone on reading back. */
  removed: number;
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

export interface ImportPreview {
  items: ImportPreviewItem[];
  /** Sites the import takes past the browser's per-site limit, with what it is expected to evict. */
  limits: SiteForecast[];
  /** The store past the browser's total limit, or null. */
  total: TotalForecast | null;
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



/**
 * conflict: the cookie changed since the editor read it; interrupted: the background stopped
 * before it answered (the page asks the journal what happened); too-large: an import past the cap.
 */
export type ErrorCode =
  | 'invalid'
  | 'needs-confirmation'
  | 'exists'
  | 'conflict'
  | 'browser'
  | 'no-access'
  | 'not-found'
  | 'bad-request'
  | 'interrupted'
  | 'too-large';

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

function isOperationScope(x: unknown): x is OperationScope {
  return (
    isRecord(x) &&
    typeof x.storeId === 'string' &&
    (x.site === undefined || typeof x.site === 'string') &&
    (x.kind === undefined || (OPERATION_KINDS as readonly unknown[]).includes(x.kind))
  );
}

function isOperationId(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= 64;
}

function isProfileName(x: unknown): x is string {
  return typeof x === 'string' && x.trim().length > 0 && x.length <= 100;
}

/** Returns the request if the message is well formed, otherwise null. */
export function parseRequest(message: unknown): Request | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'list':
    case 'embedded':
    case 'timeline':
      return Number.isInteger(message.tabId) ? { type: message.type, tabId: message.tabId as number } : null;
    case 'save': {
      if (!isOperationId(message.id) || !isCookie(message.cookie)) return null;
      if (message.original !== undefined && !isCookie(message.original)) return null;
      if (message.siteHost !== undefined && typeof message.siteHost !== 'string') return null;
      if (message.confirmed !== undefined && typeof message.confirmed !== 'boolean') return null;
      if (message.overwrite !== undefined && typeof message.overwrite !== 'boolean') return null;
      const request: Request = { type: 'save', id: message.id, cookie: message.cookie };
      if (message.original) request.original = message.original as Cookie;
      if (typeof message.siteHost === 'string') request.siteHost = message.siteHost;
      if (message.confirmed === true) request.confirmed = true;
      if (message.overwrite === true) request.overwrite = true;
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
      return isOperationId(message.id) && Array.isArray(message.cookies) && message.cookies.every(isCookieIdentity)
        ? { type: 'delete', id: message.id, cookies: message.cookies as CookieIdentity[] }
        : null;
    case 'importPreview':
      return isCookieList(message.cookies) ? { type: message.type, cookies: message.cookies } : null;
    case 'import':
      return isOperationId(message.id) && isCookieList(message.cookies) ? { type: 'import', id: message.id, cookies: message.cookies } : null;
    case 'undo':
      return isOperationId(message.id) && isOperationId(message.target) ? { type: 'undo', id: message.id, target: message.target } : null;
    case 'operation':
    case 'dismissOperation':
      return isOperationId(message.id) ? { type: message.type, id: message.id } : null;
    case 'protect':
      return isCookieIdentity(message.cookie) && typeof message.on === 'boolean' ? { type: 'protect', cookie: message.cookie, on: message.on } : null;
    case 'block':
      return isCookieIdentity(message.cookie) ? { type: 'block', cookie: message.cookie } : null;
    case 'jarRules':
      return { type: 'jarRules' };
    case 'removeRule':
    case 'deleteProfile':
      return isOperationId(message.id) ? { type: message.type, id: message.id } : null;
    case 'profiles':
      return Number.isInteger(message.tabId) ? { type: 'profiles', tabId: message.tabId as number } : null;
    case 'saveProfile':
      return Number.isInteger(message.tabId) && isProfileName(message.name) ? { type: 'saveProfile', tabId: message.tabId as number, name: message.name.trim() } : null;
    case 'allProfiles':
    case 'ruleCost':
      return { type: message.type };
    case 'editBlockRule':
      return isOperationId(message.id) &&
        typeof message.name === 'string' &&
        message.name.trim() !== '' &&
        (message.site === null || (typeof message.site === 'string' && message.site.trim() !== '')) &&
        (message.storeId === null || typeof message.storeId === 'string')
        ? { type: 'editBlockRule', id: message.id, name: message.name.trim(), site: message.site as string | null, storeId: message.storeId as string | null }
        : null;
    case 'exportRules':
      return typeof message.withProfileValues === 'boolean' ? { type: 'exportRules', withProfileValues: message.withProfileValues } : null;
    case 'importRules':
      return typeof message.text === 'string' ? { type: 'importRules', text: message.text } : null;
    case 'switchProfile':
      return isOperationId(message.id) && isOperationId(message.profile) ? { type: 'switchProfile', id: message.id, profile: message.profile } : null;
    case 'lastOperation':
      return isOperationScope(message.scope) ? { type: 'lastOperation', scope: message.scope } : null;
    default:
      return null;
  }
}
