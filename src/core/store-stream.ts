/**
 * The all-sites view's listing travels on a port, in parts: the first screen, then the rest of
 * the store in chunks. A store at the browser's limit holds 13 MB of cookies, and sending them
 * from the background to the page costs as much again as reading them; the page shows its first
 * rows as soon as they arrive and the rest follows while the user reads them.
 */
import type { ProtocolError, SiteCookie, StoreInfo } from './protocol';
import type { SortOrder } from './site-groups';

export const STORE_LIST_PORT = 'crumb-store-list';

/** The page's one message on a new port. */
export interface StoreListOpen {
  type: 'open';
  storeId: string;
  /** The order the page shows, so the first part holds the cookies its first screen shows. */
  sort: SortOrder;
  /** Rows, group headings included, that fill the page's first screen. */
  firstRows: number;
}

export type StoreListPart =
  | {
      type: 'first';
      storeId: string;
      /** Cookies in the store, this part's included. */
      total: number;
      stores: StoreInfo[];
      cookies: SiteCookie[];
      /** The whole size of each site these cookies belong to, for its heading until the rest comes. */
      siteCounts: Record<string, number>;
      /** No part follows. */
      last: boolean;
    }
  | { type: 'more'; cookies: SiteCookie[]; last: boolean }
  | { type: 'failed'; error: ProtocolError };

/** The most a first screen may ask for: a tall window, not a way to ask for the whole store at once. */
export const MAX_FIRST_ROWS = 500;

/** Big enough to keep the messages few, small enough that none holds the page up for long. */
export const CHUNK_COOKIES = 500;

/**
 * Splits a store's cookies into the parts sent on the port: the leading entries the first screen
 * shows, then the others in chunks. Every cookie is in exactly one part.
 */
export function splitParts(leading: readonly SiteCookie[], all: readonly SiteCookie[]): { first: SiteCookie[]; chunks: SiteCookie[][] } {
  const inFirst = new Set(leading);
  const rest = all.filter((entry) => !inFirst.has(entry));
  const chunks: SiteCookie[][] = [];
  for (let i = 0; i < rest.length; i += CHUNK_COOKIES) chunks.push(rest.slice(i, i + CHUNK_COOKIES));
  return { first: [...leading], chunks };
}
