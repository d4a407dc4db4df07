/**
 * Saved cookie profiles, in storage.local, and switching a site to one: a single journaled
 * operation (kind "switch"), recorded before its first write, so it survives a stop of the
 * background and Undo puts the site's cookies back as they were.
 */
import browser from 'webextension-polyfill';
import { identityKey, identityOf, type Cookie } from '../core/cookie';
import { summarize } from '../core/journal';
import { headOfProfile, parseProfiles, planSwitch, PROFILES_KEY, PROFILES_TOLD_KEY, type Profile, type ProfileHead } from '../core/profiles';
import type { CookieFailure, OperationResult, ProfileSaved } from '../core/protocol';
import { each, putBackBystanders, record, settle } from './batch';
import { getAll, removeOnly, set } from './cookies-api';
import { translate } from './i18n';
import { ruleId } from './rules-store';
import { siteOfTab, SiteError } from './site';

let queue: Promise<unknown> = Promise.resolve();

/** One change of the stored profiles at a time: two saves must not each drop the other's. */
function serialized<T>(step: () => Promise<T>): Promise<T> {
  const next = queue.then(step, step);
  queue = next.catch(() => undefined);
  return next;
}

export async function storedProfiles(): Promise<Profile[]> {
  return parseProfiles((await browser.storage.local.get(PROFILES_KEY))[PROFILES_KEY]);
}

function siteCookies(site: string, storeId: string): Promise<Cookie[]> {
  return getAll({ domain: site, storeId, partitionKey: {} });
}

export async function allProfiles(): Promise<ProfileHead[]> {
  return (await storedProfiles()).map(headOfProfile);
}

/** Adds profiles (an import), each replacing a profile of the same name, site and store. */
export function addProfiles(added: readonly Profile[]): Promise<number> {
  return serialized(async () => {
    const same = (a: Profile, b: Profile) => a.name === b.name && a.site === b.site && a.storeId === b.storeId;
    const fresh = added.map((profile) => ({ ...profile, id: ruleId() }));
    const kept = (await storedProfiles()).filter((p) => !fresh.some((f) => same(f, p)));
    await browser.storage.local.set({ [PROFILES_KEY]: [...kept, ...fresh] });
    const ids = new Set((await storedProfiles()).map((p) => p.id));
    return fresh.filter((p) => ids.has(p.id)).length;
  });
}

export async function profilesForTab(tabId: number): Promise<ProfileHead[]> {
  const site = await siteOfTab(tabId);
  return (await storedProfiles()).filter((p) => p.site === site.registrableDomain && p.storeId === site.storeId).map(headOfProfile);
}

/** Saves every cookie of the tab's site, as the jar holds them now, under `name` (replacing a profile of that name). */
export async function saveProfile(tabId: number, name: string): Promise<ProfileSaved> {
  const site = await siteOfTab(tabId);
  const cookies = await siteCookies(site.registrableDomain, site.storeId);
  return serialized(async () => {
    const profiles = (await storedProfiles()).filter((p) => !(p.site === site.registrableDomain && p.storeId === site.storeId && p.name === name));
    const profile: Profile = { id: ruleId(), name, site: site.registrableDomain, storeId: site.storeId, time: Date.now(), cookies };
    const told = (await browser.storage.local.get(PROFILES_TOLD_KEY))[PROFILES_TOLD_KEY] === true;
    await browser.storage.local.set({ [PROFILES_KEY]: [...profiles, profile], [PROFILES_TOLD_KEY]: true });
    const saved = (await storedProfiles()).find((p) => p.id === profile.id);
    if (!saved) throw new SiteError(translate('error_profile_not_saved', name));
    return { profile: headOfProfile(saved), tellUnencrypted: !told };
  });
}

export function deleteProfile(id: string): Promise<null> {
  return serialized(async () => {
    await browser.storage.local.set({ [PROFILES_KEY]: (await storedProfiles()).filter((p) => p.id !== id) });
    return null;
  });
}

/** Replaces the site's cookies with the profile's; the answer counts what the jar holds afterwards. */
export async function switchProfile(id: string, profileId: string): Promise<OperationResult> {
  const profile = (await storedProfiles()).find((p) => p.id === profileId);
  if (!profile) throw new SiteError(translate('error_profile_gone'));
  const before = await siteCookies(profile.site, profile.storeId);
  const nowSeconds = Date.now() / 1000;
  const failed: CookieFailure[] = [];
  // A cookie whose own expiry has passed since it was saved cannot be written: the browser would delete it.
  const wanted = profile.cookies.filter((cookie) => {
    if (cookie.session || (cookie.expirationDate ?? Infinity) > nowSeconds) return true;
    failed.push({ cookie, message: translate('error_profile_expired', cookie.name) });
    return false;
  });
  const plan = planSwitch(before, wanted);
  const entry = await record({ id, kind: 'switch', prior: plan.prior, writes: plan.writes, removes: plan.removes });
  failed.push(...(await each(plan.removes, removeOnly)));
  failed.push(...(await each(plan.writes, async (cookie) => void (await set(cookie)))));
  let after = await siteCookies(profile.site, profile.storeId);
  if ((await putBackBystanders(before, after, plan.removes)).length > 0) {
    after = await siteCookies(profile.site, profile.storeId);
  }
  const settled = await settle(entry, 'done', after);
  const held = new Set(after.map(identityKey));
  const refused = new Set(failed.map((f) => identityKey(f.cookie)));
  for (const cookie of plan.writes) {
    if (!held.has(identityKey(cookie)) && !refused.has(identityKey(cookie))) failed.push({ cookie, message: translate('error_undo_not_kept', cookie.name) });
  }
  const done = [...plan.writes.filter((c) => held.has(identityKey(c))), ...plan.removes.filter((c) => !held.has(identityKey(c)))];
  return { done: done.map(identityOf), failed, op: summarize(settled.entry) };
}
