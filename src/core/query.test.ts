import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import {
  compareCookies,
  compileQuery,
  cookieSize,
  formatQuery,
  parseQuery,
  refines,
  searchFieldsOf,
  SORT_COLUMNS,
  type Query,
  type QueryField,
  type SearchFields,
  type SortColumn,
  type SortDirection,
} from './query';

const cookie = (overrides: Partial<Cookie>): Cookie => ({
  name: 'sid', value: 'v', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
  sameSite: 'lax', session: true, storeId: '0', ...overrides,
});

const matchesQuery = (fields: SearchFields, query: Query) => compileQuery(query)(fields);
const matches = (c: Cookie, query: string) => matchesQuery(searchFieldsOf(c), parseQuery(query));
const sortCookies = (list: readonly Cookie[], column: SortColumn, direction: SortDirection) => [...list].sort(compareCookies(column, direction));

/** Every UTF-16 code unit, lone surrogates included: what a text box can hand over. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
/** Text made of the characters the syntax gives a meaning to, so the generator hits them often. */
const trickyText = fc.string({ unit: fc.constantFrom('"', '\\', ' ', '\t', ':', 'name', 'value', 'domain', 'NAME', 'x', 'é', '\u00a0') });

describe('parseQuery', () => {
  it('reads free text and prefixed terms, lower-cased', () => {
    expect(parseQuery('Foo name:SID domain:.Example.test value:abc')).toEqual({
      terms: [
        { field: null, text: 'foo' },
        { field: 'name', text: 'sid' },
        { field: 'domain', text: '.example.test' },
        { field: 'value', text: 'abc' },
      ],
    });
  });

  it('accepts prefixes in any case', () => {
    expect(parseQuery('NAME:a Value:b').terms).toEqual([
      { field: 'name', text: 'a' },
      { field: 'value', text: 'b' },
    ]);
  });

  it('keeps quoted phrases whole, with escaped quotes and backslashes', () => {
    expect(parseQuery('value:"a b" "c  d" name:"say \\"hi\\" \\\\ ok"').terms).toEqual([
      { field: 'value', text: 'a b' },
      { field: null, text: 'c  d' },
      { field: 'name', text: 'say "hi" \\ ok' },
    ]);
  });

  it('runs an unclosed quote to the end of the input', () => {
    expect(parseQuery('name:"a b').terms).toEqual([{ field: 'name', text: 'a b' }]);
  });

  it('treats unknown prefixes and URLs as free text', () => {
    expect(parseQuery('path:/app https://x.test').terms).toEqual([
      { field: null, text: 'path:/app' },
      { field: null, text: 'https://x.test' },
    ]);
  });

  it('takes a second prefix after the first as text', () => {
    expect(parseQuery('name:value:x').terms).toEqual([{ field: 'name', text: 'value:x' }]);
  });

  it('drops terms with nothing to look for', () => {
    expect(parseQuery('  name:  ""  value:"" ').terms).toEqual([]);
    expect(parseQuery('').terms).toEqual([]);
  });

  it('never throws, and its terms are never empty', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, trickyText), (input) => {
        const { terms } = parseQuery(input);
        expect(terms.every((term) => term.text.length > 0)).toBe(true);
      }),
    );
  });

  it('round-trips every query it produces through formatQuery', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, trickyText), (input) => {
        const query = parseQuery(input);
        expect(parseQuery(formatQuery(query))).toEqual(query);
      }),
    );
  });

  it('round-trips any lower-case terms through formatQuery', () => {
    const term = fc.record({
      field: fc.constantFrom<QueryField | null>(null, 'name', 'value', 'domain'),
      text: fc.oneof(anyText, trickyText).map((text) => text.toLowerCase()),
    });
    fc.assert(
      fc.property(fc.array(term), (terms) => {
        const query: Query = { terms: terms.filter((t) => t.text !== '' && t.text.toLowerCase() === t.text) };
        expect(parseQuery(formatQuery(query))).toEqual(query);
      }),
    );
  });

  it('formats readable text without needless quotes', () => {
    expect(formatQuery(parseQuery('name:sid  value:"a b" "name:x" foo'))).toBe('name:sid value:"a b" "name:x" foo');
  });
});

