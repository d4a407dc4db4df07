/**
 * Which of a message's forms fits a count. chrome.i18n has no plurals, so a counted message
 * has a second key for the count a language says in the singular (1 in English, 0 and 1 in
 * French), named after it: `<key>One`, `<key>_one` beside a snake_case key, `…One` beside a
 * `…Many`. The language's own rules (Intl.PluralRules) choose, and a language with more forms
 * than "one" and "other" (few, many…) falls back to "other" until its messages have them.
 */

export type SingularOf<K extends string> = K extends `${infer Stem}Many` ? `${Stem}One` : K extends `${string}_${string}` ? `${K}_one` : `${K}One`;

/** The keys among `M` whose singular is among `M` too: the messages a count can be said with. */
export type CountedKey<M extends string> = { [K in M]: SingularOf<K> extends M ? K : never }[M];

export function singularOf<K extends string>(key: K): SingularOf<K> {
  const singular = key.endsWith('Many') ? `${key.slice(0, -'Many'.length)}One` : key.includes('_') ? `${key}_one` : `${key}One`;
  return singular as SingularOf<K>;
}

/** One set of rules per language: All sites counts every site group it renders, and building the rules is the costly part. */
const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** Whether `language` says `count` in the singular. */
export function saysOne(count: number, language: string): boolean {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules.select(count) === 'one';
}

export function countedKey<K extends string>(key: K, count: number, language: string): K | SingularOf<K> {
  return saysOne(count, language) ? singularOf(key) : key;
}
