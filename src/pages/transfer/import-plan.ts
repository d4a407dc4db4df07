import { identityKey, type Cookie } from '../../core/cookie';
import type { ImportPreviewItem } from '../../core/protocol';

export interface ImportPlan {
  /** What "Import" writes: the cookies not rejected, each identity once. */
  writes: Cookie[];
  counts: Record<ImportPreviewItem['status'], number>;
  /** Valid cookies that a later one with the same identity would overwrite at once. */
  duplicates: number;
  /**
   * What the store held before, for undo, by its own identity: the browser answers a write
   * with the identity it gave the cookie (Firefox's first-party domain, Chrome's cross-site
   * ancestor bit), which a file may not have stated.
   */
  existing: ReadonlyMap<string, Cookie>;
}

/** The chosen store is where cookies go, whatever store the file was exported from. */
export function intoStore(cookies: Cookie[], storeId: string): Cookie[] {
  return cookies.map((cookie) => (cookie.storeId === storeId ? cookie : { ...cookie, storeId }));
}

export function planImport(items: ImportPreviewItem[]): ImportPlan {
  const counts = { new: 0, replaces: 0, rejected: 0 };
  const byKey = new Map<string, Cookie>();
  const existing = new Map<string, Cookie>();
  let duplicates = 0;
  for (const item of items) {
    counts[item.status]++;
    if (item.status === 'rejected') continue;
    const key = identityKey(item.cookie);
    if (byKey.has(key)) {
      duplicates++;
      // Re-inserted so the write order stays that of the last occurrence, as in the file.
      byKey.delete(key);
    }
    byKey.set(key, item.cookie);
    if (item.existing) existing.set(identityKey(item.existing), item.existing);
  }
  return { writes: [...byKey.values()], counts, duplicates, existing };
}

export interface UndoPlan {
  /** The cookies an import replaced, written back exactly. */
  restore: Cookie[];
  /** The cookies an import created. */
  remove: Cookie[];
}

/** Only what was actually written is undone: a cookie the browser refused changed nothing. */
export function planUndo(written: Cookie[], plan: ImportPlan): UndoPlan {
  const undo: UndoPlan = { restore: [], remove: [] };
  for (const cookie of written) {
    const before = plan.existing.get(identityKey(cookie));
    if (before) undo.restore.push(before);
    else undo.remove.push(cookie);
  }
  return undo;
}
