/**
 * The fate of each Set-Cookie line of a response: the rules' prediction (set-cookie-check.ts)
 * settled by what the jar did. The browsers report cookie changes on their own clock: Firefox
 * up to ~60 ms before the response event, Chrome sometimes after the request completed, so
 * changes are matched in a window around the response. Where no change came, the jar read
 * back afterwards decides: Firefox sends nothing when an identical cookie is set again.
 */
import type { Cookie } from './cookie';
import { sameSettings } from './cookie-state';
import { normalizeHost } from './host';
import type { RejectReason, Prediction } from './set-cookie-check';
import type { Engine } from './set-cookie-line';
import type { CookieChangeEvent } from './timeline';

/** How far from the response a cookie change still counts as its doing, in milliseconds. */
export const CHANGE_WINDOW_MS = 1000;

export interface TimedChange extends CookieChangeEvent {
  /** Milliseconds since the epoch. */
  time: number;
}

export type Fate =
  | { kind: 'stored'; cookie: Cookie }
  /** `before` is null when the browser did not say what was there (Firefox reports only the new cookie). */
  | { kind: 'overwrote'; before: Cookie | null; after: Cookie }
  | { kind: 'unchanged'; cookie: Cookie }
  /** `before` is null when there was nothing to delete. */
  | { kind: 'deleted'; before: Cookie | null }
  | { kind: 'partitioned'; cookie: Cookie }
  | { kind: 'rejected'; reasons: RejectReason[] }
  /** The rules allow the cookie, yet the jar has none: the user's settings or another extension. */
  | { kind: 'blocked'; likelyThirdParty: boolean }
  /** `jar-differs`: the jar holds another version and no change explains it; `not-looked-up`: no jar reading. */
  | { kind: 'unknown'; why: 'jar-differs' | 'not-looked-up' };

export interface SettleContext {
  engine: Engine;
  /** When the response arrived, in milliseconds since the epoch. */
  responseTime: number;
  /** The frame that received the response is cross-site to its top-level page. */
  crossSite: boolean;
  /** The jar after the window, for the cookies of these lines' names (every partition); absent when not read. */
  jar?: readonly Cookie[];
}

/**
 * Name, domain, path and store: a cookie the browser put in a partition of its own accord
 * (Firefox's Total Cookie Protection) is still the line's cookie.
 */
function sameCookie(a: Cookie, b: Cookie): boolean {
  return a.name === b.name
    && a.path === b.path
    && a.storeId === b.storeId
    && a.hostOnly === b.hostOnly
    && normalizeHost(a.domain) === normalizeHost(b.domain);
}

function inWindow(change: TimedChange, ctx: SettleContext): boolean {
  return Math.abs(change.time - ctx.responseTime) <= CHANGE_WINDOW_MS;
}

function fromJar(predicted: Cookie, ctx: SettleContext): Fate {
  if (!ctx.jar) return { kind: 'unknown', why: 'not-looked-up' };
  const found = ctx.jar.find((cookie) => sameCookie(cookie, predicted));
  if (!found) return { kind: 'blocked', likelyThirdParty: ctx.crossSite };
  return sameSettings(found, predicted, { expiry: false }) ? { kind: 'unchanged', cookie: found } : { kind: 'unknown', why: 'jar-differs' };
}

function deletion(predicted: Cookie, changes: readonly TimedChange[], used: Set<number>, ctx: SettleContext): Fate {
  const index = changes.findIndex((change, i) =>
    !used.has(i) && change.removed && change.cause !== 'overwrite' && inWindow(change, ctx) && sameCookie(change.cookie, predicted));
  if (index >= 0) {
    used.add(index);
    return { kind: 'deleted', before: changes[index]!.cookie };
  }
  if (!ctx.jar) return { kind: 'unknown', why: 'not-looked-up' };
  return ctx.jar.some((cookie) => sameCookie(cookie, predicted))
    ? { kind: 'unknown', why: 'jar-differs' }
    : { kind: 'deleted', before: null };
}

/**
 * The insert that stored this line: of the cookie's inserts in the window, one with the line's
 * value (a write of another value just before, by a response not recorded, is not this line's),
 * then the nearest to the response.
 */
function insertOf(predicted: Cookie, changes: readonly TimedChange[], used: Set<number>, ctx: SettleContext): number {
  let best = -1;
  let bestScore = Infinity;
  changes.forEach((change, i) => {
    if (used.has(i) || change.removed || !inWindow(change, ctx) || !sameCookie(change.cookie, predicted)) return;
    const score = (change.cookie.value === predicted.value ? 0 : 2 * CHANGE_WINDOW_MS) + Math.abs(change.time - ctx.responseTime);
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function storing(predicted: Cookie, changes: readonly TimedChange[], used: Set<number>, ctx: SettleContext): Fate {
  const added = insertOf(predicted, changes, used, ctx);
  if (added < 0) return fromJar(predicted, ctx);
  used.add(added);
  const after = changes[added]!.cookie;
  let overwrite = -1;
  for (let i = added - 1; i >= 0; i--) {
    const change = changes[i]!;
    if (!used.has(i) && change.removed && change.cause === 'overwrite' && sameCookie(change.cookie, predicted)) {
      overwrite = i;
      break;
    }
  }
  if (overwrite >= 0) used.add(overwrite);
  if (after.partitionKey) return { kind: 'partitioned', cookie: after };
  if (overwrite < 0) return { kind: 'stored', cookie: after };
  const old = changes[overwrite]!.cookie;
  // Chrome's overwrite carries the old cookie, Firefox's the new one (and Firefox is silent when nothing changes).
  if (ctx.engine === 'firefox') return { kind: 'overwrote', before: sameSettings(old, after) ? null : old, after };
  return sameSettings(old, after) ? { kind: 'unchanged', cookie: after } : { kind: 'overwrote', before: old, after };
}

/**
 * One fate per prediction, in order. `used` holds the indexes of `changes` already explained
 * by earlier lines (of this response or earlier ones) and is extended: a change explains one line.
 */
export function settleFates(
  predictions: readonly Prediction[],
  changes: readonly TimedChange[],
  used: Set<number>,
  ctx: SettleContext,
): Fate[] {
  return predictions.map((prediction) => {
    if (prediction.kind === 'rejected') return { kind: 'rejected', reasons: prediction.reasons };
    return prediction.deletes
      ? deletion(prediction.cookie, changes, used, ctx)
      : storing(prediction.cookie, changes, used, ctx);
  });
}
