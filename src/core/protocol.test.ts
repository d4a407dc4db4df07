import { describe, expect, it } from 'vitest';
import { isJarChange, parseRequest, parseStoreListOpen, type RequestType } from './protocol';
import { testCookie } from '../../tests/support/cookies';

const cookie = testCookie({ name: 'sid' });
const identity = { name: 'sid', domain: 'a.test', path: '/', storeId: '0' };

describe('parseRequest', () => {
  it.each([
    ['list', { type: 'list', tabId: 3 }],
    ['embedded', { type: 'embedded', tabId: 3 }],
    ['timeline', { type: 'timeline', tabId: 3 }],
    ['a new cookie', { type: 'save', id: 'op-1', cookie }],
    ['an edit', { type: 'save', id: 'op-1', cookie, original: cookie, siteHost: 'a.test', confirmed: true, overwrite: true }],
    ['get', { type: 'get', cookie: identity }],
    ['delete', { type: 'delete', id: 'op-1', cookies: [identity] }],
    ['import', { type: 'import', id: 'op-1', cookies: [cookie] }],
    ['undo', { type: 'undo', id: 'op-2', target: 'op-1' }],
    ['operation', { type: 'operation', id: 'op-1' }],
    ['dismissOperation', { type: 'dismissOperation', id: 'op-1' }],
    ['lastOperation', { type: 'lastOperation', scope: { storeId: '0', site: 'a.test', kind: 'delete' } }],
    ['listStore', { type: 'listStore', storeId: 'firefox-container-1' }],
    ['importPreview', { type: 'importPreview', cookies: [cookie] }],
    ['copyAs', { type: 'copyAs', cookie, kind: 'curl' }],
  ])('takes a well-formed %s request as it is', (_, message) => {
    expect(parseRequest(message)).toEqual(message);
  });

  it('drops fields the request does not have, and false flags', () => {
    expect(parseRequest({ type: 'list', tabId: 3, storeId: '0' })).toEqual({ type: 'list', tabId: 3 });
    expect(parseRequest({ type: 'save', id: 'op-1', cookie, confirmed: false, overwrite: false, extra: 1 })).toEqual({ type: 'save', id: 'op-1', cookie });
  });

  it.each([
    ['not an object', 'list'],
    ['an array', [{ type: 'list', tabId: 1 }]],
    ['no type', { tabId: 1 }],
    ['an unknown type', { type: 'erase', tabId: 1 }],
    ["an object's own property for a type", { type: 'constructor' }],
    ['a fractional tab', { type: 'list', tabId: 1.5 }],
    ['a save without an id', { type: 'save', cookie }],
    ['a save with an id too long', { type: 'save', id: 'x'.repeat(65), cookie }],
    ['a save of a cookie without a SameSite', { type: 'save', id: 'op-1', cookie: { ...cookie, sameSite: 'loose' } }],
    ['a save of a broken original', { type: 'save', id: 'op-1', cookie, original: { name: 'sid' } }],
    ['a save with a host that is not text', { type: 'save', id: 'op-1', cookie, siteHost: 1 }],
    ['a save with a confirmation that is not a flag', { type: 'save', id: 'op-1', cookie, confirmed: 'yes' }],
    ['a get of no identity', { type: 'get', cookie: { name: 'sid' } }],
    ['a delete of something else', { type: 'delete', id: 'op-1', cookies: [identity, 'sid'] }],
    ['a delete of no list', { type: 'delete', id: 'op-1', cookies: identity }],
    ['an import of identities', { type: 'import', id: 'op-1', cookies: [identity] }],
    ['an undo without a target', { type: 'undo', id: 'op-1' }],
    ['an operation with an empty id', { type: 'operation', id: '' }],
    ['a scope of an unknown kind', { type: 'lastOperation', scope: { storeId: '0', kind: 'erase' } }],
    ['a scope without a store', { type: 'lastOperation', scope: { site: 'a.test' } }],
    ['a store that is not text', { type: 'listStore', storeId: 0 }],
    ['a copy in an unknown form', { type: 'copyAs', cookie, kind: 'wget' }],
  ])('refuses %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe('parseStoreListOpen', () => {
  const valid = { type: 'open', storeId: '0', sort: { column: 'domain', direction: 'ascending' }, firstRows: 40 };

  it('takes a well-formed request and drops unknown fields', () => {
    expect(parseStoreListOpen({ ...valid, extra: 1, sort: { ...valid.sort, extra: 2 } })).toEqual(valid);
  });

  it.each([
    ['not an object', 'open'],
    ['another type', { ...valid, type: 'list' }],
    ['no store', { ...valid, storeId: 0 }],
    ['an unknown column', { ...valid, sort: { column: 'httpOnly', direction: 'ascending' } }],
    ['an unknown direction', { ...valid, sort: { column: 'name', direction: 'up' } }],
    ['negative rows', { ...valid, firstRows: -1 }],
    ['fractional rows', { ...valid, firstRows: 1.5 }],
    ['more rows than any screen', { ...valid, firstRows: 501 }],
  ])('refuses %s', (_, message) => {
    expect(parseStoreListOpen(message)).toBeNull();
  });
});

describe('isJarChange', () => {
  it('names the requests that change the jar, which the journal records', () => {
    expect(['save', 'delete', 'import', 'undo', 'list', 'get', 'operation', 'lastOperation', 'dismissOperation'].filter((type) => isJarChange(type as RequestType))).toEqual([
      'save',
      'delete',
      'import',
      'undo',
    ]);
  });
});
