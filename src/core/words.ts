/**
 * Something to tell the user, kept as a message key and its arguments until it is shown. Code
 * that runs where no translation is at hand (the formats worker, Node) says what it found this
 * way; the page that shows it chooses the language. Plain data: it crosses postMessage as is.
 */
import { saysOne, singularOf, type CountedKey } from './plural';
import type { MessageKey, Translate } from './translate';

/**
 * Text from the input or the browser goes in as it is; numbers are written the reader's way;
 * `anyOf` is a choice, said as the language lists one ("A, B, or C").
 */
export type Arg = string | number | Words | { anyOf: Arg[] };

export interface Words {
  key: MessageKey;
  args: Arg[];
  /** The key for a count the language says in the singular; the count is then the first argument. */
  one?: MessageKey;
}

export function words(key: MessageKey, ...args: Arg[]): Words {
  return { key, args };
}

/** Words about `count` things: `key` and its singular as in plural.ts, `count` as their $1. */
export function counted(key: CountedKey<MessageKey>, count: number, ...more: Arg[]): Words {
  // CountedKey<MessageKey> holds only keys whose singular is a message too.
  return { key, one: singularOf(key) as MessageKey, args: [count, ...more] };
}

function sayArg(arg: Arg, t: Translate, language: string): string | number {
  if (typeof arg !== 'object') return arg;
  if ('anyOf' in arg) return new Intl.ListFormat(language, { type: 'disjunction' }).format(arg.anyOf.map((one) => String(sayArg(one, t, language))));
  return say(arg, t, language);
}

/** The text of `said` through `t`, nested words first; `language` picks singular or plural. */
export function say(said: Words, t: Translate, language: string): string {
  const args = said.args.map((arg) => sayArg(arg, t, language));
  const count = args[0];
  const key = said.one !== undefined && typeof count === 'number' && saysOne(count, language) ? said.one : said.key;
  return t(key, ...args);
}
