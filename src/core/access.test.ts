import { describe, expect, it } from 'vitest';
import { siteOrigin } from './access';

describe('siteOrigin', () => {
  it('covers the registrable domain and its subdomains on both schemes', () => {
    expect(siteOrigin('example.test')).toBe('*://*.example.test/*');
  });
  it('names an IP address exactly, since it has no subdomains', () => {
    expect(siteOrigin('127.0.0.1')).toBe('*://127.0.0.1/*');
  });
});
