import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { NOW, OPTS, STORE } from '../../../tests/support/formats';
import { substitute, type MessageKey, type Translate } from '../translate';
import { say, words, type Arg, type Words } from '../words';
import { parseAny } from './index';
import { placeWords, sayIssue } from './issue-words';
import type { FormatId, ParseOptions } from './types';

const NO_SITE: ParseOptions = { storeId: STORE, nowSeconds: NOW };

/** Broken input of every format, between them producing every problem a parser reports. */
const BROKEN: [string, FormatId | undefined, ParseOptions][] = [
  ['hello world', undefined, OPTS],
  ['', undefined, OPTS],
  ['\u0000\u0001binary', undefined, OPTS],
  ['a=1', 'curl', OPTS],
  ['{"a": 1}', 'cookie-editor-json', OPTS],
  [
    JSON.stringify([
      { name: 'a', domain: 'a.test', secure: 'yes', httpOnly: 2, path: 7, sameSite: 'sometimes', expirationDate: 'soon', firstPartyDomain: 5 },
      'x', 3, null, true, [],
      { value: 'v', domain: 'a.test' },
      { name: 'a', value: {}, domain: 'a.test' },
      { name: 'a', domain: 17 },
      { name: 'a', domain: 'a.test', partitionKey: [] },
    ]),
    'editthiscookie-json',
    OPTS,
  ],
  ['[{"name": "a", "value": "1", "domain": "a.test"}, {"name": "b", "val', 'cookie-editor-json', OPTS],
  ['[{"name": "a", "domain": "a.test"}, {"name": "b", "domain": "a.test"},\n {"x": tru}, {"name": "c"', 'cookie-editor-json', OPTS],
  ['[\n  {"name": "a", "value": "x\u0007y", "domain": "a.test"}\n]', 'cookie-editor-json', OPTS],
  ['{"format": "crumb", "cook', 'crumb-json', OPTS],
  ['{"format": x}', 'crumb-json', OPTS],
  ['"just text"', 'crumb-json', OPTS],
  ['{"cookies": []}', 'crumb-json', OPTS],
  ['{"format": "crumb", "version": 2, "cookies": []}', 'crumb-json', OPTS],
  ['{"format": "crumb", "version": "one", "cookies": []}', 'crumb-json', OPTS],
  [
    JSON.stringify({
      cookies: [
        { name: 'a', value: '1', domain: '', path: '/' },
        { name: 'b', value: '1' },
        { name: 'c', value: '1', domain: 'a.test', expires: 'never' },
        { name: 'd', value: '1', domain: 'a.test', partitionKey: 5 },
        { name: 5.5, value: null, domain: 'a.test' },
        { name: 'e', value: [], domain: 'a.test' },
      ],
    }),
    'playwright',
    OPTS,
  ],
  ['5', 'playwright', OPTS],
  [
    ['broken', '\tTRUE\t/\tFALSE\t0\ta\tb', 'a.test\tMAYBE\t/\tFALSE\t0\ta\tb', 'a.test\tTRUE\t/\tNOPE\t0\ta\tb', 'a.test\tTRUE\t/\tFALSE\tsoon\ta\tb'].join('\n'),
    'netscape',
    OPTS,
  ],
  ['# only a comment', 'netscape', OPTS],
  ['broken\n'.repeat(501), 'netscape', OPTS],
  ['broken\n'.repeat(502), 'netscape', OPTS],
  ['Set-Cookie: a=1; Expires=someday; Max-Age=1h\nSet-Cookie: ; Path=/\nSet-Cookie: b=2; Domain=com; Partitioned\nSet-Cookie: c=3', 'set-cookie', NO_SITE],
  ['Set-Cookie: c=3', 'set-cookie', { ...NO_SITE, siteUrl: 'ftp://a.test' }],
  ['# nothing', 'set-cookie', OPTS],
  ['a=1', 'cookie-header', NO_SITE],
  [' ; ;', 'cookie-header', OPTS],
];

/** What the page says around the formats: the worker's failures, and a parser that threw after all. */
const OTHER: Words[] = [
  words('parse_failed', 'x is not a function'),
  words('transferCannotExport', words('format_cookie_header')),
  words('transferFormatsFailed', 'out of memory'),
  words('transferFormatsFailed', words('transferWorkerStopped')),
  words('transferFormatsFailed', words('transferWorkerUnreadable')),
];

const issues = BROKEN.flatMap(([text, format, opts]) => parseAny(text, opts, format).issues);
const said: Words[] = [...issues.flatMap((issue) => [placeWords(issue.where), issue.message]), ...OTHER];

