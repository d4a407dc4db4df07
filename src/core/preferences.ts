/**
 * The user's preferences, as the Options page sets them and every page applies them. They
 * live in `storage.sync` under one key; whatever is stored there (an older version, another
 * device, a hand edit) is read through `preferencesOf`, so a page never acts on a bad value.
 */
import type { FormatId } from './formats/types';

export { PREFERENCES_KEY } from './theme';

export type Theme = 'system' | 'light' | 'dark';
export type DateZone = 'local' | 'utc';

export interface Preferences {
  theme: Theme;
  exportFormat: FormatId;
  dates: DateZone;
  showDecoded: boolean;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const DATE_ZONES: readonly DateZone[] = ['local', 'utc'];
const EXPORT_FORMATS: readonly FormatId[] = ['crumb-json', 'netscape', 'cookie-editor-json', 'editthiscookie-json', 'playwright', 'set-cookie', 'cookie-header', 'curl'];

export const DEFAULT_PREFERENCES: Readonly<Preferences> = {
  theme: 'system',
  exportFormat: 'crumb-json',
  dates: 'local',
  showDecoded: true,
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/** Each preference from what is stored, or its default where that is missing or not a known value. */
export function preferencesOf(stored: unknown): Preferences {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    theme: oneOf(THEMES, record.theme, DEFAULT_PREFERENCES.theme),
    exportFormat: oneOf(EXPORT_FORMATS, record.exportFormat, DEFAULT_PREFERENCES.exportFormat),
    dates: oneOf(DATE_ZONES, record.dates, DEFAULT_PREFERENCES.dates),
    showDecoded: typeof record.showDecoded === 'boolean' ? record.showDecoded : DEFAULT_PREFERENCES.showDecoded,
  };
}