describe('matchesQuery', () => {
  const c = cookie({ name: 'Session_ID', value: 'Hello World', domain: '.Shop.example.test' });

  it('matches free text against name, value or domain, ignoring case', () => {
    expect(matches(c, 'session')).toBe(true);
    expect(matches(c, 'WORLD')).toBe(true);
    expect(matches(c, 'shop.EXAMPLE')).toBe(true);
    expect(matches(c, 'missing')).toBe(false);
  });

  it('limits a prefixed term to its field', () => {
    expect(matches(c, 'name:session')).toBe(true);
    expect(matches(c, 'value:session')).toBe(false);
    expect(matches(c, 'domain:hello')).toBe(false);
    expect(matches(c, 'value:hello')).toBe(true);
    expect(matches(c, 'domain:.shop')).toBe(true);
  });

  it('does not search the path with free text', () => {
    expect(matches(cookie({ path: '/checkout' }), 'checkout')).toBe(false);
  });

  it('requires every term (AND)', () => {
    expect(matches(c, 'name:session value:hello')).toBe(true);
    expect(matches(c, 'name:session value:bye')).toBe(false);
  });

  it('matches phrases with their spaces', () => {
    expect(matches(c, 'value:"hello world"')).toBe(true);
    expect(matches(c, 'value:"hello  world"')).toBe(false);
    expect(matches(c, 'hello world')).toBe(true);
  });

  it('matches everything with an empty query', () => {
    expect(matches(c, '   ')).toBe(true);
  });

  it('finds any piece of a field through the typed syntax', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), fc.constantFrom<QueryField>('name', 'value', 'domain'), (text, a, b, field) => {
        const target = cookie({ [field]: text });
        const lowered = text.toLowerCase();
        const [from, to] = [a % (lowered.length + 1), b % (lowered.length + 1)].sort((x, y) => x - y) as [number, number];
        const piece = lowered.slice(from, to);
        fc.pre(piece !== '' && piece.toLowerCase() === piece);
        const typed = formatQuery({ terms: [{ field, text: piece }] });
        expect(matches(target, typed)).toBe(true);
      }),
    );
  });

  it('keeps ASCII values as they are, and lower-cases the others', () => {
    expect(searchFieldsOf(cookie({ value: 'AbC' })).value).toBe('AbC');
    expect(searchFieldsOf(cookie({ value: 'ÀbC' })).value).toBe('àbc');
    expect(matches(cookie({ value: 'xxÀbCxx' }), 'value:àbc')).toBe(true);
    expect(matches(cookie({ value: 'xxAbCxx' }), 'value:àbc')).toBe(false);
  });

  it('treats characters that mean something in a regular expression as text', () => {
    const c2 = cookie({ value: 'a.b*c(d)[e]\\f/g?h+i^j$k|l{m}' });
    expect(matches(c2, 'value:.b*c(d)[e]\\f/g?h+i^j$k|l{m}')).toBe(true);
    expect(matches(cookie({ value: 'aXbc' }), 'value:a.b')).toBe(false);
  });

  it('answers as lower-casing every field and searching it would', () => {
    // Letters of both cases, non-ASCII ones whose lower case is ASCII (Kelvin sign) or longer (İ).
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'k', 'K', '\u212a', 'i', 'I', '\u0130', 'é', 'É', 'ß', ' ', '.', '*'), maxLength: 10 });
    const reference = (c: Cookie, query: Query) =>
      query.terms.every(({ field, text: needle }) =>
        (field ? [c[field]] : [c.name, c.value, c.domain]).some((haystack) => haystack.toLowerCase().includes(needle)),
      );
    fc.assert(
      fc.property(text, text, text, fc.array(fc.record({ field: fc.constantFrom<QueryField | null>(null, 'name', 'value', 'domain'), text }), { maxLength: 3 }), (name, value, domain, raw) => {
        const query = parseQuery(formatQuery({ terms: raw.map((t) => ({ ...t, text: t.text.toLowerCase() })).filter((t) => t.text !== '') }));
        const c2 = cookie({ name, value, domain });
        expect(matchesQuery(searchFieldsOf(c2), query)).toBe(reference(c2, query));
      }),
      { numRuns: 500 },
    );
  });
});

describe('refines', () => {
  const q = parseQuery;

  it('holds for one more letter or one more term', () => {
    expect(refines(q('se'), q('ses'))).toBe(true);
    expect(refines(q('name:se'), q('name:xsex value:a'))).toBe(true);
    expect(refines(q(''), q('anything'))).toBe(true);
  });

  it('fails when the search widens or looks elsewhere', () => {
    expect(refines(q('ses'), q('se'))).toBe(false);
    expect(refines(q('name:se'), q('se'))).toBe(false);
    expect(refines(q('a b'), q('a'))).toBe(false);
    expect(refines(q('a b'), q('b a'))).toBe(false);
  });

  it('only claims what matching confirms: a refined match always matched before', () => {
    const texts = fc.string({ unit: fc.constantFrom('a', 'b', 'A', ' ', ':', 'name:', 'value:', '"'), maxLength: 8 });
    fc.assert(
      fc.property(texts, texts, texts, texts, texts, (name, value, domain, before, after) => {
        fc.pre(refines(parseQuery(before), parseQuery(after)));
        const fields = searchFieldsOf({ name, value, domain });
        if (matchesQuery(fields, parseQuery(after))) expect(matchesQuery(fields, parseQuery(before))).toBe(true);
      }),
    );
  });
});

