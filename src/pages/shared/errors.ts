import type { ProtocolError } from '../../core/protocol';
import { RequestError } from './messaging';

/** The words of an error from the background, a worker or the browser, to show the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Any failure as the protocol describes one: the browser's own in its words. */
export function problemOf(error: unknown): ProtocolError {
  return error instanceof RequestError ? error.error : { code: 'browser', message: messageOf(error) };
}
