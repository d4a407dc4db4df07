/**
 * "Record this tab": the Set-Cookie lines of every response the tab receives, while the user
 * asked for it. Listeners exist only while recording, only for that tab, and come back when
 * the background starts again; what was recorded lives in storage.session, like the timeline.
 */
import browser, { type Runtime, type WebRequest } from 'webextension-polyfill';
import {
  changesFromTimeline, frameKind, INSPECTOR_PORT, inspectResponses, parseRecordingState, parseStoredResponses,
  type Inspection, type RecordedResponse, type RecordingState,
} from '../core/inspector';
import { CHANGE_WINDOW_MS } from '../core/set-cookie-fate';
import { splitSetCookieHeader } from '../core/set-cookie-line';
import { recentChanges } from './changes';
import { getAll, isFirefox } from './cookies-api';
import { translate } from './i18n';
import { siteOfTab } from './site';

const STATE_KEY = 'inspector:recording';
const RESPONSES_KEY = 'inspector:responses';
/**
 * When the recording started: no change before it can be a recorded response's doing (a page
 * that set the same cookie just before would otherwise be taken for the line that set it).
 */
const SINCE_KEY = 'inspector:since';
/**
 * Whether webRequest was granted when this run of Crumb began (its first background start since
 * the browser or Crumb itself started, which empty storage.session). Chrome delivers events only
 * if it was, until the next such start.
 */
const PERMITTED_AT_START_KEY = 'inspector:permittedAtStart';
/** A long recording keeps its latest responses. */
const MAX_RESPONSES = 500;

const PERMISSION = { permissions: ['webRequest'] };

type Listener = (details: WebRequest.OnHeadersReceivedDetailsType) => void;

let listening: { tabId: number; listener: Listener } | null = null;
/** Writes to storage.session one after another, so no response is lost to a concurrent write. */
let writes: Promise<void> = Promise.resolve();
const pages = new Set<Runtime.Port>();

export class NoPermission extends Error {}

async function readState(): Promise<RecordingState | null> {
  return parseRecordingState((await browser.storage.session.get(STATE_KEY))[STATE_KEY]);
}

async function readResponses(): Promise<RecordedResponse[]> {
  return parseStoredResponses((await browser.storage.session.get(RESPONSES_KEY))[RESPONSES_KEY]);
}

async function readSince(): Promise<number> {
  const since = (await browser.storage.session.get(SINCE_KEY))[SINCE_KEY];
  return typeof since === 'number' ? since : 0;
}

function permitted(): Promise<boolean> {
  return browser.permissions.contains(PERMISSION);
}

/** Chrome hides Set-Cookie from listeners without "extraHeaders"; Firefox has no such option and shows it. */
function extraInfoSpec(): WebRequest.OnHeadersReceivedOptions[] {
  const options = (browser.webRequest as { OnHeadersReceivedOptions?: Record<string, string> }).OnHeadersReceivedOptions;
  return Object.values(options ?? {}).includes('extraHeaders') ? ['responseHeaders', 'extraHeaders'] : ['responseHeaders'];
}

function setCookieLines(details: WebRequest.OnHeadersReceivedDetailsType): string[] {
  return (details.responseHeaders ?? [])
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    // Firefox joins every Set-Cookie line of a response into one header.
    .flatMap((header) => splitSetCookieHeader(header.value ?? ''));
}

function notifyPages(tabId: number): void {
  for (const port of pages) port.postMessage({ type: 'inspected', tabId });
}

function record(details: WebRequest.OnHeadersReceivedDetailsType): void {
  const lines = setCookieLines(details);
  const isTop = details.type === 'main_frame';
  writes = writes.then(async () => {
    const state = await readState();
    if (!state || state.tabId !== details.tabId) return;
    if (isTop && state.topLevelUrl !== details.url) {
      state.topLevelUrl = details.url;
      await browser.storage.session.set({ [STATE_KEY]: state });
    }
    if (lines.length === 0) return;
    const response: RecordedResponse = {
      tabId: details.tabId,
      time: details.timeStamp,
      url: details.url,
      method: details.method,
      status: details.statusCode,
      topLevelUrl: state.topLevelUrl,
      frame: frameKind(details.url, state.topLevelUrl, isTop),
      lines,
    };
    const responses = [...(await readResponses()), response].slice(-MAX_RESPONSES);
    await browser.storage.session.set({ [RESPONSES_KEY]: responses });
    // Pages hear of it once the cookie changes it caused have had their window to arrive.
    setTimeout(() => notifyPages(details.tabId), CHANGE_WINDOW_MS);
  }).catch((error: unknown) => console.error('Crumb: a response could not be recorded', error));
}

