import { describe, expect, it } from 'vitest';
import { groupCookies } from '../../core/site-groups';
import { filterGroups, withSiteCounts } from './rows';
import { describeRows, SAMPLE as cookies } from '../../../tests/support/site-rows';

describe('groupCookies and filterGroups', () => {
  it('groups by site in alphabetical order, each sorted by the column', () => {
    const { rows, matched } = filterGroups(groupCookies(cookies, { column: 'name', direction: 'ascending' }), null);
    expect(describeRows(rows)).toEqual(['# a.test 2', 'alpha', 'beta', '# b.test 2', 'alpha', 'zeta', '# c.test 1', 'gamma']);
    expect(matched.map((e) => `${e.site} ${e.cookie.name}`)).toEqual(['a.test alpha', 'a.test beta', 'b.test alpha', 'b.test zeta', 'c.test gamma']);
  });

  it('sorts inside each site by size, descending, without moving the sites', () => {
    const { rows } = filterGroups(groupCookies(cookies, { column: 'size', direction: 'descending' }), null);
    expect(describeRows(rows)).toEqual(['# a.test 2', 'alpha', 'beta', '# b.test 2', 'zeta', 'alpha', '# c.test 1', 'gamma']);
  });

  it('reverses the sites when sorting by domain, descending', () => {
    const { rows } = filterGroups(groupCookies(cookies, { column: 'domain', direction: 'descending' }), null);
    expect(describeRows(rows).filter((r) => r.startsWith('#'))).toEqual(['# c.test 1', '# b.test 2', '# a.test 2']);
  });

  it('leaves out sites with no match and counts only what matches', () => {
    const { rows, matched } = filterGroups(groupCookies(cookies, { column: 'name', direction: 'ascending' }), (e) => e.cookie.name.includes('a') && e.site !== 'c.test');
    expect(describeRows(rows)).toEqual(['# a.test 2', 'alpha', 'beta', '# b.test 2', 'alpha', 'zeta']);
    expect(matched).toHaveLength(4);
  });
});

describe('withSiteCounts', () => {
  it('gives the headings of a first screen their sites’ whole counts and leaves the rest', () => {
    const { rows } = filterGroups(groupCookies(cookies.slice(0, 3), { column: 'name', direction: 'ascending' }), null);
    expect(describeRows(withSiteCounts(rows, { 'b.test': 9 }))).toEqual(['# a.test 1', 'beta', '# b.test 9', 'alpha', 'zeta']);
  });
});
