import type { Cookie } from '../../core/cookie';
import type { SiteCookie } from '../../core/protocol';
import { compileQuery, parseQuery, searchFieldsOf, type SearchFields } from '../../core/query';

/**
 * Searches one listing of a store with the all-sites view's query language. Each cookie's
 * search fields are prepared on the first search, not for every listing, and kept for the
 * next keystroke. A search without terms answers null: it would match every cookie, and
 * "every cookie" is a scope of its own.
 */
export function storeSearch(entries: readonly SiteCookie[]): (search: string) => Cookie[] | null {
  let fields: SearchFields[] | null = null;
  return (search) => {
    const query = parseQuery(search);
    if (query.terms.length === 0) return null;
    fields ??= entries.map((entry) => searchFieldsOf(entry.cookie));
    const prepared = fields;
    const matches = compileQuery(query);
    return entries.filter((_, index) => matches(prepared[index]!)).map((entry) => entry.cookie);
  };
}
