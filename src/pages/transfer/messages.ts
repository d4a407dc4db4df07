import { RequestError } from '../shared/messaging';

/** The words of an error from the background, the worker or the browser, for an alert. */
export function messageOf(error: unknown): string {
  return error instanceof RequestError || error instanceof Error ? error.message : String(error);
}
