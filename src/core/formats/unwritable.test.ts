import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCookie } from '../../../tests/support/cookies';
import { FORMATS } from './index';
import { headerCannotCarry } from './header-text';
import { firstUnwritable, partitionWritable } from './unwritable';
import { NOW } from '../../../tests/support/formats';

describe('firstUnwritable', () => {
  it('names the first field, in field order, holding one of the characters', () => {
    const cookie = { name: 'n', value: 'a;b', domain: 'a.test', path: '/x\ny' };
    expect(firstUnwritable(cookie, ['semicolon', 'line-break'])).toEqual({ field: 'value', char: 'semicolon' });
    expect(firstUnwritable(cookie, ['line-break'])).toEqual({ field: 'path', char: 'line-break' });
    expect(firstUnwritable(cookie, ['tab'])).toBeNull();
    expect(firstUnwritable({ ...cookie, value: 'a\rb' }, ['line-break'], ['value'])).toEqual({ field: 'value', char: 'line-break' });
  });
});

describe('headerCannotCarry', () => {
  it('refuses ";" and line breaks anywhere, "=" in the name only', () => {
    const ok = { name: 'n', value: 'a=b c', domain: 'a.test', path: '/' };
    expect(headerCannotCarry(ok)).toBeNull();
    expect(headerCannotCarry({ ...ok, name: 'a=b' })).toEqual({ field: 'name', char: 'equals-sign' });
    expect(headerCannotCarry({ ...ok, domain: 'a.test\n' })).toEqual({ field: 'domain', char: 'line-break' });
  });
});

describe('partitionWritable', () => {
  it('keeps every cookie for a format that carries all', () => {
    const cookies = [testCookie({ value: 'a\tb;c' })];
    expect(partitionWritable(cookies, undefined)).toEqual({ writable: cookies, leftOut: [] });
  });

  it('leaves out exactly what each export format would drop, so an export never loses a cookie unseen', () => {
    const unit = fc.constantFrom('a', '=', ';', '\t', '\r', '\n', ' ');
    const text = fc.string({ unit, maxLength: 4 });
    const cookieArb = fc.record({ name: text, value: text }).map(({ name, value }) => testCookie({ name: `c${name}`, value }));
    fc.assert(fc.property(fc.array(cookieArb, { maxLength: 6 }), (cookies) => {
      for (const format of FORMATS.filter((f) => f.serialize)) {
        const { writable, leftOut } = partitionWritable(cookies, format.cannotCarry);
        expect(writable.length + leftOut.length).toBe(cookies.length);
        const write = (list: typeof cookies): string => format.serialize!(list, { nowSeconds: NOW, requestUrl: 'https://a.test/' });
        // The left-out ones are the ones the format drops: without them the text is the same...
        expect(write(writable)).toBe(write(cookies));
        // ...and it drops no other.
        for (const cookie of writable) expect(write([cookie])).not.toBe(write([]));
      }
    }), { numRuns: 50 });
  });
});
