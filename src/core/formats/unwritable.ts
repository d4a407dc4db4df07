/**
 * Text formats cannot hold every character a cookie may have: a tab ends a cookies.txt
 * field, a ";" ends a header's cookie. Such cookies are left out of an export, and the
 * export says which and why instead of dropping them unseen.
 */
import type { Cookie } from '../cookie';

export type UnwritableChar = 'tab' | 'semicolon' | 'line-break' | 'equals-sign';
export type UnwritableField = 'name' | 'value' | 'domain' | 'path';

/** Where a cookie has a character its format cannot hold. */
export interface Unwritable {
  field: UnwritableField;
  char: UnwritableChar;
}

/** A cookie an export left out, identified the way the export page lists cookies. */
export interface LeftOut extends Unwritable {
  name: string;
  domain: string;
  path: string;
}

const PATTERN: Readonly<Record<UnwritableChar, RegExp>> = {
  tab: /\t/,
  semicolon: /;/,
  'line-break': /[\r\n]/,
  'equals-sign': /=/,
};

const EVERY_FIELD: readonly UnwritableField[] = ['name', 'value', 'domain', 'path'];

/** The first of `chars` found in the cookie's `fields`, in field order. */
export function firstUnwritable(
  cookie: Pick<Cookie, UnwritableField>,
  chars: readonly UnwritableChar[],
  fields: readonly UnwritableField[] = EVERY_FIELD,
): Unwritable | null {
  for (const field of fields) {
    const char = chars.find((c) => PATTERN[c].test(cookie[field]));
    if (char) return { field, char };
  }
  return null;
}

/** Splits cookies into those a format can write and those it must leave out, with the reason. */
export function partitionWritable(
  cookies: readonly Cookie[],
  cannotCarry: ((cookie: Cookie) => Unwritable | null) | undefined,
): { writable: Cookie[]; leftOut: LeftOut[] } {
  const writable: Cookie[] = [];
  const leftOut: LeftOut[] = [];
  for (const cookie of cookies) {
    const problem = cannotCarry?.(cookie) ?? null;
    if (problem) leftOut.push({ name: cookie.name, domain: cookie.domain, path: cookie.path, ...problem });
    else writable.push(cookie);
  }
  return { writable, leftOut };
}
