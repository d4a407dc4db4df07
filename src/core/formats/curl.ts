/**
 * A curl command line that sends a request URL exactly the Cookie header the browser sends on
 * a top-level navigation there, for pasting into a POSIX shell. Export only.
 * `--globoff`: curl reads "[]" and "{}" in a URL as ranges and sets to expand, so a path
 * like /list[1] would fail or fetch other URLs; the command must fetch the URL as written.
 * The header goes with -H: with -b, a header without "=" would be read as a file name.
 */
import { cookieUrl, type Cookie } from '../cookie';
import { cookieHeaderOf } from '../request-cookies';
import { canonicalDomain } from './build';
import { forRequest, requestUrlOf } from './request';
import { headerCannotCarry, joinPair } from './header-text';
import type { Format, SerializeOptions } from './types';

/** Single quotes keep every character literal in sh, bash and zsh; a quote itself is closed, escaped, reopened. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Characters curl refuses in a URL; "%" stays, since a cookie's path is already in URL form. */
const UNSAFE_IN_URL = /[^\u0021-\u007e]|["<>\\^`{|}]/gu;

function safeUrl(raw: string): string {
  return raw.replace(UNSAFE_IN_URL, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      // A lone surrogate has no UTF-8 form; write what a browser would, the replacement character.
      return '%EF%BF%BD';
    }
  });
}

/** "Copy as curl": the cookie alone, to its own URL (scheme from Secure, host from the domain, its path). */
export function curlForCookie(cookie: Cookie): string {
  const url = cookieUrl({ domain: canonicalDomain(cookie), path: cookie.path, secure: cookie.secure });
  return `curl --globoff -b ${shellQuote(joinPair(cookie))} ${shellQuote(safeUrl(url))}`;
}

/** The cookies come chosen and ordered by `select`; those a header cannot carry (see headerCannotCarry) are left out. */
function serialize(cookies: Cookie[], opts: SerializeOptions): string {
  const header = cookieHeaderOf(cookies.filter((c) => headerCannotCarry(c) === null));
  const cookie = header === '' ? '' : ` -H ${shellQuote(`Cookie: ${header}`)}`;
  return `curl --globoff${cookie} ${shellQuote(safeUrl(requestUrlOf(opts)))}\n`;
}

export const curl: Format = {
  id: 'curl',
  label: 'format_curl',
  fileExtension: 'sh',
  mimeType: 'text/x-shellscript',
  serialize,
  select: forRequest,
  cannotCarry: headerCannotCarry,
};
