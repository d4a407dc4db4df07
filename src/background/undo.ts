import { identityKey, type Cookie } from '../core/cookie';
import { sameState } from '../core/cookie-state';
import { planUndo, undoIdentities } from '../core/journal';
import type { CookieFailure, OperationResult } from '../core/protocol';
import { validateCookie } from '../core/rules';
import { removeOnly, set, snapshot } from './cookies-api';
import { translate } from './i18n';
import { amend, entryById } from './journal';
import { each, record, resultOf, settle } from './batch';

export class NothingToUndo extends Error {}

/**
 * A cookie being put back was held by the browser before, so it passed the browser's own
 * checks then; Crumb's stricter advice (a space in a value) must not keep it from coming
 * back. What can have changed is time, and these are the rules the browsers enforce.
 */
const ENFORCED_BY_BROWSERS: ReadonlySet<string> = new Set([
  'expiry-past',
  'prefix-host',
  'prefix-secure',
  'samesite-none-insecure',
  'partitioned-insecure',
  'size-too-large',
  'domain-public-suffix',
]);

/**
 * Puts the jar back as it was before operation `targetId`, as one journaled operation of its
 * own (so an interrupted undo can be undone too). Every restored cookie is checked against the
 * rules the browsers enforce, written (through https:// where a Secure cookie is in the way, see
 * `set`), and read back; what cannot be restored is
 * named with the reason.
 */
export async function undoOperation(id: string, targetId: string): Promise<OperationResult> {
  const target = await entryById(targetId);
  if (!target) throw new NothingToUndo(translate('error_undo_unknown'));
  if (target.status === 'undone') throw new NothingToUndo(translate('error_undo_done'));
  const jar = await snapshot(target.storeIds);
  const plan = planUndo(target, jar);
  const current = new Map(jar.map((c) => [identityKey(c), c]));
  const failed: CookieFailure[] = [];
  const nowSeconds = Date.now() / 1000;
  const restore = plan.restore.filter((cookie) => {
    const problems = validateCookie(cookie, { nowSeconds, translate }).filter((f) => ENFORCED_BY_BROWSERS.has(f.code));
    if (problems.length === 0) return true;
    failed.push({ cookie, message: translate('error_undo_rule', cookie.name, problems.map((f) => f.message).join(' ')) });
    return false;
  });
  const touched = [...plan.remove, ...restore];
  const prior = touched.map((c) => current.get(identityKey(c))).filter((c): c is Cookie => c !== undefined);
  const entry = await record({ id, kind: 'undo', prior, ...undoIdentities({ remove: plan.remove, restore }), undoes: targetId });

  failed.push(...(await each(plan.remove, removeOnly)));
  failed.push(...(await each(restore, async (cookie) => void (await set(cookie)))));

  // Undoing a rename moves the cookie back, and its protection with it.
  const [renamed] = plan.remove;
  const [original] = restore;
  const moved = target.kind === 'rename' && plan.remove.length === 1 && restore.length === 1 && renamed && original ? { from: renamed, to: original } : undefined;
  const settled = await settle(entry, 'done', undefined, moved);
  await amend(targetId, { status: 'undone' });
  const after = new Map(settled.jar.map((c) => [identityKey(c), c]));
  const refused = new Set(failed.map((f) => identityKey(f.cookie)));
  const done: Cookie[] = [];
  for (const cookie of restore) {
    if (refused.has(identityKey(cookie))) continue;
    const now = after.get(identityKey(cookie));
    if (now && sameState(now, cookie)) done.push(now);
    else failed.push({ cookie, message: translate('error_undo_not_kept', cookie.name) });
  }
  let removed = 0;
  for (const cookie of plan.remove) {
    if (!after.has(identityKey(cookie))) removed++;
    else if (!refused.has(identityKey(cookie))) failed.push({ cookie, message: translate('error_delete_failed', cookie.name) });
  }
  return { ...resultOf(settled.entry, done, failed), removed };
}
