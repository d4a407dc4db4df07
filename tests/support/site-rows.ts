/** What the all-sites row tests share: a small store over three sites, and rows in a readable form. */
import { siteEntry } from './cookies';
import type { Row } from '../../src/pages/sites/rows';

export const SAMPLE = [
  siteEntry('b.test', 'zeta', { value: 'xxxx' }),
  siteEntry('a.test', 'beta', { value: 'x' }),
  siteEntry('b.test', 'alpha', { value: 'xx' }),
  siteEntry('a.test', 'alpha', { value: 'xxxxxxx' }),
  siteEntry('c.test', 'gamma', { value: 'xxx' }),
];

/** A heading as "# site count", a cookie as its name. */
export function describeRows(rows: Row[]): string[] {
  return rows.map((row) => (row.kind === 'group' ? `# ${row.site} ${row.count}` : row.entry.cookie.name));
}
