/**
 * Enforces the jar rules on every cookie change, whether or not a page is open: a cookie a
 * block rule takes is removed at once; a protected cookie that anything but Crumb changed or
 * removed is read back a moment later (an overwrite arrives as a removal and an insertion) and
 * put back with every attribute. Crumb's own journaled changes are the user's: the protected
 * state follows them instead (see `crumbSettled`).
 */
import { identityKey, type Cookie, type CookieIdentity } from '../core/cookie';
import { siteOfHost } from '../core/domain';
import { isRewriteLoop, protectVerdict, REWRITE_LIMIT, restoresInWindow, type ProtectRule } from '../core/jar-rules';
import { sameState } from '../core/cookie-state';
import type { RuleCost } from '../core/protocol';
import type { CookieChangeEvent, RuleMark } from '../core/timeline';
import { find, removeOnly, set } from './cookies-api';
import { changeRules, currentIndex, persisted, rulesLoaded, rulesReady } from './rules-store';

/** Long enough for the insertion that follows an overwrite's removal to land, short against the 500 ms promise. */
const SETTLE_MS = 25;

/** How long a write of Crumb's own is expected to show up as a change: its event may come after the call answers. */
const OWN_EVENT_MS = 5_000;

/** A journaled change that never settled (a refused rename rolled back) must not shield a cookie for ever. */
const CRUMB_WRITE_MS = 30_000;

const pendingChecks = new Map<string, ReturnType<typeof setTimeout>>();
const restoreTimes = new Map<string, number[]>();
const ownRestores = new Map<string, number>();
const ownBlocks = new Map<string, number>();
const crumbWriting = new Map<string, number>();

/** Time spent deciding on each change, for the bench: the part every cookie change pays. */
export const cost: RuleCost = { events: 0, totalMs: 0, maxMs: 0 };

function recent(marks: Map<string, number>, key: string, now: number): boolean {
  const at = marks.get(key);
  if (at === undefined) return false;
  marks.delete(key);
  return now - at < OWN_EVENT_MS;
}

/** Whether this change is one the rules made, for the timeline. */
export function markOf(event: CookieChangeEvent): RuleMark | undefined {
  if (ownRestores.size === 0 && ownBlocks.size === 0) return undefined;
  const key = identityKey(event.cookie);
  const now = Date.now();
  if (event.removed) return ownBlocks.has(key) && recent(ownBlocks, key, now) ? 'blocked' : undefined;
  const rule = currentIndex().protectionOf(event.cookie);
  if (rule && ownRestores.has(key) && sameState(event.cookie, rule.cookie) && recent(ownRestores, key, now)) return 'restored';
  return undefined;
}

export function enforce(event: CookieChangeEvent): void {
  if (!rulesReady()) {
    void rulesLoaded.then(() => enforce(event));
    return;
  }
  const started = performance.now();
  decide(event);
  const spent = performance.now() - started;
  cost.events++;
  cost.totalMs += spent;
  cost.maxMs = Math.max(cost.maxMs, spent);
}

function decide(event: CookieChangeEvent): void {
  const index = currentIndex();
  if (!event.removed) {
    const rule = index.blockFor(event.cookie, siteOfHost);
    if (rule) {
      void block(event.cookie, rule.id);
      return;
    }
  }
  const protection = index.protectionOf(event.cookie);
  if (protection) scheduleCheck(identityKey(protection.cookie));
}

/** Removes a cookie a block rule takes, and counts it against the rule. */
export async function block(cookie: Cookie, ruleId: string): Promise<boolean> {
  ownBlocks.set(identityKey(cookie), Date.now());
  try {
    await removeOnly(cookie);
  } catch (error) {
    ownBlocks.delete(identityKey(cookie));
    console.error('Crumb: a blocked cookie could not be removed', error);
    return false;
  }
  void changeRules((rules) => {
    const rule = rules.block.find((r) => r.id === ruleId);
    if (rule) rule.blocked++;
  });
  return true;
}

function scheduleCheck(key: string): void {
  clearTimeout(pendingChecks.get(key));
  pendingChecks.set(
    key,
    setTimeout(() => {
      pendingChecks.delete(key);
      void checkProtected(key).catch((error: unknown) => console.error('Crumb: a protected cookie could not be restored', error));
    }, SETTLE_MS),
  );
}

function crumbIsWriting(key: string, now: number): boolean {
  const since = crumbWriting.get(key);
  return since !== undefined && now - since < CRUMB_WRITE_MS;
}

function ruleByKey(key: string): ProtectRule | undefined {
  return currentIndex().protectionOfKey(key);
}

async function checkProtected(key: string): Promise<void> {
  const rule = ruleByKey(key);
  if (!rule || crumbIsWriting(key, Date.now())) return;
  const current = await find(rule.cookie);
  const now = Date.now();
  // The rule may have changed while the jar was read.
  if (ruleByKey(key) !== rule || crumbIsWriting(key, now)) return;
  switch (protectVerdict(rule, current, now)) {
    case 'keep':
    case 'paused':
      return;
    case 'expired':
      await changeRules((rules) => {
        rules.protect = rules.protect.filter((r) => r.id !== rule.id);
      });
      return;
    case 'restore':
      break;
  }
  const times = restoresInWindow(restoreTimes.get(key) ?? [], now);
  if (isRewriteLoop(times)) {
    restoreTimes.delete(key);
    await changeRules(() => {
      rule.pausedUntil = now + REWRITE_LIMIT.pauseMs;
    });
    return;
  }
  restoreTimes.set(key, times);
  await persisted();
  ownRestores.set(key, Date.now());
  await set(rule.cookie);
}

/** A journaled change of Crumb's is about to touch these cookies: the user's own, not to be undone. */
export function crumbBegins(cookies: readonly CookieIdentity[]): void {
  const now = Date.now();
  for (const cookie of cookies) crumbWriting.set(identityKey(cookie), now);
}

/** A cookie the user gave a new identity (a rename, or its undo): the old one is gone, the same cookie lives on as `to`. */
export interface Moved {
  readonly from: CookieIdentity;
  readonly to: CookieIdentity;
}

/**
 * A journaled change finished, and `jar` holds the touched cookies as they are now: a protected
 * cookie keeps the state the user gave it, one the user renamed stays protected under its new
 * identity, and one the user deleted is no longer protected.
 */
export async function crumbSettled(touched: readonly CookieIdentity[], jar: readonly Cookie[], moved?: Moved): Promise<void> {
  const keys = new Set(touched.map(identityKey));
  for (const key of keys) crumbWriting.delete(key);
  const now = new Map(jar.filter((cookie) => keys.has(identityKey(cookie))).map((cookie) => [identityKey(cookie), cookie]));
  const index = currentIndex();
  const affected = [...keys].map((key) => index.protectionOfKey(key)).filter((rule): rule is ProtectRule => rule !== undefined);
  if (affected.length === 0) return;
  // A rule of its own on the new identity wins: two rules would fight over one cookie.
  const movedTo = moved && !index.protectionOfKey(identityKey(moved.to)) ? now.get(identityKey(moved.to)) : undefined;
  await changeRules((rules) => {
    const gone = new Set<string>();
    for (const rule of affected) {
      const key = identityKey(rule.cookie);
      const state = now.get(key) ?? (moved && key === identityKey(moved.from) ? movedTo : undefined);
      if (!state) gone.add(rule.id);
      else {
        rule.cookie = state;
        delete rule.pausedUntil;
      }
    }
    rules.protect = rules.protect.filter((rule) => !gone.has(rule.id));
  });
}
