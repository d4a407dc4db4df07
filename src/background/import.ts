import type { Cookie } from '../core/cookie';
import { matcher } from '../core/import-match';
import type { ImportPreviewItem } from '../core/protocol';
import { validateCookie } from '../core/rules';
import { getAll } from './cookies-api';
import { translate } from './i18n';

/**
 * Checks every imported cookie against the cookie rules and against what the
 * target store holds, so the user sees what will be created, replaced or refused
 * before confirming. Nothing is written here.
 */
export async function previewImport(cookies: Cookie[]): Promise<ImportPreviewItem[]> {
  const nowSeconds = Date.now() / 1000;
  const storeIds = [...new Set(cookies.map((cookie) => cookie.storeId))];
  const existing: Cookie[] = [];
  for (const storeId of storeIds) existing.push(...(await getAll({ storeId, partitionKey: {} })));
  const find = matcher(existing);
  return cookies.map((imported) => {
    const { cookie, existing: current } = find(imported);
    const findings = validateCookie(cookie, { nowSeconds, translate });
    const rejected = findings.some((f) => f.severity !== 'warning');
    const item: ImportPreviewItem = { cookie, status: rejected ? 'rejected' : current ? 'replaces' : 'new', findings };
    if (current) item.existing = current;
    return item;
  });
}
