import browser, { type Cookies, type Runtime } from 'webextension-polyfill';
import type { ChangeMessage } from '../core/protocol';
import { CHANGES_PORT } from '../core/wire';
import type { ChangeCause, CookieChangeEvent, TimelineEntry } from '../core/timeline';
import { dropPrivate, recordChange } from '../core/timeline-record';
import { fromBrowser } from './cookies-api';
import { enforce, markOf } from './enforce';
import { forgetPrivateOperations } from './journal';
import { PRIVATE_STORE_ID } from './private-session';
import { SessionTimeline } from './session-timeline';

/**
 * Recent changes live in storage.session: they outlive a stop of the background (Chrome
 * stops an idle service worker, Firefox an idle event page) but not the browser session,
 * and storage.session is kept in memory, so cookie values never reach the disk.
 */
const timeline = new SessionTimeline(browser.storage.session);
const listeners = new Set<Runtime.Port>();

export function recentChanges(): Promise<readonly TimelineEntry[]> {
  return timeline.read();
}

function onChanged(info: Cookies.OnChangedChangeInfoType): void {
  const event: CookieChangeEvent = { removed: info.removed, cause: info.cause as ChangeCause, cookie: fromBrowser(info.cookie) };
  const rule = markOf(event);
  if (rule) event.rule = rule;
  else enforce(event);
  const time = Date.now();
  void timeline.change((entries) => {
    const message: ChangeMessage = { type: 'changed', entry: recordChange(entries, event, time) };
    for (const port of listeners) port.postMessage(message);
    return 'appended';
  });
}

/**
 * A private session's cookies are gone when its last window closes: pages showing its store are
 * told, and its timeline entries and journaled changes must go too, or the next private session
 * (or anyone at the computer) would read the earlier one's names and values. `closedWindowId`
 * may still be listed while it closes.
 */
async function forgetPrivateIfClosed(closedWindowId?: number): Promise<void> {
  const windows = await browser.windows.getAll();
  if (windows.some((window) => window.incognito && window.id !== closedWindowId)) return;
  const ended: ChangeMessage = { type: 'storeEnded', storeId: PRIVATE_STORE_ID };
  for (const port of listeners) port.postMessage(ended);
  await timeline.change((entries) => (dropPrivate(entries) ? 'rewritten' : 'unchanged'));
  await forgetPrivateOperations();
}

/** Listeners are added at once: a stopped background is woken only for events it listened to at its start. */
export function watchChanges(isOwnPage: (sender: Runtime.MessageSender | undefined) => boolean): void {
  browser.cookies.onChanged.addListener(onChanged);
  browser.windows.onRemoved.addListener((windowId) => void forgetPrivateIfClosed(windowId));
  // The last private window may have closed while the background was stopped.
  void forgetPrivateIfClosed();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHANGES_PORT || !isOwnPage(port.sender)) return;
    listeners.add(port);
    port.onDisconnect.addListener(() => listeners.delete(port));
  });
}
