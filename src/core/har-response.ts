/**
 * The DevTools network panel as a source for the Set-Cookie inspector: a HAR entry, as
 * `devtools.network.onRequestFinished` and `getHAR` hand them over in Chrome and in Firefox,
 * turned into the inspector's `RecordedResponse`. It needs no permission and sees only what
 * happened while DevTools was open.
 */
import { isRecord } from './cookie-guard';
import { frameKind, type RecordedResponse } from './inspector';
import { splitSetCookieHeader } from './set-cookie-line';

/** The inspected tab, and its page, which the HAR does not name per entry. */
export interface HarTab {
  tabId: number;
  topLevelUrl: string;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * Every Set-Cookie header of the response, each line on its own (Firefox joins a response's
 * lines with "\n" in one header; Chrome lists one header per line). Chrome's parsed
 * `response.cookies` is not used: the raw line is what the inspector reads, as the browser does.
 */
function setCookieLines(headers: unknown): string[] | null {
  if (!Array.isArray(headers)) return null;
  const lines: string[] = [];
  for (const header of headers) {
    if (!isRecord(header) || typeof header.name !== 'string' || typeof header.value !== 'string') return null;
    if (header.name.toLowerCase() === 'set-cookie') lines.push(...splitSetCookieHeader(header.value));
  }
  return lines;
}

/**
 * The cookies are set when the headers arrive, before `time` (the whole exchange) ends: the
 * phases up to the first byte (HAR counts ssl inside connect; -1 is a phase that did not happen).
 */
function untilHeaders(timings: unknown): number {
  if (!isRecord(timings)) return 0;
  let sum = 0;
  for (const phase of ['blocked', 'dns', 'connect', 'send', 'wait']) {
    const ms = timings[phase];
    if (typeof ms === 'number' && ms > 0) sum += ms;
  }
  return sum;
}

/**
 * The response of a HAR entry, or null when the entry is not one (or sets no cookie). The HAR
 * says nothing of frames: the response is the top-level page's when its URL is the tab's page,
 * otherwise same-site or cross-site by its site, which is what cookie rules go by.
 */
export function responseFromHar(entry: unknown, tab: HarTab): RecordedResponse | null {
  if (!isRecord(entry) || !isRecord(entry.request) || !isRecord(entry.response)) return null;
  const { request, response } = entry;
  const started = typeof entry.startedDateTime === 'string' ? Date.parse(entry.startedDateTime) : NaN;
  if (typeof request.url !== 'string' || typeof request.method !== 'string' || typeof response.status !== 'number' || Number.isNaN(started)) {
    return null;
  }
  const lines = setCookieLines(response.headers);
  if (lines === null || lines.length === 0) return null;
  const elapsed = untilHeaders(entry.timings);
  const isTop = withoutFragment(request.url) === withoutFragment(tab.topLevelUrl);
  return {
    tabId: tab.tabId,
    time: started + elapsed,
    url: request.url,
    method: request.method,
    status: response.status,
    topLevelUrl: tab.topLevelUrl,
    frame: frameKind(request.url, tab.topLevelUrl, isTop),
    lines,
  };
}
