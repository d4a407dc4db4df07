import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSuspicious } from './lookalike';

const printableAscii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u{E0041}'];
const BIDIS = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C'];

describe('findSuspicious', () => {
  it('finds nothing in printable ASCII', () => {
    fc.assert(fc.property(printableAscii, (text) => findSuspicious(text).length === 0));
  });

  it('finds nothing in letters of other scripts that pass for no ASCII ("é", "ß", "日本", "ж")', () => {
    expect(findSuspicious('café straße 日本 ж')).toEqual([]);
  });

  it('finds an invisible or bidi character inserted anywhere, at its index, and only it', () => {
    fc.assert(
      fc.property(printableAscii, printableAscii, fc.constantFrom(...INVISIBLES, ...BIDIS), (before, after, char) => {
        const found = findSuspicious(before + char + after);
        expect(found).toEqual([
          expect.objectContaining({ index: before.length, char, kind: BIDIS.includes(char) ? 'bidi' : 'invisible' }),
        ]);
      }),
    );
  });

  it('names what a look-alike passes for: Cyrillic, Greek, fullwidth and mathematical letters', () => {
    expect(findSuspicious('sіd')).toEqual([{ index: 1, char: 'і', codePoint: 'U+0456', kind: 'lookalike', looksLike: 'i' }]);
    expect(findSuspicious('pаypal.com').map((f) => f.looksLike)).toEqual(['a']);
    expect(findSuspicious('Οk').map((f) => [f.codePoint, f.looksLike])).toEqual([['U+039F', 'O']]);
    expect(findSuspicious('ｓｉｄ').map((f) => f.looksLike)).toEqual(['s', 'i', 'd']);
    expect(findSuspicious('𝐬id')).toEqual([{ index: 0, char: '𝐬', codePoint: 'U+1D42C', kind: 'lookalike', looksLike: 's' }]);
  });

  it('gives indexes that point at the character found, in order', () => {
    const anything = fc.string({ unit: fc.oneof(fc.constantFrom(...INVISIBLES, ...BIDIS, 'а', 'ｓ', 'x', 'é'), fc.string({ unit: 'grapheme', maxLength: 1 })) });
    fc.assert(
      fc.property(anything, (text) => {
        const found = findSuspicious(text);
        found.forEach((f, i) => {
          expect(text.slice(f.index, f.index + f.char.length)).toBe(f.char);
          if (i > 0) expect(f.index).toBeGreaterThan(found[i - 1]!.index);
        });
      }),
    );
  });
});
