import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namePattern } from './name-pattern';

/** The meaning of `*` stated the slow, obvious way: a regular expression. */
function reference(pattern: string, name: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(name);
}

describe('namePattern', () => {
  it('matches a plain name exactly', () => {
    expect(namePattern('_ga')('_ga')).toBe(true);
    expect(namePattern('_ga')('_gat')).toBe(false);
    expect(namePattern('_ga')('')).toBe(false);
  });

  it('lets * stand for any run of characters, none included', () => {
    const ga = namePattern('_ga*');
    expect(ga('_ga')).toBe(true);
    expect(ga('_ga_XYZ')).toBe(true);
    expect(ga('x_ga')).toBe(false);
    expect(namePattern('*')('')).toBe(true);
    expect(namePattern('a*b*a')('aba')).toBe(true);
    expect(namePattern('a*b*a')('ab')).toBe(false);
    expect(namePattern('ab*ba')('aba')).toBe(false);
  });

  it('agrees with a regular expression on any pattern and name', () => {
    const letters = fc.constantFrom('a', 'b', '*', '.', '_');
    const text = fc.array(letters, { maxLength: 8 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (pattern, raw) => {
        const name = raw.replace(/\*/g, 'a');
        expect(namePattern(pattern)(name)).toBe(reference(pattern, name));
      }),
      { numRuns: 2000 },
    );
  });
});
