/**
 * Shared by the format tests: arbitraries for cookies limited to what a format can
 * carry, arbitrary junk to feed the parsers, and the shape every parsed cookie must have.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Cookie, PartitionKey, SameSite } from '../../src/core/cookie';
import { sayIssue } from '../../src/core/formats/issue-words';
import type { ParseIssue, ParseOptions, ParseResult } from '../../src/core/formats/types';
import { english } from '../../src/core/translate';

export const NOW = 1_800_000_000;
/**
 * Time allowed for the 10 MB and 5,000-line cases. Linear parsing takes well under a
 * second; quadratic work on these sizes takes minutes, so this catches that without
 * failing on a busy machine.
 */
export const LARGE_INPUT_TIMEOUT_MS = 20_000;
export const STORE = 'store-7';
const SITE = 'https://shop.example.test/account/settings';
export const OPTS: ParseOptions = { storeId: STORE, nowSeconds: NOW, siteUrl: SITE };

const chars = (s: string): string[] => [...s];
const LOWER_ALNUM = chars('abcdefghijklmnopqrstuvwxyz0123456789');
/** RFC 7230 token characters: what a cookie name may be made of in every format. */
const TOKEN = chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~");
/** Printable ASCII but ";", plus some non-ASCII: what browsers accept in a value. */
const HEADER_VALUE = [...chars(' !"#$%&\'()*+,-./0123456789:<=>?@ABCXYZ[\\]^_`abcxyz{|}~'), 'é', 'ü', '日', '🍪'];

