import { useEffect, useState } from 'preact/hooks';
import { messageOf } from './errors';

/**
 * A page's list and the changes made to it, done the same way everywhere: `load` runs at once
 * (and again whenever it changes); each action clears what was said, runs, reloads the list
 * so that what shows is what the background now holds, says what the step answered only then
 * (never "Saved" beside a list that does not show it yet), and puts a failure into words. A
 * tuple, as useState gives, because the popup loads it and pays for every property name it keeps.
 */
export function useAction(load: () => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  useEffect(() => void load().catch((caught: unknown) => setError(messageOf(caught))), [load]);

  const act = async (step: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    setSaid('');
    try {
      const told = await step();
      await load();
      if (typeof told === 'string') setSaid(told);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return [act, busy, said, error, setError] as const;
}
