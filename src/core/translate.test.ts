import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { Cookie } from './cookie';
import { diagnose } from './diagnostics';
import { english, remembering, substitute, translatorFrom, type MessageKey, type Translate } from './translate';
import { validateCookie } from './rules';

describe('substitute', () => {
  it('puts each substitution where its number stands, in any order and as often as it appears', () => {
    expect(substitute('$1 of $2 cookies shown', ['3', '7'])).toBe('3 of 7 cookies shown');
    expect(substitute('$2 before $1, $1 again', ['a', 'b'])).toBe('b before a, a again');
  });

  it('writes nothing for a substitution that was not given', () => {
    expect(substitute('[$1] [$2]', ['x'])).toBe('[x] []');
    expect(substitute('Deleted $1 cookies.', [])).toBe('Deleted  cookies.');
  });

  it('drops the first dollar sign of a run, so $$ is a literal $', () => {
    expect(substitute('costs $$5', [])).toBe('costs $5');
    expect(substitute('$$$', [])).toBe('$$');
    expect(substitute('$$1 is not $1', ['one'])).toBe('$1 is not one');
  });

  it('reads one digit after $, from 1 to 9, and leaves any other $ as it is', () => {
    expect(substitute('$10', ['a'])).toBe('a0');
    expect(substitute('$9', ['1', '2', '3', '4', '5', '6', '7', '8', 'nine'])).toBe('nine');
    expect(substitute('$0 $x $', ['a'])).toBe('$0 $x $');
  });

  it('inserts a substitution as it is, even one that looks like a placeholder', () => {
    expect(substitute('name: $1, value: $2', ['$2', '$$'])).toBe('name: $2, value: $$');
  });
});

describe('english', () => {
  it('fills the English text of messages.json', () => {
    expect(english('error_cookie_gone', 'sid')).toBe('The cookie "sid" no longer exists.');
    expect(english('rule_size_too_large', 4097, 4096)).toBe('Name and Value together take 4097 bytes; browsers accept at most 4096');
  });
});

describe('translatorFrom', () => {
  it("asks the browser with the key and the substitutions as strings, and gives the browser's text", () => {
    const asked: [string, string[]][] = [];
    const translate = translatorFrom((key, substitutions) => {
      asked.push([key, substitutions]);
      return `übersetzt ${substitutions.join(' ')}`;
    });
    expect(translate('diag_domain_limit', 151, 180)).toBe('übersetzt 151 180');
    expect(asked).toEqual([['diag_domain_limit', ['151', '180']]]);
  });

  it('writes numbers as the given formatter does, and leaves text as it is', () => {
    const translate = translatorFrom((_key, substitutions) => substitutions.join(' '), (n) => new Intl.NumberFormat('de').format(n));
    expect(translate('diag_domain_limit', 3300, '1000')).toBe('3.300 1000');
    expect(translatorFrom(() => '', (n) => new Intl.NumberFormat('en').format(n))('deletedCount', 1500)).toBe('Deleted 1,500 cookies.');
  });

  it('falls back to English where the browser has no text for the key', () => {
    expect(translatorFrom(() => '')('error_delete_failed', 'sid')).toBe('The browser could not delete the cookie "sid".');
    expect(translatorFrom(() => undefined)('error_bad_request')).toBe('Crumb received a malformed request.');
  });
});

/** Shows which message and arguments were asked for, so a test sees the seam was used. */
const keysOnly: Translate = (key, ...args) => `${key}(${args.join('|')})`;

describe('findings through a translator', () => {
  const cookie: Cookie = {
    name: 'sid', value: 'abc', domain: 'example.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
    sameSite: 'lax', session: true, storeId: '0',
  };

  it('rules word their findings with the translator of the context, pieces included', () => {
    const nowSeconds = 1_700_000_000;
    expect(validateCookie({ ...cookie, name: 'a b' }, { nowSeconds, translate: keysOnly }).map((f) => f.message))
      .toEqual(['rule_name_invalid_char(rule_char_space()|2)']);
    expect(validateCookie({ ...cookie, name: '__Host-id', secure: false, path: '/a' }, { nowSeconds, translate: keysOnly })[0]?.message)
      .toBe('rule_prefix_host(rule_prefix_host_step_secure()rule_list_separator()rule_prefix_host_step_path())');
  });

  it('diagnostics word their findings with the translator of the context, the prefix rules included', () => {
    const diagnosis = diagnose(
      { ...cookie, name: '__Secure-id', httpOnly: true },
      { url: 'http://example.test/', nowSeconds: 0, translate: keysOnly },
    );
    expect(diagnosis.blocked).toEqual([{ code: 'SecureOnly', message: 'diag_secure_only(http)' }]);
    expect(diagnosis.warnings).toEqual([{ code: 'HttpOnly', message: 'diag_http_only()' }]);
    const insecure = diagnose({ ...cookie, name: '__Secure-id', secure: false }, { url: 'https://example.test/', nowSeconds: 0, translate: keysOnly });
    expect(insecure.warnings).toEqual([{ code: 'InvalidPrefix', message: 'rule_prefix_secure()' }]);
  });
});

describe('messages.json', () => {
  const entries = Object.entries(messages) as [MessageKey, { message: string; description?: string }][];

  it('has no $name$ token: browsers read one as a named placeholder, and Chrome refuses an undefined one', () => {
    expect(entries.filter(([, entry]) => /\$[A-Za-z0-9_@]+\$/.test(entry.message)).map(([key]) => key)).toEqual([]);
  });

  it("tells translators what each $n of the background's messages stands for", () => {
    const background = entries.filter(([key]) => /^(rule|diag|error)_/.test(key));
    expect(background.length).toBeGreaterThan(60);
    const unexplained = background.filter(([, { message, description }]) =>
      !description || [...message.matchAll(/\$([1-9])/g)].some(([token]) => !description.includes(token)));
    expect(unexplained.map(([key]) => key)).toEqual([]);
  });
});

describe('remembering', () => {
  it('asks once per message and words, and gives back what it was told', () => {
    const asked: string[] = [];
    const t = remembering((key, ...args) => {
      asked.push([key, ...args].join(' '));
      return `${key}(${args.join(',')})`;
    });
    expect(t('diag_http_only')).toBe('diag_http_only()');
    expect(t('diag_http_only')).toBe('diag_http_only()');
    expect(t('diag_domain_limit', 180, 180)).toBe('diag_domain_limit(180,180)');
    expect(t('diag_domain_limit', 179, 180)).toBe('diag_domain_limit(179,180)');
    expect(t('diag_domain_limit', 180, 180)).toBe('diag_domain_limit(180,180)');
    expect(asked).toEqual(['diag_http_only', 'diag_domain_limit 180 180', 'diag_domain_limit 179 180']);
  });
});
