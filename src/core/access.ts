/**
 * Host-permission patterns. Both schemes, always: Chrome checks a non-Secure cookie
 * against its http:// URL, so a grant for https:// alone would hide those cookies.
 */
export const ALL_SITES = '*://*/*';

/** The pattern that covers a site: its registrable domain and every host below it. */
export function siteOrigin(registrableDomain: string): string {
  const isIp = /^[\d.]+$/.test(registrableDomain) || registrableDomain.includes(':');
  return isIp ? `*://${registrableDomain}/*` : `*://*.${registrableDomain}/*`;
}
