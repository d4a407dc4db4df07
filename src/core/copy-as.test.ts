import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { copyAs } from './copy-as';

const cookie: Cookie = {
  name: 'sid', value: "a'b", domain: '.example.test', hostOnly: false, path: '/app', secure: true, httpOnly: true,
  sameSite: 'lax', session: false, expirationDate: Date.UTC(2030, 0, 2, 3, 4, 5) / 1000, storeId: '0',
};

describe('copyAs', () => {
  it('copies the raw value', () => {
    expect(copyAs(cookie, 'value')).toBe("a'b");
  });
  it('writes a Set-Cookie line with every attribute', () => {
    expect(copyAs(cookie, 'set-cookie')).toBe(
      "Set-Cookie: sid=a'b; Domain=example.test; Path=/app; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Secure; HttpOnly; SameSite=Lax",
    );
  });
  it('writes a document.cookie assignment without HttpOnly, which scripts cannot set', () => {
    expect(copyAs(cookie, 'document-cookie')).toBe(
      `document.cookie = "sid=a'b; Domain=example.test; Path=/app; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Secure; SameSite=Lax";`,
    );
  });
  it('writes a curl command that quotes the value for the shell', () => {
    expect(copyAs(cookie, 'curl')).toBe(`curl --globoff -b 'sid=a'\\''b' 'https://example.test/app'`);
  });
});
