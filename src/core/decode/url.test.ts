import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrl, encodeUrl } from './url';
import type { UrlLayer } from './types';

function layer(raw: string): UrlLayer {
  const found = decodeUrl(raw);
  if (!found) throw new Error(`expected ${raw} to be URL-encoded`);
  return found;
}

function encoded(raw: string, edited: string): string {
  const result = encodeUrl(layer(raw), edited);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('decodeUrl', () => {
  it('decodes %XX sequences, UTF-8 included', () => {
    expect(layer('a%20b%3Bc').decoded).toBe('a b;c');
    expect(layer('caf%C3%A9').decoded).toBe('café');
  });

  it('leaves + alone, since Base64 values use it literally', () => {
    expect(layer('ab+c%3D%3D').decoded).toBe('ab+c==');
  });

  it('does not apply without a valid escape or when decoding changes nothing', () => {
    expect(decodeUrl('plain-value')).toBeNull();
    expect(decodeUrl('100%')).toBeNull();
    expect(decodeUrl('%zz')).toBeNull();
    expect(decodeUrl('%E0%A4%A')).toBeNull();
    expect(decodeUrl('%FF')).toBeNull();
  });

  it('remembers the hex case and which allowed characters were escaped', () => {
    expect(layer('a%2fb').upperHex).toBe(false);
    expect(layer('a%2Fb').upperHex).toBe(true);
    expect(layer('a%3A%20b').escapedChars).toBe(':');
  });
});

describe('encodeUrl', () => {
  it('escapes what a cookie value cannot hold, and % itself', () => {
    expect(encoded('a%20b', 'x y;z,"q"\\%')).toBe('x%20y%3Bz%2C%22q%22%5C%25');
    expect(encoded('a%20b', 'naïve')).toBe('na%C3%AFve');
  });

  it('follows the original style: hex case and escaped allowed characters', () => {
    expect(encoded('a%2fb%20c', 'x/y z')).toBe('x%2fy%20z');
    expect(encoded('a%3Ab%20c', 'x:y z')).toBe('x%3Ay%20z');
    expect(encoded('a:b%20c', 'x:y z')).toBe('x:y%20z');
  });

  it('gives back text that decodes to what was typed, in cookie-safe characters only', () => {
    const base = layer('a%20b');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const result = encodeUrl(base, text);
      expect(result.ok && decodeURIComponent(result.value)).toBe(text);
      expect(result.ok && /^[!#-+\--:<-[\]-~]*$/.test(result.value)).toBe(true);
    }));
  });
});