const hostArb = fc
  .tuple(fc.array(fc.string({ unit: fc.constantFrom(...LOWER_ALNUM), minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('test', 'example', 'com'))
  .map(([labels, tld]) => [...labels, tld].join('.'));

export const tokenArb = fc.string({ unit: fc.constantFrom(...TOKEN), minLength: 1, maxLength: 12 });
export const headerValueArb = fc.string({ unit: fc.constantFrom(...HEADER_VALUE), maxLength: 20 }).map((s) => s.trim());
/** Any text at all, for formats that escape everything (JSON). */
export const anyTextArb = fc.string({ unit: 'binary', maxLength: 20 });
const pathArb = fc
  .array(fc.string({ unit: fc.constantFrom(...chars('abcXYZ019-._~')), minLength: 1, maxLength: 6 }), { maxLength: 3 })
  .map((segments) => `/${segments.join('/')}`);
/** Whole seconds up to year 9999, what text formats write. */
export const wholeSecondsArb = fc.integer({ min: 1, max: 253_402_300_799 });
/** Fractional seconds, as Chrome reports them. */
export const fractionalSecondsArb = fc.double({ min: 1, max: 1e11, noNaN: true, noDefaultInfinity: true });
export const partitionKeyArb: fc.Arbitrary<PartitionKey> = fc.record(
  { topLevelSite: hostArb.map((h) => `https://${h}`), hasCrossSiteAncestor: fc.boolean() },
  { requiredKeys: ['topLevelSite'] },
);
const ALL_SAME_SITE: readonly SameSite[] = ['no_restriction', 'lax', 'strict', 'unspecified'];

export interface CookieShape {
  name: fc.Arbitrary<string>;
  value: fc.Arbitrary<string>;
  path: fc.Arbitrary<string>;
  sameSite: readonly SameSite[];
  expiry: fc.Arbitrary<number>;
  storeId: fc.Arbitrary<string>;
  partitionKey: fc.Arbitrary<PartitionKey | undefined>;
  firstPartyDomain: fc.Arbitrary<string | undefined>;
}

const DEFAULT_SHAPE: CookieShape = {
  name: tokenArb,
  value: headerValueArb,
  path: pathArb,
  sameSite: ALL_SAME_SITE,
  expiry: wholeSecondsArb,
  storeId: fc.constant(STORE),
  partitionKey: fc.constant(undefined),
  firstPartyDomain: fc.constant(undefined),
};

/** A cookie in canonical form (leading dot iff not host-only) with only what the shape allows. */
export function cookieArb(shape: Partial<CookieShape> = {}): fc.Arbitrary<Cookie> {
  const s = { ...DEFAULT_SHAPE, ...shape };
  return fc
    .record({
      name: s.name,
      value: s.value,
      host: hostArb,
      hostOnly: fc.boolean(),
      path: s.path,
      secure: fc.boolean(),
      httpOnly: fc.boolean(),
      sameSite: fc.constantFrom(...s.sameSite),
      expiry: fc.option(s.expiry, { nil: undefined }),
      storeId: s.storeId,
      partitionKey: s.partitionKey,
      firstPartyDomain: s.firstPartyDomain,
    })
    .map((r) => {
      const cookie: Cookie = {
        name: r.name,
        value: r.value,
        domain: r.hostOnly ? r.host : `.${r.host}`,
        hostOnly: r.hostOnly,
        path: r.path,
        secure: r.secure,
        httpOnly: r.httpOnly,
        sameSite: r.sameSite,
        session: r.expiry === undefined,
        storeId: r.storeId,
      };
      if (r.expiry !== undefined) cookie.expirationDate = r.expiry;
      if (r.partitionKey) cookie.partitionKey = r.partitionKey;
      if (r.firstPartyDomain !== undefined) cookie.firstPartyDomain = r.firstPartyDomain;
      return cookie;
    });
}

export const cookiesArb = (shape: Partial<CookieShape> = {}): fc.Arbitrary<Cookie[]> =>
  fc.array(cookieArb(shape), { maxLength: 6 });

const COOKIE_KEYS = [
  'name', 'value', 'domain', 'hostOnly', 'path', 'secure', 'httpOnly', 'sameSite', 'session', 'expirationDate',
  'expires', 'storeId', 'partitionKey', 'firstPartyDomain', 'id', 'url', '_crHasCrossSiteAncestor',
];

/** Objects with the right keys and random values: the "wrong types" case. */
const cookieLikeArb = fc.dictionary(fc.constantFrom(...COOKIE_KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 10 });

/** Text no parser should throw on: any strings, any JSON, cookie-shaped JSON with wrong types. */
export const junkArb: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.array(cookieLikeArb, { maxLength: 5 }).map((list) => JSON.stringify(list)),
  fc.record({ format: fc.constant('crumb'), version: fc.jsonValue(), cookies: fc.array(cookieLikeArb, { maxLength: 4 }) }).map((o) => JSON.stringify(o)),
  fc.array(fc.string({ unit: fc.constantFrom('\t', 'TRUE', 'FALSE', '#HttpOnly_', 'a', '.', '0', '\n', ';', '=', ' ', '\r') }), { maxLength: 8 }).map((parts) => parts.join('')),
);

/** What "structurally valid" means for every parsed cookie. */
export function expectWellFormed(result: ParseResult): void {
  expect(Array.isArray(result.cookies)).toBe(true);
  expect(Array.isArray(result.issues)).toBe(true);
  for (const cookie of result.cookies) {
    expect(typeof cookie.name).toBe('string');
    expect(typeof cookie.value).toBe('string');
    expect(cookie.domain.startsWith('.')).toBe(!cookie.hostOnly);
    expect(cookie.domain.replace(/^\./, '')).not.toBe('');
    expect(cookie.domain.startsWith('..')).toBe(false);
    expect(cookie.path).not.toBe('');
    expect(ALL_SAME_SITE).toContain(cookie.sameSite);
    expect(cookie.session).toBe(cookie.expirationDate === undefined);
    if (cookie.expirationDate !== undefined) expect(Number.isFinite(cookie.expirationDate)).toBe(true);
  }
  for (const { where, message } of inEnglish(result.issues)) {
    expect(where).not.toBe('');
    expect(message).not.toBe('');
  }
}

/** The issues as the page shows them in English, so a test reads what the user reads. */
export function inEnglish(issues: ParseIssue[]): { where: string; message: string }[] {
  return issues.map((issue) => sayIssue(issue, english, 'en'));
}

/** A truncated copy is read without throwing and gives back a prefix of what was written, nothing invented. */
export function truncationArb(cookies: fc.Arbitrary<Cookie[]>, serialize: (c: Cookie[]) => string): fc.Arbitrary<{ cookies: Cookie[]; cut: string }> {
  return cookies.chain((list) => {
    const text = serialize(list);
    return fc.nat({ max: text.length }).map((at) => ({ cookies: list, cut: text.slice(0, at) }));
  });
}
