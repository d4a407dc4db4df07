import { PREFERENCES_KEY, preferencesOf, type Preferences } from '../../core/preferences';
import { ext } from '../shared/runtime';

/**
 * Stores the whole set the page shows (not a read-then-merge, which two quick changes would
 * race) and answers what storage then holds, as every open page will see it.
 */
export async function savePreferences(preferences: Preferences): Promise<Preferences> {
  await ext.storage.sync.set({ [PREFERENCES_KEY]: preferences });
  return preferencesOf((await ext.storage.sync.get(PREFERENCES_KEY))[PREFERENCES_KEY]);
}
