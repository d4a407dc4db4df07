/**
 * Which of a message's forms fits a count. chrome.i18n has no plurals, so a counted message
 * has a key per form; the language's own rules (Intl.PluralRules) choose, and a language with
 * more forms than "one" and "other" (few, many…) falls back to "other" until its messages
 * have them.
 */
export interface CountedKeys<K> {
  one: K;
  other: K;
}

export function countedKey<K>(keys: CountedKeys<K>, count: number, language: string): K {
  return new Intl.PluralRules(language).select(count) === 'one' ? keys.one : keys.other;
}
