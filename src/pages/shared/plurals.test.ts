import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { singularOf } from '../../core/plural';

/**
 * chrome.i18n has no plurals, so a message said with a count carries a second key for the count
 * a language says in the singular (1 in English, 0 and 1 in French), named as singularOf
 * (src/core/plural.ts) names it. tCount / counted choose between them.
 * English tells which messages are counted: a substitution followed, within two words, by a
 * plural ("$1 cookies", "$1 more problems") or a plural verb ("$1 were deleted").
 */

const LOCALES = new URL('../../../public/_locales/', import.meta.url);

type Messages = Record<string, { message: string }>;

function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES), 'utf8')) as Messages;
}

/** Counted in English but never said with 1 (nor 0), so no singular is needed; each says why. */
const NEVER_ONE: Record<string, string> = {
  rule_size_too_large: 'only over the 4096-byte limit',
  rule_path_too_long: 'its count is the 1024-byte limit',
  diag_too_large: 'only over the 4096-byte limit',
  diag_domain_limit: 'only from 150 cookies on a domain',
  diag_scheme_not_supported: '$1 is a scheme ("file pages"), not a count',
  error_import_too_many: 'only over the 10,000-cookie cap',
  duration_days: 'always 2 to 730 days (time.test.ts)',
  duration_years: 'always 2 years or more (time.test.ts)',
};

/** Words ending in s that are no plural, and plural verbs. */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'this', 'its', 'as', 'holds']);
const PLURAL_VERBS = new Set(['were', 'are', 'have']);

function isCounted(message: string): boolean {
  return [...message.matchAll(/\$[1-9] ([\p{L}-]{2,})(?: ([\p{L}-]{2,}))?/gu)].some((match) =>
    match.slice(1).some((word) => word !== undefined && (PLURAL_VERBS.has(word) || (word.endsWith('s') && !NOT_PLURAL.has(word)))),
  );
}

function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

const english = messagesOf('en');
const counted = Object.keys(english).filter((key) => !/(One|_one)$/.test(key) && !(key in NEVER_ONE) && isCounted(english[key]!.message));

describe('counted messages', () => {
  it('are found in English, the known ones among them', () => {
    for (const key of ['countAll', 'countFiltered', 'deletedCount', 'transferImported', 'opInterruptedDeleted', 'opUndone', 'transferSiteLimit']) expect(counted).toContain(key);
    expect(isCounted('Imported $1 cookie.')).toBe(false);
    expect(isCounted('$1 is not a date')).toBe(false);
  });

  it('have their singular form in English, with the same substitutions', () => {
    for (const key of counted) {
      const singular = singularOf(key);
      expect(english[singular]?.message, `${key} ("${english[key]!.message}") has no singular form ${singular}`).toBeDefined();
      expect(placeholdersOf(english[singular]!.message), `${singular} takes what ${key} takes`).toEqual(placeholdersOf(english[key]!.message));
    }
  });

  it('leave out as never 1 only messages English still counts', () => {
    for (const key of Object.keys(NEVER_ONE)) expect(isCounted(english[key]?.message ?? ''), key).toBe(true);
  });

  describe.each(readdirSync(LOCALES).sort())('%s', (locale) => {
    const translated = messagesOf(locale);
    it('has both forms of every counted message', () => {
      for (const key of counted) {
        const singular = singularOf(key);
        expect(translated[key]?.message, `${locale} ${key}`).toBeTruthy();
        expect(translated[singular]?.message, `${locale} ${singular}`).toBeTruthy();
      }
    });
  });
});
