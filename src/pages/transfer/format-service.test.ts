import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../core/cookie';
import { english } from '../../core/translate';
import { say } from '../../core/words';
import type { Exported, FormatInfo } from './format-protocol';
import { answer } from './format-service';

const NOW = 1_800_000_000;
const OPTIONS = { storeId: '0', nowSeconds: NOW };

const theme: Cookie = {
  name: 'theme', value: 'dark', domain: '.example.test', hostOnly: false, path: '/', secure: false, httpOnly: false,
  sameSite: 'unspecified', session: false, expirationDate: 1_900_000_000, storeId: '0',
};

function ok<T>(reply: ReturnType<typeof answer>): T {
  if (!reply.ok) throw new Error(say(reply.problem, english, 'en'));
  return reply.result as T;
}

describe('format service', () => {
  it('describes the formats for the menus', () => {
    const formats = ok<FormatInfo[]>(answer({ kind: 'formats' }));
    const netscape = formats.find((f) => f.id === 'netscape');
    expect(netscape).toEqual({
      id: 'netscape', label: 'format_netscape', fileExtension: 'txt', mimeType: 'text/plain', canImport: true, canExport: true,
      forRequest: false,
    });
    expect(formats.find((f) => f.id === 'curl')).toMatchObject({ canImport: false, forRequest: true });
    expect(formats.find((f) => f.id === 'cookie-header')).toMatchObject({ canImport: true, canExport: true, forRequest: true });
  });

  it('serializes and parses back', () => {
    const { text, leftOut, count } = ok<Exported>(answer({ kind: 'serialize', format: 'netscape', cookies: [theme], options: { nowSeconds: NOW } }));
    expect(leftOut).toEqual([]);
    expect(count).toBe(1);
    expect(text).toContain('.example.test\tTRUE\t/\tFALSE\t1900000000\ttheme\tdark');
    const parsed = answer({ kind: 'parse', text, format: null, options: OPTIONS });
    expect(parsed).toEqual({ ok: true, result: { format: 'netscape', cookies: [theme], issues: [] } });
  });

  it('says which cookies a format leaves out, and why', () => {
    const tabbed = { ...theme, name: 'tabbed', value: 'a\tb' };
    const semi = { ...theme, name: 'semi', path: '/a;b' };
    const netscape = ok<Exported>(answer({ kind: 'serialize', format: 'netscape', cookies: [theme, tabbed, semi], options: { nowSeconds: NOW } }));
    expect(netscape.leftOut).toEqual([{ name: 'tabbed', domain: '.example.test', path: '/', field: 'value', char: 'tab' }]);
    expect(netscape.text).not.toContain('tabbed');
    expect(netscape.text).toContain('semi');
    // A request export leaves out only among the cookies the request carries.
    const curl = ok<Exported>(answer({ kind: 'serialize', format: 'curl', cookies: [theme, tabbed, semi], options: { nowSeconds: NOW, requestUrl: 'https://shop.example.test/a;b' } }));
    expect(curl.leftOut).toEqual([{ name: 'semi', domain: '.example.test', path: '/a;b', field: 'path', char: 'semicolon' }]);
    expect(curl.count).toBe(2);
    expect(curl.text).toBe("curl --globoff -H 'Cookie: theme=dark; tabbed=a\tb' 'https://shop.example.test/a;b'\n");
    const elsewhere = ok<Exported>(answer({ kind: 'serialize', format: 'cookie-header', cookies: [theme, tabbed, semi], options: { nowSeconds: NOW, requestUrl: 'https://other.test/' } }));
    expect(elsewhere).toEqual({ text: 'Cookie: \n', leftOut: [], count: 0 });
    const json = ok<Exported>(answer({ kind: 'serialize', format: 'crumb-json', cookies: [theme, tabbed, semi], options: { nowSeconds: NOW } }));
    expect(json.leftOut).toEqual([]);
  });

  it('explains what it cannot read instead of failing', () => {
    const parsed = ok<{ format: string | null; issues: unknown[] }>(
      answer({ kind: 'parse', text: '[{"name": "a", "domain": ', format: null, options: OPTIONS }),
    );
    expect(parsed.issues.length).toBeGreaterThan(0);
    expect(answer({ kind: 'serialize', format: 'cookie-header', cookies: [theme], options: { nowSeconds: NOW } })).toEqual({
      ok: false,
      problem: { key: 'transferFormatsFailed', args: ['This export needs a request URL'] },
    });
  });
});
