import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_COOKIES, splitParts } from './store-stream';
import { siteEntry } from '../../tests/support/cookies';

const entry = (i: number) => siteEntry(`s${i % 7}.test`, `c${i}`, { domain: `s${i % 7}.test` });

describe('splitParts', () => {
  it('puts every cookie in exactly one part, the leading ones first, chunks no larger than the chunk size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * CHUNK_COOKIES + 3 }), fc.integer({ min: 0, max: 60 }), (count, leadingCount) => {
        const all = Array.from({ length: count }, (_, i) => entry(i));
        const leading = all.slice(0, Math.min(leadingCount, count)).reverse();
        const { first, chunks } = splitParts(leading, all);
        expect(first).toEqual(leading);
        expect(chunks.every((chunk) => chunk.length > 0 && chunk.length <= CHUNK_COOKIES)).toBe(true);
        const sent = [...first, ...chunks.flat()];
        expect(sent).toHaveLength(count);
        expect(new Set(sent).size).toBe(count);
      }),
    );
  });
});
