import type { Cookie, CookieIdentity } from '../core/cookie';
import type { BatchResult } from '../core/protocol';
import { find, remove, set } from './cookies-api';
import { translate } from './i18n';

async function each<T extends CookieIdentity>(cookies: T[], step: (cookie: T) => Promise<Cookie>): Promise<BatchResult> {
  const result: BatchResult = { done: [], failed: [] };
  // One at a time: the order of writes stays predictable and a failure names its cookie.
  for (const cookie of cookies) {
    try {
      result.done.push(await step(cookie));
    } catch (error) {
      result.failed.push({ cookie, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

/**
 * Deletes by identity, reading each cookie first: what comes back is exactly what
 * was deleted, whatever the page had seen, so Undo writes back every attribute.
 */
export function deleteMany(ids: CookieIdentity[]): Promise<BatchResult> {
  return each(ids, async (id) => {
    const current = await find(id);
    if (!current) throw new Error(translate('error_cookie_gone', id.name));
    await remove(current);
    return current;
  });
}

/** Undo: writes back exactly what was deleted, every attribute and partition included. */
export function restoreMany(cookies: Cookie[]): Promise<BatchResult> {
  return each(cookies, set);
}
