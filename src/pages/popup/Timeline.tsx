import { useEffect, useState } from 'preact/hooks';
import type { DateZone } from '../../core/preferences';
import { subjectOf, type RuleMark, type TimelineEntry } from '../../core/timeline';
import { messageOf } from '../shared/errors';
import { t, type MessageKey } from '../shared/i18n';
import { followChanges } from '../shared/live';
import { send } from '../shared/messaging';
import { usePreference } from '../shared/use-preference';

/** The time of day; inline rather than src/core/date-text.ts, which the popup would load whole. */
function clock(time: number, zone: DateZone): string {
  return zone === 'utc' ? `${new Date(time).toISOString().slice(11, 19)} UTC` : new Date(time).toLocaleTimeString(undefined, { hour12: false });
}

const RULE_KEYS: Record<RuleMark, MessageKey> = { restored: 'changeRestored', blocked: 'changeBlocked' };

const KIND_KEYS: Record<TimelineEntry['kind'], MessageKey> = {
  added: 'changeAdded',
  updated: 'changeUpdated',
  removed: 'changeRemoved',
};

/** Recent changes to the tab's cookies, newest first, following new ones live. */
export function Timeline({ tabId }: { tabId: number }) {
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dates = usePreference((stored): DateZone => (stored?.dates === 'utc' ? 'utc' : 'local'));

  useEffect(() => {
    const load = () =>
      send<'timeline'>({ type: 'timeline', tabId }).then(
        (found) => setEntries([...found].reverse()),
        (caught: unknown) => setError(messageOf(caught)),
      );
    void load();
    return followChanges({ onChange: () => void load(), onReconnect: () => void load() });
  }, [tabId]);

  if (error) return <p role="alert" class="error">{error}</p>;
  if (!entries) return null;
  return (
    <section class="timeline">
      {entries.length === 0 && <p class="empty">{t('noChanges')}</p>}
      <ol aria-label={t('changes')}>
        {entries.map((entry, index) => {
          const cookie = subjectOf(entry);
          return (
            <li key={`${entry.time}-${index}`} class={`change change-${entry.kind}`}>
              <span class="change-time">{clock(entry.time, dates)}</span>
              <span class="change-kind">{t(KIND_KEYS[entry.kind])}</span>
              <span class="name">{cookie.name}</span>
              <span class="where">
                {cookie.domain}
                {cookie.path}
              </span>
              <span class="badge">{entry.rule ? t(RULE_KEYS[entry.rule]) : entry.cause}</span>
              <span class="value change-values">
                {entry.before && entry.after
                  ? `${entry.before.value} → ${entry.after.value}`
                  : (entry.after ?? entry.before)!.value}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
