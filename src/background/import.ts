import { identityKey, type Cookie } from '../core/cookie';
import type { ImportPreviewItem } from '../core/protocol';
import { validateCookie } from '../core/rules';
import { getAll } from './cookies-api';

/**
 * Checks every imported cookie against the cookie rules and against what the
 * target store holds, so the user sees what will be created, replaced or refused
 * before confirming. Nothing is written here.
 */
export async function previewImport(cookies: Cookie[]): Promise<ImportPreviewItem[]> {
  const nowSeconds = Date.now() / 1000;
  const storeIds = [...new Set(cookies.map((cookie) => cookie.storeId))];
  const existing = new Map<string, Cookie>();
  for (const storeId of storeIds) {
    for (const cookie of await getAll({ storeId, partitionKey: {} })) existing.set(identityKey(cookie), cookie);
  }
  return cookies.map((cookie) => {
    const findings = validateCookie(cookie, { nowSeconds });
    const current = existing.get(identityKey(cookie));
    const rejected = findings.some((f) => f.severity !== 'warning');
    const item: ImportPreviewItem = { cookie, status: rejected ? 'rejected' : current ? 'replaces' : 'new', findings };
    if (current) item.existing = current;
    return item;
  });
}
