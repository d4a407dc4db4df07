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

/** One set of rules per language: All sites counts every site group it renders, and building the rules is the costly part. */
const rulesByLanguage = new Map<string, Intl.PluralRules>();

export function countedKey<K>(keys: CountedKeys<K>, count: number, language: string): K {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules.select(count) === 'one' ? keys.one : keys.other;
}
