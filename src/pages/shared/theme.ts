import { PREFERENCES_KEY, themeAttribute } from '../../core/theme';
import { ext } from './runtime';

/** A synchronous copy of the Theme preference in the extension's localStorage: storage.sync answers too late for the first paint. */
const MIRROR = 'crumb.theme';

function show(theme: unknown): void {
  const attribute = themeAttribute(theme);
  if (attribute) document.documentElement.dataset.theme = attribute;
  else delete document.documentElement.dataset.theme;
}

function keep(stored: unknown): void {
  const theme = themeAttribute((stored as { theme?: unknown } | undefined)?.theme);
  show(theme);
  try {
    localStorage.setItem(MIRROR, theme ?? 'system');
  } catch {
    // Storage can be off for extension pages; the page still follows the preference while open.
  }
}

/**
 * Gives the page's `<html>` the chosen `data-theme` before it paints (none for System), and
 * follows the preference while the page is open.
 */
export function followTheme(): void {
  try {
    show(localStorage.getItem(MIRROR));
  } catch {
    // As above: without the copy, the page starts in the system's scheme.
  }
  ext.storage.onChanged.addListener((changes, area) => {
    const change = changes[PREFERENCES_KEY];
    if (area === 'sync' && change) keep(change.newValue);
  });
  // The copy is stale when the preference changed (on another device, say) while no page was open.
  ext.storage.sync.get(PREFERENCES_KEY).then((items) => keep(items[PREFERENCES_KEY]), () => undefined);
}