function listen(tabId: number): void {
  if (listening?.tabId === tabId) return;
  unlisten();
  const listener: Listener = (details) => record(details);
  browser.webRequest.onHeadersReceived.addListener(listener, { urls: ['<all_urls>'], tabId }, extraInfoSpec());
  listening = { tabId, listener };
}

function unlisten(): void {
  if (!listening) return;
  browser.webRequest.onHeadersReceived.removeListener(listening.listener);
  listening = null;
}

/** Set by watchRecording at every start of the background; requests wait for it. */
let started: Promise<void> = Promise.resolve();

async function needsRestart(granted: boolean): Promise<boolean> {
  if (isFirefox || !granted) return false;
  return (await browser.storage.session.get(PERMITTED_AT_START_KEY))[PERMITTED_AT_START_KEY] === false;
}

/** Each line's fate, once the last response's window for cookie changes has passed. */
export async function inspection(tabId: number): Promise<Inspection> {
  await started;
  const [state, responses, granted, since] = await Promise.all([readState(), readResponses(), permitted(), readSince()]);
  const restart = await needsRestart(granted);
  const own = responses.filter((response) => response.tabId === tabId);
  const wait = (own.at(-1)?.time ?? 0) + CHANGE_WINDOW_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const storeId = state?.tabId === tabId ? state.storeId : (await siteOfTab(tabId)).storeId;
  const [changes, jar] = await Promise.all([recentChanges(), getAll({ storeId, partitionKey: {} })]);
  return {
    recording: state?.tabId === tabId,
    permitted: granted,
    needsRestart: restart,
    responses: inspectResponses(own, {
      engine: isFirefox ? 'firefox' : 'chrome',
      storeId,
      changes: changesFromTimeline(changes.filter((entry) => entry.time >= since)),
      jar,
      translate,
    }),
  };
}

/** A new recording of the tab starts empty; recording another tab stops the previous one. */
export async function startRecording(tabId: number): Promise<Inspection> {
  await started;
  if (!(await permitted())) throw new NoPermission(translate('inspectNoPermission'));
  const site = await siteOfTab(tabId);
  const state: RecordingState = { tabId, storeId: site.storeId, topLevelUrl: site.url };
  await (writes = writes.then(() => browser.storage.session.set({ [STATE_KEY]: state, [RESPONSES_KEY]: [], [SINCE_KEY]: Date.now() })));
  listen(tabId);
  return inspection(tabId);
}

export async function stopRecording(): Promise<Inspection | null> {
  const state = await readState();
  unlisten();
  await (writes = writes.then(() => browser.storage.session.remove(STATE_KEY)));
  return state ? inspection(state.tabId) : null;
}

async function start(): Promise<void> {
  const [stored, granted, state] = await Promise.all([
    browser.storage.session.get(PERMITTED_AT_START_KEY),
    permitted(),
    readState(),
  ]);
  if (stored[PERMITTED_AT_START_KEY] === undefined) await browser.storage.session.set({ [PERMITTED_AT_START_KEY]: granted });
  if (state && granted) listen(state.tabId);
}

/**
 * At every start of the background: a recording goes on where it was (before any request is
 * answered, so a page that says "recording" is right), and pages can follow it. A stopped
 * background is woken by the tab's cookie changes and by pages; responses that arrive while it
 * is stopped are not seen.
 */
export function watchRecording(isOwnPage: (sender: Runtime.MessageSender | undefined) => boolean): void {
  browser.permissions.onRemoved.addListener((removed) => {
    if (removed.permissions?.includes('webRequest')) {
      listening = null;
      void browser.storage.session.remove(STATE_KEY);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (listening?.tabId === tabId) void stopRecording();
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== INSPECTOR_PORT || !isOwnPage(port.sender)) return;
    pages.add(port);
    port.onDisconnect.addListener(() => pages.delete(port));
  });
  started = start().catch((error: unknown) => console.error('Crumb: the recording could not be resumed', error));
}
