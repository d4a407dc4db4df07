import { describe, expect, it } from 'vitest';
import { parseUrl } from './parse-url';

describe('parseUrl', () => {
  it('parses a URL and gives null for anything else', () => {
    expect(parseUrl('https://Shop.Example.test:8443/a?b')?.hostname).toBe('shop.example.test');
    expect(parseUrl('shop.example.test')).toBeNull();
    expect(parseUrl('')).toBeNull();
  });
});
