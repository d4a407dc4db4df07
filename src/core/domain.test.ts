import { describe, expect, it } from 'vitest';
import { isPublicSuffix, registrableDomain, siteOfHost, topLevelSiteOf } from './domain';

describe('registrableDomain', () => {
  it('returns eTLD+1, treating unknown TLDs as one-label suffixes', () => {
    expect(registrableDomain('sub.shop.example.test')).toBe('example.test');
    expect(registrableDomain('top.test')).toBe('top.test');
    expect(registrableDomain('WWW.Example.COM.')).toBe('example.com');
    expect(registrableDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('.shop.example.test')).toBe('example.test');
  });
  it('uses the private section of the list', () => {
    expect(registrableDomain('me.github.io')).toBe('me.github.io');
    expect(registrableDomain('a.me.github.io')).toBe('me.github.io');
  });
  it('lets IP addresses and localhost stand for themselves', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('[::1]')).toBe('[::1]');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('app.localhost')).toBe('app.localhost');
  });
  it('is null for public suffixes and empty input', () => {
    expect(registrableDomain('com')).toBeNull();
    expect(registrableDomain('co.uk')).toBeNull();
    expect(registrableDomain('github.io')).toBeNull();
    expect(registrableDomain('test')).toBeNull();
    expect(registrableDomain('')).toBeNull();
  });
});

describe('isPublicSuffix', () => {
  it('is true for ICANN, private and unknown one-label suffixes', () => {
    for (const s of ['com', 'co.uk', 'github.io', 'test', '.CO.UK']) expect(isPublicSuffix(s)).toBe(true);
  });
  it('is false for registrable domains and their subdomains, IPs and localhost', () => {
    for (const s of ['example.test', 'a.example.test', 'example.co.uk', 'me.github.io', '127.0.0.1', 'localhost', '']) {
      expect(isPublicSuffix(s)).toBe(false);
    }
  });
});

describe('topLevelSiteOf', () => {
  it('keeps the scheme and the registrable domain only', () => {
    expect(topLevelSiteOf('https://shop.example.test/x?y#z')).toBe('https://example.test');
    expect(topLevelSiteOf('http://a.b.example.co.uk:8080/')).toBe('http://example.co.uk');
    expect(topLevelSiteOf('https://localhost:3000/')).toBe('https://localhost');
    expect(topLevelSiteOf('https://[::1]/')).toBe('https://[::1]');
  });
  it('is null without a host or a registrable domain', () => {
    expect(topLevelSiteOf('not a url')).toBeNull();
    expect(topLevelSiteOf('file:///tmp/x')).toBeNull();
    expect(topLevelSiteOf('https://github.io/')).toBeNull();
  });
});

describe('siteOfHost', () => {
  it('is the registrable domain, or the normalised host where there is none', () => {
    expect(siteOfHost('.Shop.Example.test')).toBe('example.test');
    expect(siteOfHost('.GitHub.io.')).toBe('github.io');
    expect(siteOfHost('[::1]')).toBe('[::1]');
    expect(siteOfHost('')).toBe('');
  });
});
