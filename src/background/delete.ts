import { identityKey, type CookieIdentity } from '../core/cookie';
import type { CookieFailure, OperationResult } from '../core/protocol';
import { removeOnly, snapshot } from './cookies-api';
import { translate } from './i18n';
import { each, putBackBystanders, record, resultOf, settle } from './batch';

/**
 * Deletes by identity. The jar is read once before, so the journal holds exactly what is
 * deleted, every attribute, whatever the page had seen; once after, so the answer says what
 * the jar shows (a removal the browser ignored is a failure, in both browsers).
 */
export async function deleteMany(id: string, ids: CookieIdentity[]): Promise<OperationResult> {
  const storeIds = ids.map((c) => c.storeId);
  const before = await snapshot(storeIds);
  const byKey = new Map(before.map((c) => [identityKey(c), c]));
  const missing: CookieFailure[] = [];
  const targets = [];
  for (const wanted of ids) {
    const current = byKey.get(identityKey(wanted));
    if (current) targets.push(current);
    else missing.push({ cookie: wanted, message: translate('error_cookie_gone', wanted.name) });
  }
  const entry = await record({ id, kind: 'delete', prior: targets, writes: [], removes: targets });
  const refusals = await each(targets, removeOnly);

  let after = await snapshot(storeIds);
  if ((await putBackBystanders(before, after, targets)).length > 0) after = await snapshot(storeIds);
  const left = new Set(after.map(identityKey));
  // The jar is the verdict: a cookie another removal took along is gone, whatever its own call said.
  const failed = [...missing, ...refusals.filter((f) => left.has(identityKey(f.cookie)))];
  const refused = new Set(failed.map((f) => identityKey(f.cookie)));
  for (const cookie of targets) {
    if (left.has(identityKey(cookie)) && !refused.has(identityKey(cookie))) {
      failed.push({ cookie, message: translate('error_delete_failed', cookie.name) });
    }
  }
  const settled = await settle(entry, 'done', after);
  return resultOf(settled.entry, targets.filter((c) => !left.has(identityKey(c))), failed);
}
