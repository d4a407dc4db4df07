/** How pages ask the background: a request, one answer (ports.ts has the streams). */
import type { JarChange, ProtocolError, RequestOf, RequestType, Response, ResultOf } from '../../core/protocol';
import { t } from './i18n';
import { ext } from './runtime';

/**
 * Pages' one error type: every failure of a request to the background (its error response, a
 * lost answer) as the protocol describes it, so callers handle them all in one place. Here, not
 * in errors.ts, so the popup's first screen loads no more than it sends.
 */
export class RequestError extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
  }
}

/** An answer or a port message as the background meant it: Firefox's come as JSON text (see src/core/wire.ts). */
export function fromWire(raw: unknown): unknown {
  return typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
}

/** The protocol's changes to the jar: the compiler keeps this list the same as its own. */
const CHANGES_JAR: Record<JarChange, true> = { save: true, delete: true, import: true, undo: true, switchProfile: true };

/**
 * The browser's words when the background stops mid-request ("message channel closed",
 * "Receiving end does not exist") mean nothing to a user. Sending again wakes the background;
 * a change to the jar is never sent twice (see operations.ts).
 */
async function deliver(request: { type: RequestType }): Promise<unknown> {
  try {
    return await ext.runtime.sendMessage(request);
  } catch {
    if (Object.hasOwn(CHANGES_JAR, request.type)) {
      throw new RequestError({ code: 'interrupted', message: t('error_background_interrupted') });
    }
  }
  try {
    return await ext.runtime.sendMessage(request);
  } catch {
    throw new RequestError({ code: 'interrupted', message: t('error_background_interrupted') });
  }
}

/** Sends a request; an error response throws a `RequestError`. */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResultOf[T]> {
  const response = fromWire(await deliver(request)) as Response<T> | undefined;
  if (!response) {
    throw new RequestError({ code: 'browser', message: t('error_background_no_answer') });
  }
  if (!response.ok) throw new RequestError(response.error);
  return response.result;
}

/** `?tabId=N` targets a given tab (tests, DevTools); otherwise the active tab of this window. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
