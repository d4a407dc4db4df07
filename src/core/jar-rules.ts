/**
 * Rules the background enforces on the jar without any page open: protected cookies (put back
 * when anything but the user's own Crumb edit changes or removes them) and block rules (a
 * matching cookie is removed as soon as it is set). Pure: the background stores them in
 * storage.local and applies the verdicts; see rule-index.ts for the per-event lookup.
 */
import { identityKey, type Cookie } from './cookie';
import { hasFields, isCookie, isRecord } from './cookie-guard';
import { sameState } from './cookie-state';

export interface ProtectRule {
  id: string;
  /** The state Crumb keeps, every attribute: what the jar held when protected or last saved in Crumb. */
  cookie: Cookie;
  /** Milliseconds since the epoch: a site kept rewriting it, so Crumb stopped fighting until then. */
  pausedUntil?: number;
}

export interface BlockRule {
  id: string;
  /** A cookie name, where `*` stands for any run of characters. */
  name: string;
  /** A registrable domain, or null for any site. */
  site: string | null;
  /** The cookie store it was made in, or null once the user widens it to every store. */
  storeId: string | null;
  /** How many cookies it removed. */
  blocked: number;
}

export interface JarRules {
  protect: ProtectRule[];
  block: BlockRule[];
}

/** The key the rules live under in storage.local. */
export const JAR_RULES_KEY = 'jarRules';

export const NO_RULES: JarRules = { protect: [], block: [] };

/** How a site rewriting a protected cookie is told from a single overwrite. */
export const REWRITE_LIMIT = { restores: 5, withinMs: 10_000, pauseMs: 60_000 } as const;

export type ProtectVerdict = 'keep' | 'restore' | 'expired' | 'paused';

/**
 * What to do about a protected cookie, given what the jar holds now. An expiry is part of the
 * state the user protected: once it has passed, the cookie is over and its protection with it,
 * rather than Crumb bringing back a cookie its own date says is gone.
 */
export function protectVerdict(rule: ProtectRule, current: Cookie | null, nowMs: number): ProtectVerdict {
  const expiry = rule.cookie.session ? undefined : rule.cookie.expirationDate;
  if (expiry !== undefined && expiry * 1000 <= nowMs) return 'expired';
  if (current && sameState(current, rule.cookie)) return 'keep';
  if (rule.pausedUntil !== undefined && rule.pausedUntil > nowMs) return 'paused';
  return 'restore';
}

/**
 * The restores of one cookie in the last window, newest last, with the one just made: more
 * than the limit means a site is rewriting it in a loop, and Crumb pauses instead of looping.
 */
export function restoresInWindow(times: readonly number[], nowMs: number): number[] {
  return [...times.filter((time) => nowMs - time < REWRITE_LIMIT.withinMs), nowMs];
}

export function isRewriteLoop(recent: readonly number[]): boolean {
  return recent.length > REWRITE_LIMIT.restores;
}

function isProtectRule(x: unknown): x is ProtectRule {
  return isRecord(x) && typeof x.id === 'string' && isCookie(x.cookie) && (x.pausedUntil === undefined || typeof x.pausedUntil === 'number');
}

function isBlockRule(x: unknown): x is BlockRule {
  return (
    isRecord(x) &&
    hasFields(x, { id: 'string', name: 'string' }) &&
    x.name !== '' &&
    (x.site === null || typeof x.site === 'string') &&
    (x.storeId === null || typeof x.storeId === 'string') &&
    Number.isInteger(x.blocked)
  );
}

/**
 * The rules as storage.local holds them (or an imported file). A malformed rule is dropped on
 * its own: one bad entry must not cost the user every other rule.
 */
export function parseJarRules(stored: unknown): JarRules {
  if (!isRecord(stored)) return { protect: [], block: [] };
  const protect = Array.isArray(stored.protect) ? stored.protect.filter(isProtectRule) : [];
  const block = Array.isArray(stored.block) ? stored.block.filter(isBlockRule) : [];
  // One rule per cookie: a second would fight the first.
  const seen = new Set<string>();
  return {
    protect: protect.filter((rule) => {
      const key = identityKey(rule.cookie);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    block,
  };
}
