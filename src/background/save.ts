import { sameIdentity } from '../core/cookie';
import type { ProtocolError, RequestOf, SaveResult } from '../core/protocol';
import { validateCookie, type Finding } from '../core/rules';
import { find, remove, set } from './cookies-api';
import { translate } from './i18n';

export class SaveError extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
  }
}

function refuse(findings: Finding[]): never {
  const errors = findings.filter((f) => f.severity === 'error');
  throw new SaveError({ code: 'invalid', message: errors.map((f) => f.message).join(' '), findings: errors });
}

/**
 * Same identity: one `set` with the new attributes. A new identity (rename, other
 * domain, path, partition or store) is a new cookie: it is written first and the
 * original removed only then, so a refusal at any step leaves the original in place.
 */
export async function save(request: RequestOf<'save'>): Promise<SaveResult> {
  const { cookie, original } = request;
  const nowSeconds = Date.now() / 1000;
  const findings = validateCookie(cookie, { nowSeconds, translate, ...(request.siteHost ? { siteHost: request.siteHost } : {}) });
  if (findings.some((f) => f.severity === 'error')) refuse(findings);
  const confirm = findings.filter((f) => f.severity === 'confirm');
  if (confirm.length > 0) {
    if (!request.confirmed) {
      throw new SaveError({ code: 'needs-confirmation', message: confirm.map((f) => f.message).join(' '), findings: confirm });
    }
    // An expiry in the past deletes: do it explicitly, and only to what the user edited.
    const target = original ?? cookie;
    if (await find(target)) await remove(target);
    return { kind: 'deleted', cookie: target };
  }

  if (original && sameIdentity(original, cookie)) {
    return { kind: 'saved', cookie: await set(cookie) };
  }
  if (await find(cookie)) {
    throw new SaveError({
      code: 'exists',
      message: translate('error_cookie_exists', cookie.name, `${cookie.domain}${cookie.path}`),
    });
  }
  const written = await set(cookie);
  if (!original) return { kind: 'saved', cookie: written };
  try {
    await remove(original);
  } catch (error) {
    await remove(written).catch(() => undefined);
    throw error;
  }
  return { kind: 'saved', cookie: written };
}
