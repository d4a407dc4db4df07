import { describe, expect, it } from 'vitest';
import { english, type Translate } from './translate';
import { counted, say, words } from './words';

describe('say', () => {
  it('fills a message with its arguments, saying nested words first', () => {
    const said = words('parse_site_missing', words('parse_site_why_header'));
    expect(say(said, english, 'en')).toBe('Choose the site these cookies belong to: a Cookie header does not say which site its cookies are for');
  });

  it('hands numbers to the translator as numbers, so it writes them the reader\'s way', () => {
    const seen: (string | number)[][] = [];
    const t: Translate = (key, ...args) => {
      seen.push(args);
      return english(key, ...args);
    };
    say(words('parse_place_column', 1234, 5), t, 'en');
    expect(seen).toEqual([[1234, 5]]);
  });

  it('takes the singular or the plural as the language counts', () => {
    const more = (n: number) => counted('parse_more', n);
    expect(say(more(1), english, 'en')).toBe('1 more problem is not listed');
    expect(say(more(2), english, 'en')).toBe('2 more problems are not listed');
    // French says 0 and 1 in the singular, and so its "one" form is asked for.
    const keys: string[] = [];
    const t: Translate = (key, ...args) => {
      keys.push(key);
      return english(key, ...args);
    };
    say(more(0), t, 'fr');
    say(more(0), t, 'en');
    expect(keys).toEqual(['parse_more_one', 'parse_more']);
  });

  it('is plain data that survives structured cloning, as across postMessage', () => {
    const said = counted('parse_recovered', 3);
    expect(say(structuredClone(said), english, 'en')).toBe('read the 3 complete items found');
  });
});
