import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteEntry } from '../../../tests/support/cookies';
import { compileQuery, parseQuery, searchFieldsOf } from '../../core/query';
import { groupCookies } from '../../core/site-groups';
import { filterGroups } from './rows';
import { SearchIndex } from './search-index';
import { describeRows, SAMPLE as cookies } from '../../../tests/support/site-rows';

describe('SearchIndex', () => {
  const groups = groupCookies(cookies, { column: 'name', direction: 'ascending' });

  it('filters with the query syntax', () => {
    const index = new SearchIndex(cookies);
    expect(describeRows(index.filter(groups, parseQuery('name:alpha')).rows)).toEqual(['# a.test 1', 'alpha', '# b.test 1', 'alpha']);
    expect(describeRows(index.filter(groups, parseQuery('domain:b.test xxxx')).rows)).toEqual(['# b.test 1', 'zeta']);
    expect(index.filter(groups, parseQuery('')).matched).toHaveLength(5);
  });

  it('prepares fields only while it has time, and says when it is done', () => {
    const index = new SearchIndex(cookies);
    expect(index.prepare(() => false)).toBe(false);
    let calls = 0;
    expect(index.prepare(() => ++calls < 100)).toBe(true);
  });

  it('shows a remembered search in the current sort order', () => {
    const index = new SearchIndex(cookies);
    index.filter(groups, parseQuery('alpha'));
    const resorted = groupCookies(cookies, { column: 'name', direction: 'descending' });
    expect(describeRows(index.filter(resorted, parseQuery('x')).rows)).toEqual(describeRows(filterGroups(resorted, null).rows));
    expect(describeRows(index.filter(groups, parseQuery('x')).rows)).toEqual(describeRows(filterGroups(groups, null).rows));
    expect(describeRows(index.filter(resorted, parseQuery('x')).rows)).toEqual(['# a.test 2', 'beta', 'alpha', '# b.test 2', 'zeta', 'alpha', '# c.test 1', 'gamma']);
  });

  it('gives what a fresh scan gives, whatever was typed before', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'l', 'x', 'p', ' ', 'name:', 'value:', 'domain:', '"', '.'), maxLength: 6 });
    const anyEntry = fc
      .record({ site: fc.constantFrom('a.test', 'b.test'), name: text, value: text, domain: text })
      .map(({ site, name, value, domain }) => siteEntry(site, name, { value, domain }));
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 12 }), fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 6 }), (list, typed) => {
        const index = new SearchIndex(list);
        // Searches interleave with changes of sort order, as clicks on column headers do.
        const orders = [groupCookies(list, { column: 'value', direction: 'ascending' }), groupCookies(list, { column: 'name', direction: 'descending' })];
        for (const [input, resorted] of typed) {
          const grouped = orders[resorted ? 1 : 0]!;
          const query = parseQuery(input);
          const fresh = filterGroups(grouped, (e) => compileQuery(query)(searchFieldsOf(e.cookie)));
          expect(index.filter(grouped, query)).toEqual(fresh);
        }
      }),
    );
  });
});
