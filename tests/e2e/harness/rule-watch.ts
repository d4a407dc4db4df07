// Helpers for the jar rules' scenarios: what the browser reported about a cookie, timed in an
// extension page, and the rules as Crumb stores them (the harness's reset forgets them between
// tests: see extension-state.ts).
import type { ExtensionPageDriver } from './types';

export interface SeenChange {
  removed: boolean;
  cause: string;
  value: string;
  at: number;
}

/** Runs in an extension page: records every `cookies.onChanged` event about cookies named `name`. */
export function watchInPage(name: string): void {
  const page = globalThis as unknown as { seen?: SeenChange[] };
  page.seen = [];
  chrome.cookies.onChanged.addListener((info) => {
    if (info.cookie.name === name) page.seen!.push({ removed: info.removed, cause: info.cause, value: info.cookie.value, at: performance.now() });
  });
}

export function seenInPage(): SeenChange[] {
  return (globalThis as unknown as { seen?: SeenChange[] }).seen ?? [];
}

/**
 * From each change of another's (a value other than `kept` written, or a removal that is not the
 * first half of an overwrite) to the insertion that put `kept` back, in ms; a change never
 * answered gives Infinity.
 */
export function restoreDelays(seen: readonly SeenChange[], kept: string): number[] {
  const delays: number[] = [];
  let since: number | null = null;
  for (const change of seen) {
    const foreign = change.removed ? change.cause !== 'overwrite' : change.value !== kept;
    if (foreign) since ??= change.at;
    else if (!change.removed && since !== null) {
      delays.push(change.at - since);
      since = null;
    }
  }
  if (since !== null) delays.push(Infinity);
  return delays;
}

/** Runs in an extension page: Crumb's answer to a request, through the same protocol as its pages. */
async function askInPage(message: { type: string; id?: string }): Promise<unknown> {
  const raw: unknown = await chrome.runtime.sendMessage(message);
  const response = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { ok: boolean; result: unknown };
  if (!response.ok) throw new Error(JSON.stringify(response));
  return response.result;
}

export interface StoredRules {
  protect: { id: string; cookie: { name: string; value: string }; pausedUntil?: number }[];
  block: { id: string; name: string; site: string | null; storeId: string | null; blocked: number }[];
}

export function storedRules(page: ExtensionPageDriver): Promise<StoredRules> {
  return page.evaluate(async () => ((await chrome.storage.local.get('jarRules')).jarRules ?? { protect: [], block: [] }) as StoredRules);
}

/** Removes every rule through Crumb's own requests, so the background's memory forgets them too. */
export async function removeAllRules(page: ExtensionPageDriver): Promise<void> {
  const rules = (await page.evaluate(askInPage, { type: 'jarRules' })) as StoredRules;
  for (const rule of [...rules.protect, ...rules.block]) await page.evaluate(askInPage, { type: 'removeRule', id: rule.id });
}
