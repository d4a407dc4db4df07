import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cookie } from './cookie';
import { pathMatches, receives } from './url-match';

const cookie: Cookie = {
  name: 'sid', value: '1', domain: '.example.test', hostOnly: false, path: '/', secure: false,
  httpOnly: false, sameSite: 'lax', session: true, storeId: '0',
};

describe('pathMatches', () => {
  it('accepts identical paths and "/"-bounded prefixes', () => {
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/docs', '/docs')).toBe(true);
    expect(pathMatches('/docs/a', '/docs')).toBe(true);
    expect(pathMatches('/docs/a', '/docs/')).toBe(true);
    expect(pathMatches('/anything', '/')).toBe(true);
  });
  it('rejects prefixes that split a segment and longer cookie paths', () => {
    expect(pathMatches('/docsx', '/docs')).toBe(false);
    expect(pathMatches('/docs', '/docs/')).toBe(false);
    expect(pathMatches('/', '/docs')).toBe(false);
    expect(pathMatches('/Docs', '/docs')).toBe(false);
  });
  it('treats a request path without a leading "/" as "/"', () => {
    expect(pathMatches('', '/')).toBe(true);
    expect(pathMatches('x', '/x')).toBe(false);
  });
  it('always matches a path under its own directory', () => {
    const segment = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), segment, (dirs, leaf) => {
      const dir = `/${dirs.join('/')}`;
      return pathMatches(`${dir}/${leaf}`, dir) && pathMatches(`${dir}/${leaf}`, `${dir}/`)
        && !pathMatches(`${dir}${leaf}`, `${dir}/`);
    }));
  });
});

describe('receives', () => {
  it('sends a domain cookie to the domain and its subdomains', () => {
    expect(receives('http://example.test/', cookie)).toBe(true);
    expect(receives('https://shop.example.test/a', cookie)).toBe(true);
    expect(receives('https://other.test/', cookie)).toBe(false);
    expect(receives('https://badexample.test/', cookie)).toBe(false);
  });
  it('sends a host-only cookie to its exact host only', () => {
    const hostOnly = { ...cookie, domain: 'shop.example.test', hostOnly: true };
    expect(receives('https://shop.example.test/', hostOnly)).toBe(true);
    expect(receives('https://SHOP.example.test/', hostOnly)).toBe(true);
    expect(receives('https://a.shop.example.test/', hostOnly)).toBe(false);
    expect(receives('https://example.test/', hostOnly)).toBe(false);
  });
  it('applies the path', () => {
    const scoped = { ...cookie, path: '/app' };
    expect(receives('https://example.test/app/page', scoped)).toBe(true);
    expect(receives('https://example.test/app', scoped)).toBe(true);
    expect(receives('https://example.test/apple', scoped)).toBe(false);
    expect(receives('https://example.test/', scoped)).toBe(false);
  });
  it('sends Secure cookies over https and to loopback only', () => {
    const secure = { ...cookie, secure: true };
    expect(receives('https://example.test/', secure)).toBe(true);
    expect(receives('wss://example.test/', secure)).toBe(true);
    expect(receives('http://example.test/', secure)).toBe(false);
    expect(receives('http://localhost:8080/', { ...secure, domain: 'localhost', hostOnly: true })).toBe(true);
    expect(receives('http://app.localhost/', { ...secure, domain: 'app.localhost', hostOnly: true })).toBe(true);
    expect(receives('http://127.0.0.1/', { ...secure, domain: '127.0.0.1', hostOnly: true })).toBe(true);
    expect(receives('http://[::1]/', { ...secure, domain: '[::1]', hostOnly: true })).toBe(true);
    expect(receives('http://10.0.0.1/', { ...secure, domain: '10.0.0.1', hostOnly: true })).toBe(false);
  });
  it('ignores non-HTTP URLs and garbage', () => {
    expect(receives('ftp://example.test/', cookie)).toBe(false);
    expect(receives('not a url', cookie)).toBe(false);
  });
});
