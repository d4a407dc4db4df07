import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cookie, SameSite } from './cookie';
import { validateCookie, type Finding, type RuleContext } from './rules';

const now = 1_700_000_000;
const ctx: RuleContext = { nowSeconds: now, siteHost: 'shop.example.test' };
const base: Cookie = {
  name: 'sid', value: 'abc123', domain: '.example.test', hostOnly: false, path: '/', secure: true,
  httpOnly: true, sameSite: 'lax', session: true, storeId: '0',
};

function check(changes: Partial<Cookie>, context: RuleContext = ctx): Finding[] {
  return validateCookie({ ...base, ...changes }, context);
}

function codes(changes: Partial<Cookie>, context: RuleContext = ctx): string[] {
  return check(changes, context).map((f) => f.code);
}

/** The only finding for a change, so each test proves which rule fired and nothing else did. */
function only(changes: Partial<Cookie>, context: RuleContext = ctx): Finding {
  const findings = check(changes, context);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('a well-formed cookie', () => {
  it('has no findings', () => {
    expect(check({})).toEqual([]);
    expect(check({ domain: 'shop.example.test', hostOnly: true, path: '/a/b', secure: false })).toEqual([]);
  });
});

describe('name', () => {
  it('may be empty when the value has no "="', () => {
    expect(check({ name: '', value: 'token' })).toEqual([]);
  });
  it('may not be empty when the value has "="', () => {
    expect(only({ name: '', value: 'a=b' })).toEqual({
      field: 'name', severity: 'error', code: 'name-empty-value-has-equals',
      message: "Name may be empty only if Value contains no '=' (the part before '=' would be read as the name)",
    });
  });
  it('may not be empty together with the value', () => {
    expect(only({ name: '', value: '' })).toMatchObject({ field: 'name', code: 'name-and-value-empty' });
  });
  it('rejects separators, whitespace and control characters, naming the character and position', () => {
    expect(only({ name: 'a;b' }).message)
      .toBe("Name must not contain ';', ',', '=', spaces or control characters (found ';' at position 2)");
    expect(only({ name: 'my id' }).message).toContain('found a space at position 3');
    expect(only({ name: 'a,b' }).message).toContain("found ',' at position 2");
    expect(only({ name: 'a=b' }).message).toContain("found '=' at position 2");
    expect(only({ name: 'x\ty' }).message).toContain('found a tab at position 2');
    expect(only({ name: 'x\u007f' }).message).toContain('found control character U+007F at position 2');
    expect(only({ name: 'x\u0001' }).message).toContain('found control character U+0001 at position 2');
    expect(only({ name: 'ab\u00a0' }).message).toContain('found a space character (U+00A0) at position 3');
    expect(only({ name: 'a;b' }).field).toBe('name');
  });
  it('accepts other printable characters', () => {
    expect(check({ name: 'a-b_c.d!#$%&\'*+^`|~' })).toEqual([]);
  });
});

describe('value', () => {
  it('accepts cookie-octets, an empty value and one surrounding pair of quotes', () => {
    expect(check({ value: '' })).toEqual([]);
    expect(check({ value: 'a!#$%&\'()*+-./:<=>?@[]^_`{|}~' })).toEqual([]);
    expect(check({ value: '"quoted"' })).toEqual([]);
    expect(check({ value: '""' })).toEqual([]);
  });
  it('rejects forbidden characters with their position', () => {
    expect(only({ value: 'a;b' })).toEqual({
      field: 'value', severity: 'error', code: 'value-invalid-char',
      message: "Value must not contain spaces, '\"', ',', ';', '\\' or control characters (found ';' at position 2); encode them, e.g. with URL encoding",
    });
    expect(only({ value: 'a b' }).message).toContain('found a space at position 2');
    expect(only({ value: 'a,b' }).message).toContain("found ',' at position 2");
    expect(only({ value: 'a\\b' }).message).toContain("found '\\' at position 2");
    expect(only({ value: 'ab\u0000' }).message).toContain('found control character U+0000 at position 3');
  });
  it('rejects quotes that are not one surrounding pair, counting the opening quote', () => {
    expect(only({ value: '"ab' }).message).toContain(`found '"' at position 1`);
    expect(only({ value: '"' }).message).toContain(`found '"' at position 1`);
    expect(only({ value: 'a"b' }).message).toContain(`found '"' at position 2`);
    expect(only({ value: '"a"b"' }).message).toContain(`found '"' at position 3`);
    expect(only({ value: '"a b"' }).message).toContain('found a space at position 3');
  });
  it('warns about non-ASCII characters', () => {
    expect(only({ value: 'caf\u00e9' })).toMatchObject({
      field: 'value', severity: 'warning', code: 'value-non-ascii',
    });
    expect(only({ value: 'caf\u00e9' }).message).toContain("found '\u00e9' at position 4");
  });
  it('rejects a nameless cookie whose value poses as a prefixed name', () => {
    expect(only({ name: '', value: '__Host-x' })).toMatchObject({ field: 'value', code: 'value-looks-prefixed' });
    expect(only({ name: '', value: '__secure-x' }).code).toBe('value-looks-prefixed');
    expect(check({ name: 'n', value: '__Host-x' })).toEqual([]);
  });
});

describe('size', () => {
  it('accepts name and value up to 4096 UTF-8 bytes', () => {
    expect(check({ name: 'n', value: 'x'.repeat(4095) })).toEqual([]);
  });
  it('rejects more than 4096 bytes, counting UTF-8 bytes', () => {
    expect(only({ name: 'n', value: 'x'.repeat(4096) })).toEqual({
      field: 'value', severity: 'error', code: 'size-too-large',
      message: 'Name and Value together take 4097 bytes; browsers accept at most 4096',
    });
    const twoByte = check({ name: 'n', value: '\u00e9'.repeat(2048) });
    expect(twoByte.map((f) => f.code)).toEqual(['value-non-ascii', 'size-too-large']);
    expect(twoByte[1]!.message).toContain('4097 bytes');
  });
});

describe('prefixes', () => {
  it('accepts __Secure- cookies that are Secure', () => {
    expect(check({ name: '__Secure-id' })).toEqual([]);
  });
  it('rejects __Secure- cookies that are not Secure, in any letter case', () => {
    expect(only({ name: '__Secure-id', secure: false })).toEqual({
      field: 'name', severity: 'error', code: 'prefix-secure', message: '__Secure- cookies must be Secure',
    });
    expect(only({ name: '__SECURE-id', secure: false }).code).toBe('prefix-secure');
  });
  it('accepts __Host- cookies that are Secure, host-only and at Path=/', () => {
    expect(check({ name: '__Host-id', domain: 'shop.example.test', hostOnly: true })).toEqual([]);
  });
  it('rejects __Host- cookies missing any requirement and says what to change', () => {
    const hostOnly = { domain: 'shop.example.test', hostOnly: true };
    expect(only({ name: '__Host-id' })).toEqual({
      field: 'name', severity: 'error', code: 'prefix-host',
      message: '__Host- cookies must be Secure, have Path=/ and no Domain (turn on Host-only)',
    });
    expect(only({ name: '__host-id', ...hostOnly, path: '/a' }).message).toContain('(set Path to /)');
    expect(only({ name: '__HOST-id', ...hostOnly, secure: false }).message).toContain('(turn on Secure)');
    expect(only({ name: '__Host-id', secure: false, path: '/a' }).message)
      .toContain('(turn on Secure, set Path to /, turn on Host-only)');
  });
});

describe('SameSite', () => {
  it('accepts SameSite=None with Secure', () => {
    expect(check({ sameSite: 'no_restriction' })).toEqual([]);
  });
  it('rejects SameSite=None without Secure', () => {
    expect(only({ sameSite: 'no_restriction', secure: false })).toEqual({
      field: 'sameSite', severity: 'error', code: 'samesite-none-insecure', message: 'SameSite=None requires Secure',
    });
  });
});

describe('partitioned', () => {
  it('accepts a Secure cookie partitioned under an https site', () => {
    expect(check({ partitionKey: { topLevelSite: 'https://top.test' } })).toEqual([]);
    expect(check({ partitionKey: { topLevelSite: 'https://example.co.uk', hasCrossSiteAncestor: true } })).toEqual([]);
  });
  it('rejects a partitioned cookie that is not Secure', () => {
    expect(only({ secure: false, partitionKey: { topLevelSite: 'https://top.test' } })).toEqual({
      field: 'partitioned', severity: 'error', code: 'partitioned-insecure', message: 'Partitioned cookies must be Secure',
    });
  });
  it('rejects an empty top-level site', () => {
    expect(only({ partitionKey: { topLevelSite: ' ' } })).toMatchObject({
      field: 'topLevelSite', severity: 'error', code: 'top-level-site-empty',
    });
  });
  it('rejects a top-level site that is not https://<registrable domain>, suggesting one', () => {
    const invalid = (topLevelSite: string) => only({ partitionKey: { topLevelSite } });
    expect(invalid('https://shop.top.test')).toEqual({
      field: 'topLevelSite', severity: 'error', code: 'top-level-site-invalid',
      message: 'Top-level site must be https:// followed by a registrable domain only, e.g. https://example.test; did you mean https://top.test?',
    });
    expect(invalid('http://top.test').message).toContain('did you mean https://top.test?');
    expect(invalid('https://top.test/').message).toContain('did you mean https://top.test?');
    expect(invalid('https://top.test:8443').message).toContain('did you mean https://top.test?');
    expect(invalid('top.test').message).not.toContain('did you mean');
    expect(invalid('https://co.uk').code).toBe('top-level-site-invalid');
  });
});

describe('domain', () => {
  it('accepts the site, its subdomains, with or without a leading dot, in any case', () => {
    for (const domain of ['example.test', '.example.test', 'shop.example.test', 'a.b.example.test', 'EXAMPLE.test']) {
      expect(check({ domain }), domain).toEqual([]);
    }
  });
  it('rejects an empty domain', () => {
    expect(only({ domain: '' })).toEqual({
      field: 'domain', severity: 'error', code: 'domain-empty', message: 'Domain must not be empty',
    });
    expect(only({ domain: '.' }).code).toBe('domain-empty');
  });
  it('rejects characters that cannot be in a host name, hinting at the xn-- form', () => {
    expect(only({ domain: 'exa mple.test' }).message)
      .toBe("Domain may contain only letters, digits, '-', '_' and '.' (found a space at position 4)");
    expect(only({ domain: ' .exa mple.test' }).message).toContain('found a space at position 6');
    expect(only({ domain: 'b\u00fccher.example.test' }).message)
      .toBe("Domain may contain only letters, digits, '-', '_' and '.' (found '\u00fc' at position 2); write international names in their xn-- form: xn--bcher-kva.example.test");
    expect(only({ domain: 'shop/x.example.test' }).code).toBe('domain-invalid-char');
  });
  it('rejects a port, which a hex-looking host once passed off as an IPv6 address', () => {
    expect(only({ domain: 'cafe.de:8080' }, { nowSeconds: now })).toEqual({
      field: 'domain', severity: 'error', code: 'domain-port',
      message: 'Domain must not contain a port: a cookie goes to every port of its host; use cafe.de',
    });
    expect(only({ domain: '.shop.example.test:443' }).message).toContain('use shop.example.test');
    expect(only({ domain: 'example.test:' }).code).toBe('domain-port');
    expect(only({ domain: '[::1]:8080', hostOnly: true }, { nowSeconds: now }).message).toContain('use [::1]');
    expect(check({ domain: '[::1]', hostOnly: true }, { nowSeconds: now, siteHost: '[::1]' })).toEqual([]);
  });
  it('refuses a trailing dot, naming the domain to use instead', () => {
    expect(only({ domain: 'example.test.' })).toEqual({
      field: 'domain', severity: 'error', code: 'domain-trailing-dot',
      message: "Domain must not end with '.': browsers keep such a cookie apart and this list would not show it; use example.test",
    });
    expect(only({ domain: '.Shop.Example.Test. ' }).message).toContain('use shop.example.test');
    expect(only({ domain: 'example.test..' }).message).toContain('use example.test');
  });
  it('rejects empty parts and overlong parts or names', () => {
    expect(only({ domain: 'a..example.test' }).code).toBe('domain-empty-label');
    expect(only({ domain: `${'a'.repeat(64)}.example.test` }).code).toBe('domain-label-too-long');
    expect(check({ domain: `${'a'.repeat(63)}.example.test` })).toEqual([]);
    const long = `${Array.from({ length: 5 }, () => 'a'.repeat(50)).join('.')}.example.test`;
    expect(only({ domain: long }).code).toBe('domain-too-long');
  });
  it('rejects a public suffix unless it is the host-only cookie of that very host', () => {
    expect(only({ domain: '.test' }, { nowSeconds: now })).toEqual({
      field: 'domain', severity: 'error', code: 'domain-public-suffix',
      message: 'Domain test is a public suffix shared by many sites; a cookie for it is allowed only as a Host-only cookie of the host test itself',
    });
    expect(only({ domain: 'github.io' }, { nowSeconds: now }).code).toBe('domain-public-suffix');
    expect(only({ domain: 'co.uk', hostOnly: true }, { nowSeconds: now, siteHost: 'shop.co.uk' }).code)
      .toBe('domain-public-suffix');
    expect(check({ domain: 'github.io', hostOnly: true }, { nowSeconds: now, siteHost: 'github.io' })).toEqual([]);
    expect(check({ domain: 'github.io', hostOnly: true }, { nowSeconds: now })).toEqual([]);
  });
  it('rejects domains outside the tab\'s site and names the site', () => {
    expect(only({ domain: 'other.test' })).toEqual({
      field: 'domain', severity: 'error', code: 'domain-other-site',
      message: "Domain other.test is not part of this tab's site example.test; use example.test or one of its subdomains",
    });
    expect(only({ domain: 'badexample.test' }).code).toBe('domain-other-site');
    expect(check({ domain: 'other.test' }, { nowSeconds: now })).toEqual([]);
  });
  it('treats IP addresses and localhost as their own site', () => {
    expect(check({ domain: '127.0.0.1', hostOnly: true }, { nowSeconds: now, siteHost: '127.0.0.1' })).toEqual([]);
    expect(only({ domain: '127.0.0.2', hostOnly: true }, { nowSeconds: now, siteHost: '127.0.0.1' }).code)
      .toBe('domain-other-site');
    expect(check({ domain: 'localhost', hostOnly: true }, { nowSeconds: now, siteHost: 'localhost' })).toEqual([]);
  });
});

describe('path', () => {
  it('accepts absolute paths', () => {
    expect(check({ path: '/a/b c/%20' })).toEqual([]);
  });
  it('must start with "/"', () => {
    expect(only({ path: 'a' })).toEqual({
      field: 'path', severity: 'error', code: 'path-not-absolute', message: "Path must start with '/'",
    });
    expect(only({ path: '' }).code).toBe('path-not-absolute');
  });
  it('rejects ";" and control characters', () => {
    expect(only({ path: '/a;b' }).message).toBe("Path must not contain ';' or control characters (found ';' at position 3)");
    expect(only({ path: '/a\nb' }).message).toContain('found control character U+000A at position 3');
  });
  it('rejects paths longer than 1024 bytes', () => {
    expect(check({ path: `/${'a'.repeat(1023)}` })).toEqual([]);
    expect(only({ path: `/${'a'.repeat(1024)}` }).code).toBe('path-too-long');
  });
});

describe('expires', () => {
  const expiring = (expirationDate: number) => ({ session: false, expirationDate });
  it('accepts session cookies and future dates within 400 days', () => {
    expect(check({ session: true, expirationDate: now - 100 })).toEqual([]);
    expect(check(expiring(now + 1))).toEqual([]);
    expect(check(expiring(now + 400 * 86_400))).toEqual([]);
  });
  it('asks for confirmation before a past date deletes the cookie', () => {
    expect(only(expiring(now))).toEqual({
      field: 'expires', severity: 'confirm', code: 'expiry-past',
      message: 'Expires is in the past: saving will delete the cookie',
    });
    expect(only(expiring(now - 1)).code).toBe('expiry-past');
    expect(only(expiring(now - 1), { ...ctx, creating: false }).code).toBe('expiry-past');
  });
  it('refuses a past date for a new cookie: there is nothing to delete and nothing would be stored', () => {
    expect(only(expiring(now - 1), { ...ctx, creating: true })).toEqual({
      field: 'expires', severity: 'error', code: 'expiry-past-new',
      message: 'Expires is in the past: the browser stores nothing for a new cookie that has already expired; choose a later date or turn on Session',
    });
    expect(only(expiring(now), { ...ctx, creating: true }).severity).toBe('error');
    expect(check(expiring(now + 1), { ...ctx, creating: true })).toEqual([]);
    expect(check({ session: true, expirationDate: now - 1 }, { ...ctx, creating: true })).toEqual([]);
  });
  it('warns that browsers cap expiry at 400 days', () => {
    expect(only(expiring(now + 400 * 86_400 + 1))).toEqual({
      field: 'expires', severity: 'warning', code: 'expiry-over-cap',
      message: 'Expires is more than 400 days away; browsers shorten it to 400 days',
    });
  });
  it('rejects a missing or non-finite date', () => {
    expect(only(expiring(Number.NaN))).toMatchObject({ field: 'expires', severity: 'error', code: 'expiry-invalid' });
    expect(only(expiring(Number.POSITIVE_INFINITY)).code).toBe('expiry-invalid');
    expect(only({ session: false }).code).toBe('expiry-invalid');
  });
});

describe('cookie store', () => {
  it('must be chosen', () => {
    expect(only({ storeId: '' })).toEqual({
      field: 'storeId', severity: 'error', code: 'store-empty', message: 'Cookie store must be chosen',
    });
    expect(check({ storeId: 'firefox-container-1' })).toEqual([]);
  });
});

describe('several findings', () => {
  it('come in the editor\'s field order', () => {
    expect(codes({ name: 'a b', value: 'x;', domain: 'other.test', path: 'p', sameSite: 'no_restriction', secure: false }))
      .toEqual(['name-invalid-char', 'value-invalid-char', 'domain-other-site', 'path-not-absolute', 'samesite-none-insecure']);
  });
});

describe('generated valid cookies', () => {
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const tokenChar = fc.constantFrom(...'abcXYZ019!#$%&\'*+-.^_`|~'.split(''));
  const octet = fc.constantFrom(...'aZ9!#$%&\'()*+-./:<=>?@[]^_`{|}~'.split(''));
  const cookie = fc.record({
    prefix: fc.constantFrom('', '__Secure-', '__Host-', '__host-'),
    name: fc.string({ unit: tokenChar, minLength: 1, maxLength: 20 }),
    value: fc.string({ unit: octet, maxLength: 50 }),
    quoted: fc.boolean(),
    subdomains: fc.array(label, { maxLength: 3 }),
    leadingDot: fc.boolean(),
    hostOnly: fc.boolean(),
    path: fc.array(label, { maxLength: 3 }).map((parts) => `/${parts.join('/')}`),
    secure: fc.boolean(),
    httpOnly: fc.boolean(),
    sameSite: fc.constantFrom<SameSite>('no_restriction', 'lax', 'strict', 'unspecified'),
    lifetime: fc.option(fc.integer({ min: 1, max: 400 * 86_400 })),
    partitionSite: fc.option(label.map((l) => `https://${l}.test`)),
  }).map((g): Cookie => {
    const isHost = g.prefix.toLowerCase() === '__host-';
    const secure = g.secure || g.prefix !== '' || g.sameSite === 'no_restriction' || g.partitionSite !== null;
    const hostOnly = g.hostOnly || isHost;
    const host = [...g.subdomains, 'example', 'test'].join('.');
    const made: Cookie = {
      name: g.prefix + g.name,
      value: g.quoted ? `"${g.value}"` : g.value,
      domain: !hostOnly && g.leadingDot ? `.${host}` : host,
      hostOnly,
      path: isHost ? '/' : g.path,
      secure,
      httpOnly: g.httpOnly,
      sameSite: g.sameSite,
      session: g.lifetime === null,
      storeId: '0',
    };
    if (g.lifetime !== null) made.expirationDate = now + g.lifetime;
    if (g.partitionSite !== null) made.partitionKey = { topLevelSite: g.partitionSite };
    return made;
  });
  it('yield no findings at all', () => {
    fc.assert(fc.property(cookie, (c) => {
      expect(validateCookie(c, { nowSeconds: now, siteHost: 'www.example.test' })).toEqual([]);
    }));
  });
});
