/** What the request-based exports (curl command, Cookie header) share. */
import type { Cookie } from '../cookie';
import { cookiesForNavigation } from '../request-cookies';
import type { SerializeOptions } from './types';

/** The URL as the browser would request it (a port kept, the path normalised); throws without one. */
export function requestUrlOf(opts: SerializeOptions): string {
  if (opts.requestUrl === undefined) throw new Error('This export needs a request URL');
  return new URL(opts.requestUrl).href;
}

export function forRequest(cookies: Cookie[], opts: SerializeOptions): Cookie[] {
  return cookiesForNavigation(cookies, requestUrlOf(opts), opts.nowSeconds);
}
