/**
 * The message protocol between Crumb's pages and the background, the only code that touches
 * the cookies API: what each request holds, what it is answered with and how the background
 * checks it at the boundary (`REQUESTS`, one entry each), and the messages of the two ports
 * pages open. Adding a request is one entry in `REQUESTS`; the router's table of handlers then
 * asks for its handler. How messages travel (port names, encoding) is wire.ts.
 *
 * Pages import only types from here: the guards are code for the background alone, and a
 * value imported from this module would load them all on the popup's first screen.
 */
import type { Cookie, CookieIdentity } from './cookie';
import { COPY_KINDS, type CopyKind } from './copy-kinds';
import type { DecodedView, EncodeResult } from './decode';
import type { Diagnosis } from './diagnostics';
import { isCookie, isCookieIdentity, isCookieList, isRecord } from './cookie-guard';
import type { SiteForecast, TotalForecast } from './cookie-limits';
import { OPERATION_KINDS, type OperationScope, type OperationSummary } from './operation';
import { SORT_COLUMNS } from './query';
import type { BlockRule, JarRules } from './jar-rules';
import type { ProfileHead } from './profiles';
import type { Finding } from './rules';
import type { SortOrder } from './site-groups';
import { MAX_FIRST_ROWS } from './store-stream';
import type { TimelineEntry } from './timeline';
import { isRecordedResponse, type InspectedResponse, type Inspection, type RecordedResponse } from './inspector';

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
  | 'too-large'
  | 'no-permission';

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
  /**
   * With code "interrupted", for a change to the jar: what the journal shows of it (null: it
   * was never recorded, so nothing was written). Pages learn it by asking after the lost answer.
   */
  op?: OperationSummary | null;
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

export interface ProfileSaved {
  profile: ProfileHead;
  /** The first profile ever saved: the page says, once, that values are stored unencrypted. */
  tellUnencrypted: boolean;
}

/** How many of each kind an import added, read back from storage; profiles without values are skipped. */
export interface RulesImported {
  protect: number;
  block: number;
  profiles: number;
  skippedProfiles: number;
}

export interface RuleCost {
  /** Cookie changes checked against the rules. */
  events: number;
  totalMs: number;
  maxMs: number;
}

type Fields = Record<string, unknown>;

/**
 * One request as the protocol declares it: `parse` is its guard, which returns the request's
 * own fields if the message holds them well formed, otherwise null; `reply` is never set, it
 * carries the answer's type to the compiler.
 */
interface Exchange<Params, Reply, Journaled extends boolean = boolean> {
  parse(message: Fields): Params | null;
  readonly reply?: Reply;
  /** It changes the jar, journaled under the `id` the page chose, and is never sent twice. */
  readonly journaled: Journaled;
}

function exchange<Reply>() {
  return <Params extends object>(parse: (message: Fields) => Params | null): Exchange<Params, Reply, false> => ({ parse, journaled: false });
}

function jarChange<Reply>() {
  return <Params extends { id: string }>(parse: (message: Fields) => Params | null): Exchange<Params, Reply, true> => ({
    parse,
    journaled: true,
  });
}

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

function tabOnly(message: Fields): { tabId: number } | null {
  return Number.isInteger(message.tabId) ? { tabId: message.tabId as number } : null;
}

function operationOnly(message: Fields): { id: string } | null {
  return isOperationId(message.id) ? { id: message.id } : null;
}

