import { sameIdentity, type Cookie } from '../core/cookie';
import { sameState } from '../core/cookie-state';
import { summarize } from '../core/journal';
import type { ProtocolError, RequestOf, SaveResult } from '../core/protocol';
import { validateCookie, type Finding } from '../core/rules';
import { find, forThisBrowser, remove, set } from './cookies-api';
import { translate } from './i18n';
import { amend } from './journal';
import { record, settle } from './batch';

export class SaveError extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
  }
}

function refuse(findings: Finding[]): never {
  const errors = findings.filter((f) => f.severity === 'error');
  throw new SaveError({ code: 'invalid', message: errors.map((f) => f.message).join(' '), findings: errors });
}

/** The editor shows a cookie as it was when opened: saving over a newer state would lose it unseen. */
function checkUnchanged(original: Cookie, current: Cookie | null, overwrite: boolean): void {
  if (overwrite) return;
  if (!current) {
    throw new SaveError({ code: 'conflict', message: translate('error_conflict_gone', original.name) });
  }
  if (!sameState(current, original)) {
    throw new SaveError({ code: 'conflict', message: translate('error_conflict_changed', original.name, current.value) });
  }
}

/**
 * Same identity: one `set` with the new attributes. A new identity (rename, other domain,
 * path, partition or store) is a new cookie: it is written first and the original removed
 * only then, so a refusal at any step leaves the original in place. Both are journaled before
 * the first write: if the background stops in the middle, it puts the original back when it
 * starts again (see recovery.ts), and Undo works from the journal.
 */
export async function save(request: RequestOf<'save'>): Promise<SaveResult> {
  const { id, original } = request;
  const cookie = forThisBrowser(request.cookie);
  const nowSeconds = Date.now() / 1000;
  const findings = validateCookie(cookie, { nowSeconds, translate, creating: !original, ...(request.siteHost ? { siteHost: request.siteHost } : {}) });
  if (findings.some((f) => f.severity === 'error')) refuse(findings);
  const current = original ? await find(original) : null;
  if (original) checkUnchanged(original, current, request.overwrite === true);

  const confirm = findings.filter((f) => f.severity === 'confirm');
  if (confirm.length > 0) {
    if (!request.confirmed) {
      throw new SaveError({ code: 'needs-confirmation', message: confirm.map((f) => f.message).join(' '), findings: confirm });
    }
    // An expiry in the past deletes: do it explicitly, and only to what the user edited.
    const target = current ?? (await find(cookie));
    if (!target) return { kind: 'deleted', cookie };
    const entry = await record({ id, kind: 'delete', prior: [target], writes: [], removes: [target] });
    await remove(target);
    // `remove` has read back that it is gone.
    const { entry: settled } = await settle(entry, 'done', []);
    return { kind: 'deleted', cookie: target, op: summarize(settled) };
  }

  if (current && sameIdentity(current, cookie)) {
    const entry = await record({ id, kind: 'edit', prior: [current], writes: [cookie], removes: [] });
    const written = await set(cookie);
    // The browser's answer to `set` is the cookie as it now holds it.
    const { entry: settled } = await settle(entry, 'done', [written]);
    return { kind: 'saved', cookie: written, op: summarize(settled) };
  }
  if (await find(cookie)) {
    throw new SaveError({
      code: 'exists',
      message: translate('error_cookie_exists', cookie.name, `${cookie.domain}${cookie.path}`),
    });
  }
  const entry = await record({ id, kind: current ? 'rename' : 'edit', prior: current ? [current] : [], writes: [cookie], removes: current ? [current] : [] });
  let written: Cookie;
  try {
    written = await set(cookie);
  } catch (error) {
    await amend(id, { status: 'rolled-back', done: 0 });
    throw error;
  }
  if (current) {
    try {
      // `remove` reads back: in Firefox too, the original must really be gone.
      await remove(current);
    } catch (error) {
      await remove(written).catch(() => undefined);
      await amend(id, { status: 'rolled-back', done: 0 });
      throw error;
    }
  }
  const { entry: settled } = await settle(entry, 'done', [written], current ? { from: current, to: written } : undefined);
  return { kind: 'saved', cookie: written, op: summarize(settled) };
}
