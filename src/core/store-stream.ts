/**
 * The all-sites view's listing travels on a port, in parts: the first screen, then the rest of
 * the store in chunks. A store at the browser's limit holds 13 MB of cookies, and sending them
 * from the background to the page costs as much again as reading them; the page shows its first
 * rows as soon as they arrive and the rest follows while the user reads them.
 */
import type { SiteCookie } from './protocol';

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
