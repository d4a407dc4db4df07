/** Rules shared by the formats that put cookies in HTTP header syntax. */
import type { Cookie } from '../cookie';
import { firstUnwritable, type Unwritable } from './unwritable';

/**
 * A ";" would end the cookie early, a line break would start a new header and an "="
 * in the name would move the split: such a cookie cannot be written as a header.
 * Browsers never store one, so only hand-made cookies are affected.
 */
export function headerCannotCarry(cookie: Pick<Cookie, 'name' | 'value' | 'domain' | 'path'>): Unwritable | null {
  return firstUnwritable(cookie, ['semicolon', 'line-break']) ?? firstUnwritable(cookie, ['equals-sign'], ['name']);
}

/** "name=value" splits at the first "="; without one, RFC 6265bis reads a value with an empty name. */
export function splitPair(pair: string): { name: string; value: string } {
  const eq = pair.indexOf('=');
  if (eq < 0) return { name: '', value: pair.trim() };
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
}

export function joinPair(cookie: Pick<Cookie, 'name' | 'value'>): string {
  return `${cookie.name}=${cookie.value}`;
}

/** "name=" with no space in the name: a cookie rather than a sentence or a command line. */
export const PAIR_START = /^[^\s=;]*=/;
