/**
 * The editor's form state. Fields hold what the user typed, so a broken value is
 * kept and explained rather than silently dropped; `cookieFromDraft` turns it into
 * the shared model for the background to check and write.
 */
import type { Cookie, SameSite } from '../../core/cookie';
import { bareDomain } from '../../core/host';
import { expirationDateToLocalInput, expirationDateToMaxAge, localInputToExpirationDate, maxAgeToExpirationDate, parseMaxAge } from '../../core/expiry';
import type { SiteInfo } from '../../core/protocol';
import type { Field } from '../../core/rules';
import { t } from '../shared/i18n';

export interface Draft {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  session: boolean;
  /** datetime-local value in local time. */
  expires: string;
  maxAge: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  partitioned: boolean;
  topLevelSite: string;
  storeId: string;
  /**
   * The exact expiry the cookie had: the date input shows whole seconds, so an
   * untouched Expires must not round a fractional expiry away.
   */
  original?: { expires: string; expirationDate: number };
  /** Carried through unchanged: the editor does not move cookies between partitions of this kind. */
  hasCrossSiteAncestor?: boolean;
  firstPartyDomain?: string;
}

const DAY = 24 * 60 * 60;

export function draftFromCookie(cookie: Cookie, nowSeconds: number): Draft {
  const expiration = cookie.expirationDate ?? nowSeconds + 30 * DAY;
  const draft: Draft = {
    name: cookie.name,
    value: cookie.value,
    domain: bareDomain(cookie.domain),
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    session: cookie.session,
    expires: expirationDateToLocalInput(expiration),
    maxAge: String(expirationDateToMaxAge(expiration, nowSeconds)),
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    partitioned: cookie.partitionKey !== undefined,
    topLevelSite: cookie.partitionKey?.topLevelSite ?? '',
    storeId: cookie.storeId,
  };
  if (cookie.expirationDate !== undefined) draft.original = { expires: draft.expires, expirationDate: cookie.expirationDate };
  if (cookie.partitionKey?.hasCrossSiteAncestor !== undefined) draft.hasCrossSiteAncestor = cookie.partitionKey.hasCrossSiteAncestor;
  if (cookie.firstPartyDomain !== undefined) draft.firstPartyDomain = cookie.firstPartyDomain;
  return draft;
}

/**
 * An empty cookie for the tab's site, or, where the editor works on a whole store (All sites),
 * for no site yet: the user types its domain.
 */
export function newDraft(site: SiteInfo | null, storeId: string, nowSeconds: number): Draft {
  const expiration = nowSeconds + 30 * DAY;
  const draft: Draft = {
    name: '',
    value: '',
    domain: site?.host ?? '',
    hostOnly: true,
    path: '/',
    session: true,
    expires: expirationDateToLocalInput(expiration),
    maxAge: String(30 * DAY),
    secure: site ? site.url.startsWith('https:') : true,
    httpOnly: false,
    sameSite: 'lax',
    partitioned: false,
    topLevelSite: site?.topLevelSite ?? '',
    storeId,
  };
  if (site?.firstPartyDomain !== undefined) draft.firstPartyDomain = site.firstPartyDomain;
  return draft;
}

/** Keeps Expires and Max-Age describing the same moment, whichever the user edits. */
export function withExpires(draft: Draft, expires: string, nowSeconds: number): Draft {
  const date = localInputToExpirationDate(expires);
  return { ...draft, expires, maxAge: date === null ? draft.maxAge : String(expirationDateToMaxAge(date, nowSeconds)) };
}

/** A Max-Age that is not a number leaves Expires as it was; saving then refuses it by name. */
export function withMaxAge(draft: Draft, maxAge: string, nowSeconds: number): Draft {
  const seconds = parseMaxAge(maxAge);
  if (seconds === null) return { ...draft, maxAge };
  return { ...draft, maxAge, expires: expirationDateToLocalInput(maxAgeToExpirationDate(seconds, nowSeconds)) };
}

/** The expiry the draft asks for, in seconds; null for a session cookie or an incomplete date. */
export function draftExpirationDate(draft: Draft): number | null {
  if (draft.session) return null;
  return draft.original?.expires === draft.expires ? draft.original.expirationDate : localInputToExpirationDate(draft.expires);
}

export type DraftResult = { ok: true; cookie: Cookie } | { ok: false; field: Field; message: string };

export function cookieFromDraft(draft: Draft): DraftResult {
  const domain = bareDomain(draft.domain.trim().toLowerCase());
  const cookie: Cookie = {
    name: draft.name,
    value: draft.value,
    domain: draft.hostOnly ? domain : `.${domain}`,
    hostOnly: draft.hostOnly,
    path: draft.path,
    secure: draft.secure,
    httpOnly: draft.httpOnly,
    sameSite: draft.sameSite,
    session: draft.session,
    storeId: draft.storeId,
  };
  if (!draft.session) {
    // Checked even though Expires is what gets written: a Max-Age typed wrong left Expires
    // at its old date, which must not be saved as if it were what the user asked for.
    if (parseMaxAge(draft.maxAge) === null) return { ok: false, field: 'maxAge', message: t('error_max_age_invalid', draft.maxAge.trim()) };
    const expirationDate = draftExpirationDate(draft);
    if (expirationDate === null) return { ok: false, field: 'expires', message: t('error_expires_incomplete') };
    cookie.expirationDate = expirationDate;
  }
  if (draft.partitioned) {
    cookie.partitionKey = { topLevelSite: draft.topLevelSite.trim() };
    if (draft.hasCrossSiteAncestor !== undefined) cookie.partitionKey.hasCrossSiteAncestor = draft.hasCrossSiteAncestor;
  }
  if (draft.firstPartyDomain !== undefined) cookie.firstPartyDomain = draft.firstPartyDomain;
  return { ok: true, cookie };
}
