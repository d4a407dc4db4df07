/** The ways a developer pastes a cookie elsewhere: raw value, response header, console, shell. */
import type { Cookie } from './cookie';
import type { CopyKind } from './copy-kinds';
import { curlForCookie } from './formats/curl';
import { toSetCookie } from './formats/set-cookie';


export function copyAs(cookie: Cookie, kind: CopyKind): string {
  switch (kind) {
    case 'value':
      return cookie.value;
    case 'set-cookie':
      return toSetCookie(cookie);
    case 'document-cookie': {
      // Scripts cannot set HttpOnly cookies: the attribute would make the browser drop the assignment.
      const attributes = toSetCookie({ ...cookie, httpOnly: false }).replace(/^Set-Cookie: /, '');
      return `document.cookie = ${JSON.stringify(attributes)};`;
    }
    case 'curl':
      return curlForCookie(cookie);
  }
}
