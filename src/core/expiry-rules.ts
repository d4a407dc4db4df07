/**
 * The expiry rules, apart from the other rules so the popup can check them before it asks
 * the background: they need no suffix list and no bundled English text.
 */
import type { Cookie } from './cookie';
import { expiryCap } from './expiry';
import type { Translate } from './translate';
import type { Finding } from './rules';

export interface ExpiryContext {
  nowSeconds: number;
  /**
   * The cookie does not exist yet. A past expiry then has nothing to delete: the browser
   * would store nothing, so the save is refused rather than reported as a deletion.
   */
  creating?: boolean;
}

export function expiryFindings(cookie: Cookie, { nowSeconds, creating }: ExpiryContext, t: Translate): Finding[] {
  if (cookie.session) return [];
  const exp = cookie.expirationDate;
  if (exp === undefined || !Number.isFinite(exp)) {
    return [{ field: 'expires', severity: 'error', code: 'expiry-invalid', message: t('rule_expiry_invalid') }];
  }
  if (exp <= nowSeconds) {
    return creating
      ? [{ field: 'expires', severity: 'error', code: 'expiry-past-new', message: t('rule_expiry_past_new') }]
      : [{ field: 'expires', severity: 'confirm', code: 'expiry-past', message: t('rule_expiry_past') }];
  }
  if (exp > expiryCap(nowSeconds)) {
    return [{ field: 'expires', severity: 'warning', code: 'expiry-over-cap', message: t('rule_expiry_over_cap') }];
  }
  return [];
}
