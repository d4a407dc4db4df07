import { describe, expect, it } from 'vitest';
import { readParams } from './params';

describe('readParams', () => {
  it('reads the store and the site the popup opened the page for', () => {
    expect(readParams({ search: '?storeId=firefox-container-2&site=%20example.test', protocol: 'moz-extension:' })).toEqual({
      storeId: 'firefox-container-2',
      site: 'example.test',
      query: '',
      url: '',
      selection: [],
    });
  });

  it('reads a search to export what it matches, spaces and quotes as typed', () => {
    expect(readParams({ search: '?storeId=0&query=domain%3Aexample.test+value%3A%22a+b%22+', protocol: 'chrome-extension:' })).toEqual({
      storeId: '0',
      site: '',
      query: 'domain:example.test value:"a b"',
      url: '',
      selection: [],
    });
  });

  it("falls back to the browser's default store and no site", () => {
    expect(readParams({ search: '', protocol: 'chrome-extension:' })).toEqual({ storeId: '0', site: '', query: '', url: '', selection: [] });
    expect(readParams({ search: '?storeId=', protocol: 'moz-extension:' })).toEqual({ storeId: 'firefox-default', site: '', query: '', url: '', selection: [] });
  });

  it('reads the tab URL the popup passes, port kept', () => {
    expect(readParams({ search: '?storeId=0&url=https%3A%2F%2Fshop.example.test%3A8443%2Fa', protocol: 'chrome-extension:' }).url)
      .toBe('https://shop.example.test:8443/a');
  });

  it('reads the keys of the cookies chosen in All sites, and nothing of a broken list', () => {
    const keys = ['["0",null,null,null,"a.test","/","sid"]', '["0",null,null,null,".b.test","/x","id"]'];
    expect(readParams({ search: `?storeId=0&selection=${encodeURIComponent(JSON.stringify(keys))}`, protocol: 'chrome-extension:' }).selection).toEqual(keys);
    expect(readParams({ search: '?selection=%5B1%2C2%5D', protocol: 'chrome-extension:' }).selection).toEqual([]);
    expect(readParams({ search: '?selection=%5B', protocol: 'chrome-extension:' }).selection).toEqual([]);
  });
});