describe('cookieSize', () => {
  it('counts UTF-8 bytes of name and value', () => {
    expect(cookieSize({ name: 'ab', value: 'cd' })).toBe(4);
    expect(cookieSize({ name: 'é', value: '€' })).toBe(5);
    expect(cookieSize({ name: '', value: '😀' })).toBe(4);
  });

  it('agrees with the platform encoder for any text, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(anyText, fc.string({ unit: 'binary' }), (name, value) => {
        expect(cookieSize({ name, value })).toBe(encoder.encode(name).length + encoder.encode(value).length);
      }),
    );
  });
});

describe('sortCookies', () => {
  const a = cookie({ name: 'item_9', value: 'zz', domain: 'b.test', path: '/x', session: false, expirationDate: 300 });
  const b = cookie({ name: 'item_10', value: 'a', domain: 'a.test', path: '/', session: true });
  const c = cookie({ name: 'Alpha', value: 'ééé', domain: 'c.test', path: '/a', session: false, expirationDate: 100 });
  const list = [a, b, c];
  const names = (cookies: Cookie[]) => cookies.map((x) => x.name);

  it('sorts by name with numbers in numeric order', () => {
    expect(names(sortCookies(list, 'name', 'ascending'))).toEqual(['Alpha', 'item_9', 'item_10']);
    expect(names(sortCookies(list, 'name', 'descending'))).toEqual(['item_10', 'item_9', 'Alpha']);
  });

  it('sorts by value, domain and path', () => {
    expect(names(sortCookies(list, 'value', 'ascending'))).toEqual(['item_10', 'Alpha', 'item_9']);
    expect(names(sortCookies(list, 'domain', 'ascending'))).toEqual(['item_10', 'item_9', 'Alpha']);
    expect(names(sortCookies(list, 'path', 'descending'))).toEqual(['item_9', 'Alpha', 'item_10']);
  });

  it('puts session cookies before any expiry date', () => {
    expect(names(sortCookies(list, 'expires', 'ascending'))).toEqual(['item_10', 'Alpha', 'item_9']);
    expect(names(sortCookies(list, 'expires', 'descending'))).toEqual(['item_9', 'Alpha', 'item_10']);
  });

  it('sorts by UTF-8 size, not by string length', () => {
    // item_9+zz = 8 bytes, item_10+a = 8 bytes, Alpha+ééé = 11 bytes (6 characters of 8).
    expect(names(sortCookies(list, 'size', 'ascending'))).toEqual(['item_10', 'item_9', 'Alpha']);
    expect(names(sortCookies(list, 'size', 'descending'))).toEqual(['Alpha', 'item_10', 'item_9']);
  });

  it('does not change the list it is given', () => {
    sortCookies(list, 'name', 'descending');
    expect(names(list)).toEqual(['item_9', 'item_10', 'Alpha']);
  });

  const anyCookie = fc.record({
    name: fc.string({ maxLength: 6 }),
    value: fc.string({ maxLength: 6 }),
    domain: fc.constantFrom('a.test', '.a.test', 'b.test'),
    path: fc.constantFrom('/', '/x'),
    expirationDate: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    storeId: fc.constantFrom('0', '1'),
    partitioned: fc.boolean(),
  }).map(({ expirationDate, partitioned, ...rest }) =>
    cookie({
      ...rest,
      session: expirationDate === undefined,
      ...(expirationDate === undefined ? {} : { expirationDate }),
      ...(partitioned ? { partitionKey: { topLevelSite: 'https://top.test' } } : {}),
    }),
  );

  it('gives one order whatever order the cookies came in, ordered by the comparator', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyCookie, { selector: (x) => JSON.stringify([x.storeId, x.partitionKey, x.domain, x.path, x.name]) }),
        fc.constantFrom(...SORT_COLUMNS),
        fc.constantFrom('ascending' as const, 'descending' as const),
        fc.infiniteStream(fc.nat()),
        (cookies, column, direction, noise) => {
          const shuffled = cookies.map((x) => [noise.next().value, x] as const).sort((p, q) => p[0] - q[0]).map(([, x]) => x);
          const sorted = sortCookies(cookies, column, direction);
          expect(sortCookies(shuffled, column, direction)).toEqual(sorted);
          const compare = compareCookies(column, direction);
          for (let i = 1; i < sorted.length; i++) expect(compare(sorted[i - 1]!, sorted[i]!)).toBeLessThan(0);
        },
      ),
    );
  });
});
