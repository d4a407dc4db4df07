import type { ChangeMessage } from '../../core/protocol';
import { CHANGES_PORT, type TimelineEntry } from '../../core/timeline';
import { ext } from './runtime';

/** Follows cookie changes as the background reports them; returns the unsubscribe. */
export function followChanges(onChange: (entry: TimelineEntry) => void): () => void {
  const port = ext.runtime.connect({ name: CHANGES_PORT });
  port.onMessage.addListener((message) => {
    const change = message as ChangeMessage;
    if (change.type === 'changed') onChange(change.entry);
  });
  return () => port.disconnect();
}
