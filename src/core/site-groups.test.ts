import { describe, expect, it } from 'vitest';
import { groupCookies, leadingEntries } from './site-groups';
import { siteEntry } from '../../tests/support/cookies';

const cookies = [siteEntry('b.test', 'zeta'), siteEntry('a.test', 'beta'), siteEntry('b.test', 'alpha'), siteEntry('a.test', 'alpha'), siteEntry('c.test', 'gamma')];

describe('leadingEntries', () => {
  const groups = groupCookies(cookies, { column: 'name', direction: 'ascending' });
  const names = (rows: number) => leadingEntries(groups, rows).entries.map((e) => `${e.site} ${e.cookie.name}`);

  it('takes the cookies of the first rows, a heading row per group counted', () => {
    expect(names(3)).toEqual(['a.test alpha', 'a.test beta']);
    expect(names(5)).toEqual(['a.test alpha', 'a.test beta', 'b.test alpha']);
    expect(names(100)).toEqual(['a.test alpha', 'a.test beta', 'b.test alpha', 'b.test zeta', 'c.test gamma']);
  });

  it('counts every group it touches in whole, cut short or not', () => {
    expect(leadingEntries(groups, 5).siteCounts).toEqual({ 'a.test': 2, 'b.test': 2 });
    expect(leadingEntries(groups, 100).siteCounts).toEqual({ 'a.test': 2, 'b.test': 2, 'c.test': 1 });
  });

  it('takes nothing for no rows', () => {
    expect(leadingEntries(groups, 0)).toEqual({ entries: [], siteCounts: {} });
  });
});
