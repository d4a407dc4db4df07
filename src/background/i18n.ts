import browser from 'webextension-polyfill';
import { countedKey, type CountedKey } from '../core/plural';
import { translatorFrom, type MessageKey } from '../core/translate';

/** The background's words in the browser's language, so findings and errors reach the pages translated. */
export const translate = translatorFrom(
  (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  (n) => n.toLocaleString(browser.i18n.getUILanguage()),
);

/** A message about `count` things, in the form the browser's language uses for that count; `count` is its $1. */
export function translateCount(key: CountedKey<MessageKey>, count: number, ...more: (string | number)[]): string {
  // CountedKey<MessageKey> holds only keys whose singular is a message too.
  return translate(countedKey(key, count, browser.i18n.getUILanguage()) as MessageKey, count, ...more);
}
