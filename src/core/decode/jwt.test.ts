import { describe, expect, it } from 'vitest';
import { english } from '../translate';
import { decodeJwt, encodeJwt } from './jwt';

const NOW = 1_800_000_000;

function segment(json: string): string {
  return Buffer.from(json).toString('base64url');
}

const HEADER = '{"alg":"HS256","typ":"JWT"}';

function token(payload: string, signature = 'c2lnbmF0dXJl_-x'): string {
  return `${segment(HEADER)}.${segment(payload)}.${signature}`;
}

describe('decodeJwt', () => {
  it('pretty-prints header and payload and keeps the signature', () => {
    const layer = decodeJwt(token('{"sub":"42","admin":false}'), NOW, english);
    expect(layer).toMatchObject({
      decoded: '{\n  "sub": "42",\n  "admin": false\n}',
      header: '{\n  "alg": "HS256",\n  "typ": "JWT"\n}',
      headerSegment: segment(HEADER),
      signature: 'c2lnbmF0dXJl_-x',
      payloadCompact: true,
      claims: [],
    });
  });

  it('shows exp, iat and nbf as dates with relative words', () => {
    const payload = JSON.stringify({ exp: NOW + 12 * 60, iat: NOW - 3 * 3600, nbf: NOW + 300 });
    expect(decodeJwt(token(payload), NOW, english)?.claims).toEqual([
      { claim: 'exp', seconds: NOW + 720, iso: '2027-01-15T08:12:00Z', relative: 'expires in 12 min' },
      { claim: 'iat', seconds: NOW - 10800, iso: '2027-01-15T05:00:00Z', relative: 'issued 3 h ago' },
      { claim: 'nbf', seconds: NOW + 300, iso: '2027-01-15T08:05:00Z', relative: 'valid in 5 min' },
    ]);
    const old = JSON.stringify({ exp: NOW - 3 * 3600, iat: NOW + 60, nbf: NOW - 2 * 86400 });
    expect(decodeJwt(token(old), NOW, english)?.claims.map((c) => c.relative)).toEqual([
      'expired 3 h ago', 'issued 1 min in the future', 'valid since 2 days ago',
    ]);
  });

  it('skips time claims that are not usable numbers', () => {
    expect(decodeJwt(token('{"exp":"soon","iat":1e300}'), NOW, english)?.claims).toEqual([]);
  });

  it('accepts an unsigned token (alg none, empty signature)', () => {
    expect(decodeJwt(`${segment('{"alg":"none"}')}.${segment('{"a":1}')}.`, NOW, english)?.signature).toBe('');
  });

  it('does not apply to other dotted values', () => {
    expect(decodeJwt('a.b.c', NOW, english)).toBeNull();
    expect(decodeJwt(`${segment(HEADER)}.${segment('{"a":1}')}`, NOW, english)).toBeNull();
    expect(decodeJwt(`${segment('not json')}.${segment('{"a":1}')}.sig`, NOW, english)).toBeNull();
    expect(decodeJwt(token('[1,2]'), NOW, english)).toBeNull();
    expect(decodeJwt('www.example.test', NOW, english)).toBeNull();
  });
});

describe('encodeJwt', () => {
  it('re-encodes an edited payload, keeping header and signature and saying the signature is stale', () => {
    const layer = decodeJwt(token('{"sub":"42","admin":false}'), NOW, english)!;
    const result = encodeJwt(layer, '{\n  "sub": "42",\n  "admin": true\n}', english);
    expect(result).toEqual({
      ok: true, value: token('{"sub":"42","admin":true}'), note: 'The signature was kept from the original token and no longer matches the edited payload: a server that checks it will reject this token.',
    });
  });

  it('adds no note for an unsigned token', () => {
    const layer = decodeJwt(`${segment('{"alg":"none"}')}.${segment('{"a":1}')}.`, NOW, english)!;
    expect(encodeJwt(layer, '{"a":2}', english)).toEqual({ ok: true, value: `${segment('{"alg":"none"}')}.${segment('{"a":2}')}.` });
  });

  it('refuses a payload that is not a JSON object', () => {
    const layer = decodeJwt(token('{"a":1}'), NOW, english)!;
    expect(encodeJwt(layer, '[1]', english)).toEqual({ ok: false, message: 'The JWT payload must be a JSON object ({ … }).' });
    expect(encodeJwt(layer, '{', english).ok).toBe(false);
  });
});
