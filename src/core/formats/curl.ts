/**
 * curl command lines, one per URL the cookies go to (scheme from Secure, host from the
 * domain, the cookie's path), for pasting into a POSIX shell. Export only.
 */
import { cookieUrl, type Cookie } from '../cookie';
import { canonicalDomain } from './build';
import { fitsInHeader, joinPair } from './header-text';
import type { Format } from './types';

/** Single quotes keep every character literal in sh, bash and zsh; a quote itself is closed, escaped, reopened. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

function urlOf(cookie: Cookie): string {
  const raw = cookieUrl({ domain: canonicalDomain(cookie), path: cookie.path, secure: cookie.secure });
  // curl refuses spaces and other raw characters in a URL; the URL parser percent-encodes them.
  try {
    return new URL(raw).href;
  } catch {
    return raw;
  }
}

/** Cookies that cannot be written as a header (see fitsInHeader) are left out. */
function serialize(cookies: Cookie[]): string {
  const byUrl = new Map<string, string[]>();
  for (const cookie of cookies.filter(fitsInHeader)) {
    const url = urlOf(cookie);
    const pairs = byUrl.get(url) ?? [];
    pairs.push(joinPair(cookie));
    byUrl.set(url, pairs);
  }
  return [...byUrl].map(([url, pairs]) => `curl -b ${shellQuote(pairs.join('; '))} ${shellQuote(url)}\n`).join('');
}

export const curl: Format = {
  id: 'curl',
  label: 'curl command',
  fileExtension: 'sh',
  mimeType: 'text/x-shellscript',
  serialize,
};
