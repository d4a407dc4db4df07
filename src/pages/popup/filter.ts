import type { Cookie } from '../../core/cookie';

/** What the filter searches, lower-cased once per list load rather than on every keystroke. */
export function filterText(cookie: Cookie): string {
  return `${cookie.name}\n${cookie.value}\n${cookie.domain}\n${cookie.path}`.toLowerCase();
}

/** Case-insensitive match on what the row shows: name, value, domain and path. */
export function matchesFilter(text: string, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return !needle || text.includes(needle);
}
