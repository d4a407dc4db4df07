import { PREFERENCES_KEY, themeAttribute } from '../../core/theme';
import { ext } from './runtime';

/**
 * What storage.sync holds under the preferences key, unchecked: each reader takes what it
 * needs and falls back to its default (src/core/preferences.ts checks the whole set).
 */
export type StoredPreferences = Readonly<Record<string, unknown>> | undefined;

/**
 * A synchronous copy of the stored preferences in the extension's localStorage: storage.sync
 * answers too late for a page's first paint, and the popup's rows must not wait for it.
 */
const MIRROR = 'crumb.preferences';

const followers = new Set<(stored: StoredPreferences) => void>();
let stored: StoredPreferences;

function record(value: unknown): StoredPreferences {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function showTheme(): void {
  const theme = themeAttribute(stored?.theme);
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

function keep(value: unknown): void {
  stored = record(value);
  try {
    localStorage.setItem(MIRROR, JSON.stringify(stored ?? {}));
  } catch {
    // Storage can be off for extension pages; the page still follows the preferences while open.
  }
  showTheme();
  for (const follower of followers) follower(stored);
}

/**
 * Reads the copy and gives the page's `<html>` the chosen `data-theme` (none for System)
 * before it paints; then keeps the copy, the theme and every follower current.
 */
export function followPreferences(): void {
  try {
    stored = record(JSON.parse(localStorage.getItem(MIRROR) ?? 'null'));
  } catch {
    stored = undefined;
  }
  showTheme();
  let changes = 0;
  ext.storage.onChanged.addListener((items, area) => {
    const change = items[PREFERENCES_KEY];
    if (area === 'sync' && change) {
      changes += 1;
      keep(change.newValue);
    }
  });
  // The copy is stale when the preferences changed (on another device, say) while no page was open.
  // Asked once the page is idle: the popup's first rows do not share the start with storage.
  // A change reported after the question is newer than its answer, which is then dropped.
  requestIdleCallback(() => {
    const asked = changes;
    ext.storage.sync.get(PREFERENCES_KEY).then(
      (items) => {
        if (changes === asked) keep(items[PREFERENCES_KEY]);
      },
      () => undefined,
    );
  }, { timeout: 500 });
}

export function storedPreferences(): StoredPreferences {
  return stored;
}

/** Calls `follower` with the stored preferences each time they change; answers how to stop. */
export function onStoredPreferences(follower: (stored: StoredPreferences) => void): () => void {
  followers.add(follower);
  return () => followers.delete(follower);
}
