import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_PREFERENCES, type Preferences } from '../../core/preferences';
import { onPreferences, readPreferences } from './preferences';

/** The preferences, null until read, kept current as they change in any page. */
export function usePreferences(): Preferences | null {
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  useEffect(() => {
    let changed = false;
    const stop = onPreferences((next) => {
      changed = true;
      setPreferences(next);
    });
    // A change that arrives while the first read travels is newer than what that read answers.
    readPreferences().then(
      (read) => changed || setPreferences(read),
      () => changed || setPreferences({ ...DEFAULT_PREFERENCES }),
    );
    return stop;
  }, []);
  return preferences;
}
