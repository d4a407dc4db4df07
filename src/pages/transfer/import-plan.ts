import { identityKey, type Cookie } from '../../core/cookie';
import type { ImportPreviewItem } from '../../core/protocol';

export interface ImportPlan {
  /** What "Import" writes: the cookies not rejected, each identity once. */
  writes: Cookie[];
  counts: Record<ImportPreviewItem['status'], number>;
  /** Valid cookies that a later one with the same identity would overwrite at once. */
  duplicates: number;
}

/** The chosen store is where cookies go, whatever store the file was exported from. */
export function intoStore(cookies: Cookie[], storeId: string): Cookie[] {
  return cookies.map((cookie) => (cookie.storeId === storeId ? cookie : { ...cookie, storeId }));
}

export function planImport(items: ImportPreviewItem[]): ImportPlan {
  const counts = { new: 0, replaces: 0, rejected: 0 };
  const byKey = new Map<string, Cookie>();
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
  }
  return { writes: [...byKey.values()], counts, duplicates };
}
