import { PREFERENCES_KEY, preferencesOf, type Preferences } from '../../core/preferences';
import { ext, type StorageChange } from './runtime';

export async function readPreferences(): Promise<Preferences> {
  const items = await ext.storage.sync.get(PREFERENCES_KEY);
  return preferencesOf(items[PREFERENCES_KEY]);
}

/** Calls `listener` with the whole set whenever any page or device changes a preference; answers how to stop. */
export function onPreferences(listener: (preferences: Preferences) => void): () => void {
  const changed = (changes: Record<string, StorageChange>, area: string) => {
    const change = changes[PREFERENCES_KEY];
    if (area === 'sync' && change) listener(preferencesOf(change.newValue));
  };
  ext.storage.onChanged.addListener(changed);
  return () => ext.storage.onChanged.removeListener(changed);
}
