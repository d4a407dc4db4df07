import type messages from '../../../public/_locales/en/messages.json';
import { countedKey, type CountedKey } from '../../core/plural';
import { ext } from './runtime';

export type MessageKey = keyof typeof messages;

/**
 * Every word the pages show comes through here, so a translation is one messages.json away;
 * numbers are written as the browser's language writes them ("3,300", "3.300").
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return ext.i18n.getMessage(key, substitutions.map((s) => (typeof s === 'number' ? s.toLocaleString(ext.i18n.getUILanguage()) : s))) || key;
}

/**
 * A message about `count` things, in the form the UI language uses for that count (its singular
 * is named after it, see plural.ts); `count` is its $1.
 */
export function tCount(key: CountedKey<MessageKey>, count: number, ...more: (string | number)[]): string {
  // CountedKey<MessageKey> holds only keys whose singular is a message too.
  return t(countedKey(key, count, ext.i18n.getUILanguage()) as MessageKey, count, ...more);
}
