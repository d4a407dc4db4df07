/** How messages travel between pages and the background: the ports' names, and their encoding. */

/** The port pages keep open to follow cookie changes live. */
export const CHANGES_PORT = 'crumb-changes';

/** The port the all-sites view lists a store on, in parts (see store-stream.ts). */
export const STORE_LIST_PORT = 'crumb-store-list';

/**
 * An answer or a port message as the background sends it. Firefox structured-clones a message
 * object by object: 180 listed cookies took it 12–20 ms to deliver, the same data as one JSON
 * string 2–5 ms. Chrome serializes messages as JSON itself, so there they go as they are.
 * Pages read both with `fromWire` (src/pages/shared/messaging.ts: a module the background
 * shares would be a chunk of its own on the popup's first screen).
 */
export function toWire<T>(value: T, asText: boolean): T | string {
  return asText ? JSON.stringify(value) : value;
}

