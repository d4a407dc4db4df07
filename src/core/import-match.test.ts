import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { matcher } from './import-match';

const base: Cookie = {
  name: 'part', value: 'old', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
  sameSite: 'no_restriction', session: true, storeId: '0',
};

describe('matcher', () => {
  it('finds the Firefox cookie a file without first-party domain replaces, and writes to it', () => {
    const existing: Cookie = { ...base, storeId: 'firefox-default', firstPartyDomain: '' };
    const match = matcher([existing])({ ...base, storeId: 'firefox-default', value: 'new' });
    expect(match.existing).toBe(existing);
    expect(match.cookie).toEqual({ ...existing, value: 'new' });
  });

  it('finds the partitioned cookie whose cross-site bit the file leaves out', () => {
    const existing: Cookie = { ...base, partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true } };
    const match = matcher([existing])({ ...base, value: 'new', partitionKey: { topLevelSite: 'https://top.test' } });
    expect(match.existing).toBe(existing);
    expect(match.cookie.partitionKey).toEqual({ topLevelSite: 'https://top.test', hasCrossSiteAncestor: true });
  });

  it('keeps stated parts of the identity: another first-party domain, partition or path is a new cookie', () => {
    const existing: Cookie = { ...base, firstPartyDomain: 'example.test', partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true } };
    const find = matcher([existing]);
    expect(find({ ...base, firstPartyDomain: 'other.test', partitionKey: { topLevelSite: 'https://top.test' } }).existing).toBeUndefined();
    expect(find({ ...base, partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: false } }).existing).toBeUndefined();
    expect(find({ ...base, partitionKey: { topLevelSite: 'https://elsewhere.test' } }).existing).toBeUndefined();
    expect(find({ ...base, path: '/a', partitionKey: { topLevelSite: 'https://top.test' } }).existing).toBeUndefined();
    expect(find({ ...base }).existing).toBeUndefined();
  });
});
