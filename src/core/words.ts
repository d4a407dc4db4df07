/**
 * Something to tell the user, kept as a message key and its arguments until it is shown. Code
 * that runs where no translation is at hand (the formats worker, Node) says what it found this
 * way; the page that shows it chooses the language. Plain data: it crosses postMessage as is.
 */
import { countedKey } from './plural';
import type { MessageKey, Translate } from './translate';

/** Text from the input or the browser goes in as it is; numbers are written the reader's way. */
export type Arg = string | number | Words;

export interface Words {
  key: MessageKey;
  args: Arg[];
  /** The key for a count the language says in the singular; the count is then the first argument. */
  one?: MessageKey;
}

export function words(key: MessageKey, ...args: Arg[]): Words {
  return { key, args };
}

/** Words about `count` things: `other` and `one` as in plural.ts, `count` as their $1. */
export function counted(keys: { one: MessageKey; other: MessageKey }, count: number, ...more: Arg[]): Words {
  return { key: keys.other, one: keys.one, args: [count, ...more] };
}

/** The text of `said` through `t`, nested words first; `language` picks singular or plural. */
export function say(said: Words, t: Translate, language: string): string {
  const args = said.args.map((arg) => (typeof arg === 'object' ? say(arg, t, language) : arg));
  const count = args[0];
  const key = said.one !== undefined && typeof count === 'number' ? countedKey({ one: said.one, other: said.key }, count, language) : said.key;
  return t(key, ...args);
}