/** The arguments of `w`, a choice's each. */
function argsOf(w: Words): Arg[] {
  return w.args.flatMap((arg) => (typeof arg === 'object' && 'anyOf' in arg ? arg.anyOf : [arg]));
}

function keysOf(w: Words): MessageKey[] {
  return [w.key, ...(w.one ? [w.one] : []), ...argsOf(w).flatMap((arg) => (typeof arg === 'object' && 'key' in arg ? keysOf(arg) : []))];
}

/** Text and numbers that go in as they are: from the input, the browser or JSON. */
function literalsOf(w: Words): string[] {
  return argsOf(w).flatMap((arg) => (typeof arg === 'object' && 'key' in arg ? literalsOf(arg) : typeof arg === 'object' ? [] : [String(arg)]));
}

const used = new Set(said.flatMap(keysOf));

type Messages = Record<string, { message: string }>;
const LOCALES = new URL('../../../public/_locales/', import.meta.url);
const locales = readdirSync(LOCALES).filter((locale) => locale !== 'en').sort();
const messagesOf = (locale: string): Messages => JSON.parse(readFileSync(new URL(`${locale}/messages.json`, LOCALES), 'utf8')) as Messages;
const translator = (messages: Messages): Translate => (key, ...args) => substitute(messages[key]?.message ?? `<missing ${key}>`, args.map(String));

/**
 * Words of the English messages that stay English in every language: what the formats and the
 * cookies API call things (JSON keys, attributes, TRUE/FALSE) and names.
 */
const UNTRANSLATED = new Set([
  'JSON', 'Crumb', 'Playwright', 'storageState', 'Set', 'Cookie', 'Expires', 'Max', 'Age', 'Domain', 'Partitioned', 'TRUE', 'FALSE',
  'Strict', 'Lax', 'None', 'true', 'false', 'http', 'URL', 'name', 'value', 'domain', 'format', 'crumb', 'cookies', 'origins',
  'partitionKey', 'topLevelSite', 'expirationDate', 'firstPartyDomain', 'expires', 'url', 'secure', 'cookie', 'curl',
]);

/** Formats whose name is a name in every language. */
const NAMES = new Set<MessageKey>(['format_crumb_json', 'format_netscape', 'format_cookie_editor_json', 'format_editthiscookie_json', 'format_playwright']);

/** English words that are words of the language too. */
const COGNATES: Record<string, string[]> = { fr: ['export', 'session', 'date', 'site', 'version'], es: ['host'] };

function englishWords(key: MessageKey): string[] {
  if (NAMES.has(key)) return [];
  return (english[key].message.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !UNTRANSLATED.has(word));
}

describe('parse issues in every language', () => {
  it('the broken files reach every parse message and format name, and every message the page adds around them', () => {
    const parseKeys = Object.keys(english).filter((key) => key.startsWith('parse_') || key.startsWith('format_'));
    expect(parseKeys.filter((key) => !used.has(key as MessageKey))).toEqual([]);
    expect(issues.length).toBeGreaterThan(BROKEN.length);
  });

  it('in English, fill every placeholder with what was found', () => {
    const t = translator(english);
    for (const w of said) {
      const text = say(w, t, 'en');
      expect(text).not.toMatch(/\$\d/);
      for (const literal of literalsOf(w)) expect(text, JSON.stringify(w)).toContain(literal);
    }
  });

  describe.each(locales)('%s', (locale) => {
    const messages = messagesOf(locale);
    const t = translator(messages);

    it('has its own words for each message', () => {
      for (const key of used) {
        expect(messages[key]?.message, key).toBeDefined();
        if (NAMES.has(key)) continue;
        expect(messages[key]!.message, `${locale} ${key}`).not.toBe(english[key].message);
      }
    });

    it('says every issue with every placeholder filled and no English left over', () => {
      for (const w of said) {
        const text = say(w, t, locale);
        expect(text).not.toMatch(/\$\d|<missing/);
        let rest = text;
        for (const literal of literalsOf(w)) {
          expect(rest, `${locale}: ${text}`).toContain(literal);
          rest = rest.replace(literal, ' ');
        }
        for (const word of keysOf(w).flatMap(englishWords).filter((word) => !COGNATES[locale]?.includes(word))) {
          expect.soft(rest, `${locale}: "${word}" in ${text}`).not.toMatch(new RegExp(`\\b${word}\\b`));
        }
      }
    });

    it('shows an issue as the page does: the place, then the message', () => {
      const cutOff = parseAny('[{"name": "a", "pa', OPTS, 'cookie-editor-json').issues[0]!;
      const { where, message } = sayIssue(cutOff, t, locale);
      expect(where).toBe(substitute(messages.parse_place_column!.message, ['1', '19']));
      expect(message).toContain(messages.parse_json_cut_off!.message);
    });
  });
});
