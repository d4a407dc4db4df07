import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import type { SiteCookie } from './protocol';
import { groupCookies, leadingGroups } from './site-groups';

const entry = (site: string, name: string): SiteCookie => ({
  site,
  cookie: { name, value: 'v', domain: `www.${site}`, hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' } satisfies Cookie,
});

const cookies = [entry('b.test', 'zeta'), entry('a.test', 'beta'), entry('b.test', 'alpha'), entry('a.test', 'alpha'), entry('c.test', 'gamma')];

describe('leadingGroups', () => {
  const groups = groupCookies(cookies, { column: 'name', direction: 'ascending' });

  it('takes whole groups until the rows are filled, headings counted', () => {
    expect(leadingGroups(groups, 1).map((g) => g.site)).toEqual(['a.test']);
    expect(leadingGroups(groups, 3).map((g) => g.site)).toEqual(['a.test']);
    expect(leadingGroups(groups, 4).map((g) => g.site)).toEqual(['a.test', 'b.test']);
    expect(leadingGroups(groups, 100).map((g) => g.site)).toEqual(['a.test', 'b.test', 'c.test']);
  });

  it('takes nothing for no rows', () => {
    expect(leadingGroups(groups, 0)).toEqual([]);
  });
});
