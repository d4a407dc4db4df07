import type { CookieHead } from '../../core/protocol';

/**
 * What the filter searches, lower-cased once per list load rather than on every
 * keystroke. Values are searched in their preview (the first 512 characters); the
 * all-sites view searches whole values.
 */
export function filterText(cookie: CookieHead): string {
  return `${cookie.name}\n${cookie.valuePreview}\n${cookie.domain}\n${cookie.path}`.toLowerCase();
}

/** Case-insensitive match on what the row shows: name, value, domain and path. */
export function matchesFilter(text: string, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  return !needle || text.includes(needle);
}
