/**
 * What every page needs of the preferences before its first paint, apart from the rest of
 * them (src/core/preferences.ts) so that the popup's first chunk stays small.
 */

/** The storage.sync key that holds the preferences. */
export const PREFERENCES_KEY = 'preferences';

/** What a page's `<html data-theme>` gets: nothing for System, so the page follows the system's scheme. */
export function themeAttribute(theme: unknown): 'light' | 'dark' | null {
  return theme === 'light' || theme === 'dark' ? theme : null;
}
