import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = new URL('../../../public/_locales/', import.meta.url);

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

function messagesOf(locale: string): Messages {
  return JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES), 'utf8')) as Messages;
}

/** The substitutions a message takes ($1 to $9) and the named placeholders it uses ($name$), sorted. */
function placeholdersOf(message: string): string[] {
  return [...new Set(message.match(/\$(?:[1-9]|[A-Za-z0-9_@]+\$)/g) ?? [])].sort();
}

const locales = readdirSync(LOCALES).sort();
const english = messagesOf('en');
const manifestKeys = [...readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);

describe('locales', () => {
  it('are English and at least four more', () => {
    expect(locales).toContain('en');
    expect(locales.length).toBeGreaterThanOrEqual(5);
  });

  it('name every key the manifest uses', () => {
    expect(manifestKeys.length).toBeGreaterThan(0);
    for (const key of manifestKeys) expect(english, key).toHaveProperty(key);
  });

  describe.each(locales.filter((locale) => locale !== 'en'))('%s', (locale) => {
    const translated = messagesOf(locale);

    it('has every key of English and no other', () => {
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    });

    it('gives each message the same placeholders as English, and some text', () => {
      for (const [key, { message }] of Object.entries(english)) {
        const other = translated[key]?.message ?? '';
        expect(placeholdersOf(other), `${locale} ${key}: ${other}`).toEqual(placeholdersOf(message));
        expect(other.trim() === '' && message.trim() !== '', `${locale} ${key} is empty`).toBe(false);
      }
    });
  });
});
