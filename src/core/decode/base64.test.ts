import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, decodeBase64, encodeBase64 } from './base64';

describe('base64Encode / base64Decode', () => {
  it('agree with Node for any bytes, both alphabets, with and without padding', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
      const node = Buffer.from(bytes);
      expect(base64Encode(bytes, 'standard', true)).toBe(node.toString('base64'));
      expect(base64Encode(bytes, 'url', false)).toBe(node.toString('base64url'));
      for (const alphabet of ['standard', 'url'] as const) {
        for (const padded of [true, false]) {
          expect(base64Decode(base64Encode(bytes, alphabet, padded), alphabet)).toEqual(bytes);
        }
      }
    }));
  });

  it('refuses wrong lengths, wrong padding, the other alphabet and non-zero trailing bits', () => {
    expect(base64Decode('abcde', 'standard')).toBeNull();
    expect(base64Decode('YQ=', 'standard')).toBeNull();
    expect(base64Decode('YWJj=', 'standard')).toBeNull();
    expect(base64Decode('PDw_Pz8-Pg', 'standard')).toBeNull();
    expect(base64Decode('YR==', 'standard')).toBeNull();
    expect(base64Decode('YQ==', 'standard')).toEqual(new Uint8Array([0x61]));
  });
});

describe('decodeBase64', () => {
  it('decodes standard padded Base64 of text', () => {
    expect(decodeBase64('aGVsbG8gd29ybGQ=')).toEqual({
      kind: 'base64', encoded: 'aGVsbG8gd29ybGQ=', decoded: 'hello world', alphabet: 'standard', padded: true,
    });
  });

  it('tells the two alphabets apart by their own characters', () => {
    expect(decodeBase64('PDw/Pz8+Pg==')).toMatchObject({ decoded: '<<???>>', alphabet: 'standard', padded: true });
    expect(decodeBase64('PDw_Pz8-Pg')).toMatchObject({ decoded: '<<???>>', alphabet: 'url', padded: false });
  });

  it('decodes short values only when they are JSON', () => {
    expect(decodeBase64('e30=')).toMatchObject({ decoded: '{}' });
    expect(decodeBase64('en')).toBeNull();
    expect(decodeBase64('fr')).toBeNull();
  });

  it('ignores words, ids and binary that merely use the alphabet', () => {
    for (const raw of ['true', 'session', 'enabled', '550e8400-e29b-41d4-a716-446655440000', 'AAECAwQF', 'ab+c_d']) {
      expect(decodeBase64(raw)).toBeNull();
    }
  });

  it('re-encodes an edit in the same alphabet and padding', () => {
    const url = decodeBase64('PDw_Pz8-Pg')!;
    expect(encodeBase64(url, '<<???>>?')).toEqual({ ok: true, value: 'PDw_Pz8-Pj8' });
    const standard = decodeBase64('PDw/Pz8+Pg==')!;
    expect(encodeBase64(standard, '<<???>>?')).toEqual({ ok: true, value: 'PDw/Pz8+Pj8=' });
  });
});
