import { describe, expect, it } from 'vitest';
import { siteUrl } from './site-input';

describe('siteUrl', () => {
  it('makes an https address of a typed host and keeps typed URLs', () => {
    expect(siteUrl('')).toBeUndefined();
    expect(siteUrl('  ')).toBeUndefined();
    expect(siteUrl('shop.example.test')).toBe('https://shop.example.test/');
    expect(siteUrl('.example.test')).toBe('https://example.test/');
    expect(siteUrl('shop.example.test/account/x')).toBe('https://shop.example.test/account/x');
    expect(siteUrl(' http://a.test:8080/p ')).toBe('http://a.test:8080/p');
  });
});
