import type { Cookie } from '../core/cookie';
import type { BatchResult } from '../core/protocol';
import { remove, set } from './cookies-api';

async function each(cookies: Cookie[], step: (cookie: Cookie) => Promise<unknown>): Promise<BatchResult> {
  const result: BatchResult = { done: [], failed: [] };
  // One at a time: the order of writes stays predictable and a failure names its cookie.
  for (const cookie of cookies) {
    try {
      await step(cookie);
      result.done.push(cookie);
    } catch (error) {
      result.failed.push({ cookie, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

export function deleteMany(cookies: Cookie[]): Promise<BatchResult> {
  return each(cookies, remove);
}

/** Undo: writes back exactly what was deleted, every attribute and partition included. */
export function restoreMany(cookies: Cookie[]): Promise<BatchResult> {
  return each(cookies, set);
}
