/**
 * The Set-Cookie inspector's one path from recorded responses to what the view shows: every
 * source of responses (recording a tab, the DevTools network panel) hands over the same
 * `RecordedResponse`, and the fate of each line is decided here from the rules, the cookie
 * changes around the response and the jar.
 */
import type { Cookie } from './cookie';
import { hasFields, isRecord } from './cookie-guard';
import { siteOfHost } from './domain';
import type { Translate } from './translate';
import { checkSetCookie, type Prediction } from './set-cookie-check';
import { settleFates, type Fate, type TimedChange } from './set-cookie-fate';
import { parseSetCookieLine, type Engine, type RawAttribute } from './set-cookie-line';
import type { TimelineEntry } from './timeline';

/** Where the response landed, relative to the tab's top-level page. */
export type FrameKind = 'top' | 'same-site' | 'cross-site';

/** The name of the port inspector pages open to hear of newly recorded responses. */
export const INSPECTOR_PORT = 'crumb-inspector';

export interface RecordedResponse {
  tabId: number;
  /** Milliseconds since the epoch. */
  time: number;
  url: string;
  method: string;
  status: number;
  /** The tab's top-level page when the response came. */
  topLevelUrl: string;
  frame: FrameKind;
  /** Each Set-Cookie line, in the order received. */
  lines: string[];
}

export interface InspectedLine {
  line: string;
  name: string;
  value: string;
  attributes: RawAttribute[];
  fate: Fate;
}

export interface InspectedResponse extends Omit<RecordedResponse, 'lines'> {
  lines: InspectedLine[];
}

export interface InspectContext {
  engine: Engine;
  storeId: string;
  /** Cookie changes of the recording, oldest first. */
  changes: readonly TimedChange[];
  /** The jar's cookies of every name the lines set, in every partition; absent when not read. */
  jar?: readonly Cookie[];
  translate?: Translate;
}

/** Cross-site is a matter of sites, not origins: a frame of shop.example.test in example.test is same-site. */
export function frameKind(url: string, topLevelUrl: string, isTopLevel: boolean): FrameKind {
  if (isTopLevel) return 'top';
  try {
    const site = (u: string) => siteOfHost(new URL(u).hostname);
    return site(url) === site(topLevelUrl) ? 'same-site' : 'cross-site';
  } catch {
    return 'cross-site';
  }
}

/** The timeline's changes as the browser fired them: an update was a removal (overwrite) then an insert. */
export function changesFromTimeline(entries: readonly TimelineEntry[]): TimedChange[] {
  const out: TimedChange[] = [];
  for (const entry of entries) {
    if (entry.kind === 'updated' && entry.after) {
      out.push({ removed: true, cause: 'overwrite', cookie: entry.before ?? entry.after, time: entry.time });
      out.push({ removed: false, cause: 'explicit', cookie: entry.after, time: entry.time });
    } else if (entry.kind === 'added' && entry.after) {
      out.push({ removed: false, cause: entry.cause, cookie: entry.after, time: entry.time });
    } else if (entry.kind === 'removed' && entry.before) {
      out.push({ removed: true, cause: entry.cause, cookie: entry.before, time: entry.time });
    }
  }
  return out;
}

/**
 * The rule that an http response may not overwrite a Secure cookie needs the jar as it was
 * before the response, which nobody kept. It is applied only where the jar confirms it: the
 * line stored nothing, and a Secure cookie it would have shadowed is there.
 */
function withSecureShadow(prediction: Prediction, fate: Fate, recheck: () => Prediction): Fate {
  if (prediction.kind !== 'accepted' || (fate.kind !== 'blocked' && fate.kind !== 'unknown')) return fate;
  const again = recheck();
  return again.kind === 'rejected' && again.reasons.some((r) => r.code === 'overwrite-secure')
    ? { kind: 'rejected', reasons: again.reasons }
    : fate;
}

/** Every response, oldest first, with the fate of each of its lines. */
export function inspectResponses(responses: readonly RecordedResponse[], ctx: InspectContext): InspectedResponse[] {
  const used = new Set<number>();
  return responses.map((response) => {
    const parsed = response.lines.map((line) => parseSetCookieLine(line, ctx.engine));
    const checkContext = (existing?: readonly Cookie[]) => ({
      url: response.url,
      engine: ctx.engine,
      nowSeconds: Math.floor(response.time / 1000),
      storeId: ctx.storeId,
      topLevelUrl: response.topLevelUrl,
      crossSite: response.frame === 'cross-site',
      ...(existing ? { existing } : {}),
      ...(ctx.translate ? { translate: ctx.translate } : {}),
    });
    const predictions = parsed.map((line) => checkSetCookie(line, checkContext()));
    const fates = settleFates(predictions, ctx.changes, used, {
      engine: ctx.engine,
      responseTime: response.time,
      crossSite: response.frame === 'cross-site',
      ...(ctx.jar ? { jar: ctx.jar } : {}),
    });
    return {
      ...response,
      lines: parsed.map((line, i) => ({
        line: line.line,
        name: line.name,
        value: line.value,
        attributes: line.attributes,
        fate: ctx.jar
          ? withSecureShadow(predictions[i]!, fates[i]!, () => checkSetCookie(line, checkContext(ctx.jar)))
          : fates[i]!,
      })),
    };
  });
}

const FRAMES: readonly string[] = ['top', 'same-site', 'cross-site'] satisfies FrameKind[];

export function isRecordedResponse(x: unknown): x is RecordedResponse {
  return (
    isRecord(x) &&
    Number.isInteger(x.tabId) &&
    hasFields(x, { time: 'number', url: 'string', method: 'string', status: 'number', topLevelUrl: 'string', frame: 'string' }) &&
    FRAMES.includes(x.frame) &&
    Array.isArray(x.lines) &&
    x.lines.every((line) => typeof line === 'string')
  );
}

/** The recorded responses as storage.session holds them; anything else is an empty recording. */
export function parseStoredResponses(stored: unknown): RecordedResponse[] {
  return Array.isArray(stored) && stored.every(isRecordedResponse) ? stored : [];
}

/** What is being recorded: one tab, in its cookie store. */
export interface RecordingState {
  tabId: number;
  storeId: string;
  /** The tab's top-level page, kept up to date by its top-level responses. */
  topLevelUrl: string;
}

/** What the inspector page shows for a tab. */
export interface Inspection {
  /** This tab is being recorded. */
  recording: boolean;
  /** The optional webRequest permission is granted. */
  permitted: boolean;
  /**
   * Chrome delivers no webRequest events to an extension that was granted the permission while
   * it ran, until it is reloaded or the browser restarts: the recording then sees nothing.
   */
  needsRestart: boolean;
  responses: InspectedResponse[];
}

export function parseRecordingState(stored: unknown): RecordingState | null {
  return isRecord(stored) && Number.isInteger(stored.tabId) && hasFields(stored, { storeId: 'string', topLevelUrl: 'string' })
    ? { tabId: stored.tabId as number, storeId: stored.storeId, topLevelUrl: stored.topLevelUrl }
    : null;
}
