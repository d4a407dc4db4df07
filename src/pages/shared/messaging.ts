import type { ProtocolError, RequestOf, RequestType, Response, ResultOf } from '../../core/protocol';
import { t } from './i18n';
import { ext } from './runtime';

/** Thrown for every error response, so callers handle success and failure in one place. */
export class RequestError extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
  }
}

/** An answer as the background meant it: Firefox's come as JSON text (see src/background/wire.ts). */
export function fromWire(raw: unknown): unknown {
  return typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
}

/**
 * Requests that change the jar are never sent twice: if the background stopped before it
 * answered, the page asks the journal what became of them instead (see operations.ts).
 */
const CHANGES_JAR: ReadonlySet<RequestType> = new Set(['save', 'delete', 'import', 'undo', 'switchProfile']);

/**
 * The browser's words when the background stops mid-request ("message channel closed",
 * "Receiving end does not exist") mean nothing to a user. Sending again wakes the background.
 */
async function deliver(request: { type: RequestType }): Promise<unknown> {
  try {
    return await ext.runtime.sendMessage(request);
  } catch {
    if (CHANGES_JAR.has(request.type)) {
      throw new RequestError({ code: 'interrupted', message: t('error_background_interrupted') });
    }
  }
  try {
    return await ext.runtime.sendMessage(request);
  } catch {
    throw new RequestError({ code: 'interrupted', message: t('error_background_interrupted') });
  }
}

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
