import browser, { type Cookies, type Runtime } from 'webextension-polyfill';
import type { ChangeMessage } from '../core/protocol';
import { CHANGES_PORT, recordChange, type ChangeCause, type TimelineEntry } from '../core/timeline';
import { fromBrowser } from './cookies-api';

/**
 * Recent changes live in memory: the timeline is a debugging aid for what happens
 * while the developer watches, and storing it would write cookie values to disk.
 */
const timeline: TimelineEntry[] = [];
const listeners = new Set<Runtime.Port>();

export function recentChanges(): readonly TimelineEntry[] {
  return timeline;
}

function onChanged(info: Cookies.OnChangedChangeInfoType): void {
  const entry = recordChange(
    timeline,
    { removed: info.removed, cause: info.cause as ChangeCause, cookie: fromBrowser(info.cookie) },
    Date.now(),
  );
  const message: ChangeMessage = { type: 'changed', entry };
  for (const port of listeners) port.postMessage(message);
}

export function watchChanges(isOwnPage: (sender: Runtime.MessageSender | undefined) => boolean): void {
  browser.cookies.onChanged.addListener(onChanged);
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHANGES_PORT || !isOwnPage(port.sender)) return;
    listeners.add(port);
    port.onDisconnect.addListener(() => listeners.delete(port));
  });
}
