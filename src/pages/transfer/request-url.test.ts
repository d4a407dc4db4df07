import { describe, expect, it } from 'vitest';
import { requestUrl } from './request-url';

describe('requestUrl', () => {
  it('keeps the port, path and query of an http(s) URL', () => {
    expect(requestUrl(' https://shop.example.test:8443/account?x=1 ')).toBe('https://shop.example.test:8443/account?x=1');
    expect(requestUrl('http://a.test')).toBe('http://a.test/');
  });
  it('refuses what is not one', () => {
    expect(requestUrl('')).toBeNull();
    expect(requestUrl('shop.example.test/')).toBeNull();
    expect(requestUrl('ftp://a.test/')).toBeNull();
  });
});