interface SaveFields {
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

function parseSave(message: Fields): SaveFields | null {
  if (!isOperationId(message.id) || !isCookie(message.cookie)) return null;
  if (message.original !== undefined && !isCookie(message.original)) return null;
  if (message.siteHost !== undefined && typeof message.siteHost !== 'string') return null;
  if (message.confirmed !== undefined && typeof message.confirmed !== 'boolean') return null;
  if (message.overwrite !== undefined && typeof message.overwrite !== 'boolean') return null;
  const fields: SaveFields = { id: message.id, cookie: message.cookie };
  if (message.original) fields.original = message.original as Cookie;
  if (typeof message.siteHost === 'string') fields.siteHost = message.siteHost;
  if (message.confirmed === true) fields.confirmed = true;
  if (message.overwrite === true) fields.overwrite = true;
  return fields;
}

function isProfileName(x: unknown): x is string {
  return typeof x === 'string' && x.trim().length > 0 && x.length <= 100;
}

function parseEditBlockRule(m: Fields): { id: string; name: string; site: string | null; storeId: string | null } | null {
  const siteOk = m.site === null || (typeof m.site === 'string' && m.site.trim() !== '');
  const storeOk = m.storeId === null || typeof m.storeId === 'string';
  if (!isOperationId(m.id) || typeof m.name !== 'string' || m.name.trim() === '' || !siteOk || !storeOk) return null;
  return { id: m.id, name: m.name.trim(), site: m.site as string | null, storeId: m.storeId as string | null };
}

/** Every request, by its `type`: its fields and guard, and its answer. */
const REQUESTS = {
  /** The tab's site and its cookies: the popup's and the panel's first screen. */
  list: exchange<ListResult>()(tabOnly),
  /** Other sites' cookies partitioned under the tab's site, asked for after the first screen. */
  embedded: exchange<EmbeddedResult>()(tabOnly),
  /** Creates or changes a cookie, journaled under `id`; `op` is absent when nothing was written. */
  save: jarChange<SaveResult>()(parseSave),
  /** The whole cookie, value included, as the jar holds it now (null: gone). */
  get: exchange<Cookie | null>()((m) => (isCookieIdentity(m.cookie) ? { cookie: m.cookie } : null)),
  /** Deletes by identity, journaled under `id`. */
  delete: jarChange<OperationResult>()((m) =>
    isOperationId(m.id) && Array.isArray(m.cookies) && m.cookies.every(isCookieIdentity)
      ? { id: m.id, cookies: m.cookies as CookieIdentity[] }
      : null,
  ),
  import: jarChange<OperationResult>()((m) => (isOperationId(m.id) && isCookieList(m.cookies) ? { id: m.id, cookies: m.cookies } : null)),
  /** Undoes operation `target`, journaled itself under `id`. */
  undo: jarChange<OperationResult>()((m) => (isOperationId(m.id) && isOperationId(m.target) ? { id: m.id, target: m.target } : null)),
  /** What became of the operation `id` (null: never recorded, so nothing was written). */
  operation: exchange<OperationSummary | null>()(operationOnly),
  /** The last operation in the scope that pages should still offer to undo. */
  lastOperation: exchange<OperationSummary | null>()((m) => (isOperationScope(m.scope) ? { scope: m.scope } : null)),
  dismissOperation: exchange<null>()(operationOnly),
  timeline: exchange<TimelineEntry[]>()(tabOnly),
  listStore: exchange<StoreListResult>()((m) => (typeof m.storeId === 'string' ? { storeId: m.storeId } : null)),
  /** False once the store is gone with its cookies: a private session's, after its last window closed. */
  storeAlive: exchange<boolean>()((m) => (typeof m.storeId === 'string' ? { storeId: m.storeId } : null)),
  importPreview: exchange<ImportPreview>()((m) => (isCookieList(m.cookies) ? { cookies: m.cookies } : null)),
  copyAs: exchange<string>()((m) =>
    isCookie(m.cookie) && (COPY_KINDS as readonly unknown[]).includes(m.kind) ? { cookie: m.cookie, kind: m.kind as CopyKind } : null,
  ),
  /** The encodings a value is wrapped in (URL, Base64, JWT, JSON), decoded: see decodeValue. */
  decode: exchange<DecodedView[]>()((m) => (typeof m.value === 'string' ? { value: m.value } : null)),
  /** The raw value for `text`, typed in place of view number `view` of `value`'s decoded views. */
  encode: exchange<EncodeResult>()((m) =>
    typeof m.value === 'string' && Number.isInteger(m.view) && typeof m.text === 'string' ? { value: m.value, view: m.view as number, text: m.text } : null,
  ),
  /** Protects the cookie as the jar holds it now, or stops protecting it. */
  protect: exchange<ProtectResult>()((m) => (isCookieIdentity(m.cookie) && typeof m.on === 'boolean' ? { cookie: m.cookie, on: m.on } : null)),
  /** Makes a rule blocking this cookie's name on its site, in its store, and removes what it takes now. */
  block: exchange<BlockResult>()((m) => (isCookieIdentity(m.cookie) ? { cookie: m.cookie } : null)),
  jarRules: exchange<JarRules>()(() => ({})),
  removeRule: exchange<JarRules>()(operationOnly),
  /** site null: any site; storeId null: every store. */
  editBlockRule: exchange<JarRules>()(parseEditBlockRule),
  /** The profiles saved for the tab's site and store, without their values. */
  profiles: exchange<ProfileHead[]>()(tabOnly),
  /** Every saved profile, of every site and store, without values: the Rules page. */
  allProfiles: exchange<ProfileHead[]>()(() => ({})),
  saveProfile: exchange<ProfileSaved>()((m) => (Number.isInteger(m.tabId) && isProfileName(m.name) ? { tabId: m.tabId as number, name: m.name.trim() } : null)),
  deleteProfile: exchange<null>()(operationOnly),
  /** Replaces the site's cookies with profile `profile`'s, journaled under `id`. */
  switchProfile: jarChange<OperationResult>()((m) => (isOperationId(m.id) && isOperationId(m.profile) ? { id: m.id, profile: m.profile } : null)),
  exportRules: exchange<string>()((m) => (typeof m.withProfileValues === 'boolean' ? { withProfileValues: m.withProfileValues } : null)),
  importRules: exchange<RulesImported>()((m) => (typeof m.text === 'string' ? { text: m.text } : null)),
  /** What enforcing the rules has cost the background since it started: for the bench. */
  ruleCost: exchange<RuleCost>()(() => ({})),
  /** Starts recording the tab's Set-Cookie lines (stopping any other recording). */
  recordStart: exchange<Inspection>()(tabOnly),
  /** Stops the recording; null when there was none. */
  recordStop: exchange<Inspection | null>()(() => ({})),
  /** The recorded responses of the tab, each Set-Cookie line with its fate. */
  inspection: exchange<Inspection>()(tabOnly),
  /** The fates of responses another source saw (the DevTools network panel), in the tab's store. */
  inspectResponses: exchange<InspectedResponse[]>()((m) =>
    Number.isInteger(m.tabId) && Array.isArray(m.responses) && m.responses.every(isRecordedResponse)
      ? { tabId: m.tabId as number, responses: m.responses as RecordedResponse[] }
      : null,
  ),
};

type Requests = typeof REQUESTS;

export type RequestType = keyof Requests;

type FieldsOf<T extends RequestType> = Requests[T] extends Exchange<infer Params, unknown> ? Params : never;

export type RequestOf<T extends RequestType> = { type: T } & FieldsOf<T>;

export type Request = { [T in RequestType]: RequestOf<T> }[RequestType];

export type ResultOf = { [T in RequestType]: Requests[T] extends Exchange<object, infer Reply> ? Reply : never };

export type Response<T extends RequestType> = { ok: true; result: ResultOf[T] } | { ok: false; error: ProtocolError };

/**
 * The requests that change the jar. Each carries an id the page chose, so it is never sent
 * twice: if the answer is lost, the page asks the journal what became of it.
 */
export type JarChange = { [T in RequestType]: Requests[T]['journaled'] extends true ? T : never }[RequestType];

export function isJarChange(type: RequestType): type is JarChange {
  return REQUESTS[type].journaled;
}

/** Returns the request if the message is well formed, otherwise null. */
export function parseRequest(message: unknown): Request | null {
  if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(REQUESTS, message.type)) return null;
  const type = message.type as RequestType;
  const fields: object | null = REQUESTS[type].parse(message);
  return fields && ({ ...fields, type } as Request);
}

