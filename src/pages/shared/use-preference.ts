import { useEffect, useState } from 'preact/hooks';
import { onStoredPreferences, storedPreferences, type StoredPreferences } from './preference-mirror';

/**
 * What `pick` takes from the stored preferences, from the first render on (the page's
 * synchronous copy), kept current as they change in any page. `pick` must not change.
 */
export function usePreference<T>(pick: (stored: StoredPreferences) => T): T {
  const [value, setValue] = useState(() => pick(storedPreferences()));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- pick is fixed for a component's life.
  useEffect(() => onStoredPreferences((stored) => setValue(() => pick(stored))), []);
  return value;
}
