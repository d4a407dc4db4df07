/**
 * Cookie profiles: every cookie of a site saved under a name, to switch the site's cookies to
 * (an account, a test state). Pure: the background stores them in storage.local and journals a
 * switch like any other change, so it can be undone.
 */
import { identityKey, type Cookie } from './cookie';
import { hasFields, isCookieList, isRecord } from './cookie-guard';
import { sameState } from './cookie-state';

export interface Profile {
  id: string;
  name: string;
  /** The registrable domain whose cookies it holds. */
  site: string;
  storeId: string;
  /** Milliseconds since the epoch, when saved. */
  time: number;
  cookies: Cookie[];
}

/** A profile as pages list it: the values stay in the background. */
export type ProfileHead = Omit<Profile, 'cookies'> & { count: number };

export const PROFILES_KEY = 'profiles';

/** Set once the user has been told that profile values are stored unencrypted. */
export const PROFILES_TOLD_KEY = 'profilesTold';

export function headOfProfile(profile: Profile): ProfileHead {
  const { cookies, ...head } = profile;
  return { ...head, count: cookies.length };
}

function isProfile(x: unknown): x is Profile {
  return isRecord(x) && hasFields(x, { id: 'string', name: 'string', site: 'string', storeId: 'string', time: 'number' }) && isCookieList(x.cookies);
}

export function parseProfiles(stored: unknown): Profile[] {
  return Array.isArray(stored) ? stored.filter(isProfile) : [];
}

export interface SwitchPlan {
  /** The site's cookies the switch replaces or removes, as they are: what Undo puts back. */
  prior: Cookie[];
  /** The profile's cookies the jar does not hold in that state. */
  writes: Cookie[];
  /** The site's cookies the profile does not have. */
  removes: Cookie[];
}

/** What turns the site's cookies (`current`) into exactly the profile's; cookies already right are left alone. */
export function planSwitch(current: readonly Cookie[], wanted: readonly Cookie[]): SwitchPlan {
  const now = new Map(current.map((cookie) => [identityKey(cookie), cookie]));
  const target = new Set(wanted.map(identityKey));
  const writes = wanted.filter((cookie) => {
    const held = now.get(identityKey(cookie));
    return !held || !sameState(held, cookie);
  });
  const removes = current.filter((cookie) => !target.has(identityKey(cookie)));
  const written = new Set(writes.map(identityKey));
  const prior = [...removes, ...current.filter((cookie) => written.has(identityKey(cookie)))];
  return { prior, writes, removes };
}
