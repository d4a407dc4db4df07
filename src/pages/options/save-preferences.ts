import { PREFERENCES_KEY, type Preferences } from '../../core/preferences';
import { readPreferences } from '../shared/preferences';
import { ext } from '../shared/runtime';

/** Stores the change and answers what storage then holds, as every open page will see it. */
export async function savePreferences(change: Partial<Preferences>): Promise<Preferences> {
  const current = await readPreferences();
  await ext.storage.sync.set({ [PREFERENCES_KEY]: { ...current, ...change } });
  return readPreferences();
}
