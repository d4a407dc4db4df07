/**
 * curl command lines, one per URL the cookies go to (scheme from Secure, host from the
 * domain, the cookie's path), for pasting into a POSIX shell. Export only.
 * `--globoff`: curl reads "[]" and "{}" in a URL as ranges and sets to expand, so a path
 * like /list[1] would fail or fetch other URLs; the command must fetch the URL as written.
 */
import { cookieUrl, type Cookie } from '../cookie';
import { canonicalDomain } from './build';
import { headerCannotCarry, joinPair } from './header-text';
import type { Format } from './types';

/** Single quotes keep every character literal in sh, bash and zsh; a quote itself is closed, escaped, reopened. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Characters curl refuses in a URL; "%" stays, since a cookie's path is already in URL form. */
const UNSAFE_IN_URL = /[^\u0021-\u007e]|["<>\\^`{|}]/gu;

function urlOf(cookie: Cookie): string {
  const raw = cookieUrl({ domain: canonicalDomain(cookie), path: cookie.path, secure: cookie.secure });
  return raw.replace(UNSAFE_IN_URL, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      // A lone surrogate has no UTF-8 form; write what a browser would, the replacement character.
      return '%EF%BF%BD';
    }
  });
}

/** Cookies that cannot be written as a header (see headerCannotCarry) are left out. */
function serialize(cookies: Cookie[]): string {
  const byUrl = new Map<string, string[]>();
  for (const cookie of cookies.filter((c) => headerCannotCarry(c) === null)) {
    const url = urlOf(cookie);
    const pairs = byUrl.get(url) ?? [];
    pairs.push(joinPair(cookie));
    byUrl.set(url, pairs);
  }
  return [...byUrl].map(([url, pairs]) => `curl --globoff -b ${shellQuote(pairs.join('; '))} ${shellQuote(url)}\n`).join('');
}

export const curl: Format = {
  id: 'curl',
  label: 'curl command',
  fileExtension: 'sh',
  mimeType: 'text/x-shellscript',
  serialize,
  cannotCarry: headerCannotCarry,
};