/** Pushed by the background to pages on the changes port: a cookie changed, or a store ended with its cookies. */
export type ChangeMessage = { type: 'changed'; entry: TimelineEntry } | { type: 'storeEnded'; storeId: string };

/** The page's one message on a new store-list port, the all-sites view's (see store-stream.ts). */
export interface StoreListOpen {
  type: 'open';
  storeId: string;
  /** The order the page shows, so the first part holds the cookies its first screen shows. */
  sort: SortOrder;
  /** Rows, group headings included, that fill the page's first screen. */
  firstRows: number;
}

export type StoreListPart =
  | {
      type: 'first';
      storeId: string;
      /** Cookies in the store, this part's included. */
      total: number;
      stores: StoreInfo[];
      cookies: SiteCookie[];
      /** The whole size of each site these cookies belong to, for its heading until the rest comes. */
      siteCounts: Record<string, number>;
      /** No part follows. */
      last: boolean;
    }
  | { type: 'more'; cookies: SiteCookie[]; last: boolean }
  | { type: 'failed'; error: ProtocolError };

function isSortOrder(x: unknown): x is SortOrder {
  return (
    isRecord(x) &&
    (SORT_COLUMNS as readonly unknown[]).includes(x.column) &&
    (x.direction === 'ascending' || x.direction === 'descending')
  );
}

/** Returns the message if it is a well-formed open request, otherwise null. */
export function parseStoreListOpen(message: unknown): StoreListOpen | null {
  if (!isRecord(message) || message.type !== 'open' || typeof message.storeId !== 'string' || !isSortOrder(message.sort)) return null;
  const { firstRows } = message;
  if (!Number.isInteger(firstRows) || (firstRows as number) < 0 || (firstRows as number) > MAX_FIRST_ROWS) return null;
  const { column, direction } = message.sort;
  return { type: 'open', storeId: message.storeId, sort: { column, direction }, firstRows: firstRows as number };
}
