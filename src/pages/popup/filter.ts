import type { Cookie } from '../../core/cookie';

/** Case-insensitive match on what the row shows: name, value, domain and path. */
export function matchesFilter(cookie: Cookie, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [cookie.name, cookie.value, cookie.domain, cookie.path].some((field) => field.toLowerCase().includes(needle));
}
