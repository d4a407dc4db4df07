import { identityKey, type Cookie } from '../core/cookie';
import { forecastLimits, forecastTotal, TOTAL_LIMIT } from '../core/cookie-limits';
import { matcher } from '../core/import-match';
import type { CookieFailure, ImportPreview, ImportPreviewItem, OperationResult } from '../core/protocol';
import { validateCookie } from '../core/rules';
import { forThisBrowser, isFirefox, set, snapshot } from './cookies-api';
import { translate } from './i18n';
import { each, record, resultOf, settle, siteOf } from './batch';

/** Past these, an import is refused before anything is read or written. */
const IMPORT_MAX_COOKIES = 10_000;
const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export class ImportTooLarge extends Error {}

function checkSize(cookies: Cookie[]): void {
  if (cookies.length > IMPORT_MAX_COOKIES) {
    throw new ImportTooLarge(translate('error_import_too_many', cookies.length, IMPORT_MAX_COOKIES));
  }
  const bytes = cookies.reduce((sum, c) => sum + c.name.length + c.value.length + c.domain.length + c.path.length, 0);
  if (bytes > IMPORT_MAX_BYTES) throw new ImportTooLarge(translate('error_import_too_big', Math.ceil(bytes / 1024 / 1024)));
}

/**
 * Checks every imported cookie against the cookie rules and against what the target store
 * holds, so the user sees what will be created, replaced or refused, and which cookies the
 * browser's per-site limit will cost, before confirming. Nothing is written here.
 */
export async function previewImport(incoming: Cookie[]): Promise<ImportPreview> {
  checkSize(incoming);
  const nowSeconds = Date.now() / 1000;
  const existing = await snapshot(incoming.map((cookie) => cookie.storeId));
  const find = matcher(existing);
  const items = incoming.map((imported): ImportPreviewItem => {
    const { cookie, existing: current } = find(forThisBrowser(imported));
    const findings = validateCookie(cookie, { nowSeconds, translate });
    const rejected = findings.some((f) => f.severity !== 'warning');
    const item: ImportPreviewItem = { cookie, status: rejected ? 'rejected' : current ? 'replaces' : 'new', findings };
    if (current) item.existing = current;
    return item;
  });
  const writes = items.filter((item) => item.status !== 'rejected').map((item) => item.cookie);
  return {
    items,
    limits: forecastLimits(existing, writes, siteOf),
    total: forecastTotal(existing, writes, isFirefox ? TOTAL_LIMIT.firefox : TOTAL_LIMIT.chrome),
  };
}

/**
 * Writes the cookies as one journaled operation. Before: the cookies they replace and every
 * other cookie of their sites are recorded, so Undo can put back what the browser evicts.
 * After: the jar is read back; the answer counts what it holds, not what was sent.
 */
export async function importMany(id: string, incoming: Cookie[]): Promise<OperationResult> {
  checkSize(incoming);
  const nowSeconds = Date.now() / 1000;
  const storeIds = incoming.map((c) => c.storeId);
  const before = await snapshot(storeIds);
  const find = matcher(before);
  const failed: CookieFailure[] = [];
  const writes = new Map<string, Cookie>();
  const prior = new Map<string, Cookie>();
  for (const imported of incoming) {
    const { cookie, existing } = find(forThisBrowser(imported));
    const errors = validateCookie(cookie, { nowSeconds, translate }).filter((f) => f.severity !== 'warning');
    if (errors.length > 0) {
      failed.push({ cookie, message: errors.map((f) => f.message).join(' ') });
      continue;
    }
    const key = identityKey(cookie);
    // The last of several with one identity wins, as it would written one by one.
    writes.delete(key);
    writes.set(key, cookie);
    if (existing) prior.set(key, existing);
  }
  const sites = new Set([...writes.values()].map(siteOf));
  const bystanders = before.filter((c) => !writes.has(identityKey(c)) && sites.has(siteOf(c)));
  const planned = [...writes.values()];
  const entry = await record({ id, kind: 'import', prior: [...prior.values()], writes: planned, removes: [], bystanders });

  failed.push(
    ...(await each(planned, async (cookie) => {
      await set(cookie);
    })),
  );

  const settled = await settle(entry, 'done');
  const held = new Map(settled.jar.map((c) => [identityKey(c), c]));
  const refused = new Set(failed.map((f) => identityKey(f.cookie)));
  const done: Cookie[] = [];
  for (const cookie of planned) {
    const key = identityKey(cookie);
    if (refused.has(key)) continue;
    const now = held.get(key);
    // The value, not every attribute: the browser may shorten an expiry past its cap.
    if (now?.value === cookie.value) done.push(now);
    else failed.push({ cookie, message: translate(now ? 'error_import_not_kept' : 'error_import_evicted', cookie.name) });
  }
  return resultOf(settled.entry, done, failed);
}
