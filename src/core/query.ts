/**
 * The all-sites view's search language and column sorting. Pure, so the page can run it on
 * every keystroke and the tests can throw arbitrary text at it.
 *
 * Syntax: whitespace-separated terms, all of which must match (AND), case-insensitive.
 * A term is free text (matches name, value or domain) or `name:`, `value:`, `domain:`
 * followed by text; text is a bare word or a quoted phrase (`value:"a b"`, `\"` and `\\`
 * escape inside quotes). Anything else, `path:x` or `https://x` included, is free text.
 */
import { identityKey, type Cookie } from './cookie';

export type QueryField = 'name' | 'value' | 'domain';

export interface QueryTerm {
  /** Null for free text, which matches any of the fields. */
  field: QueryField | null;
  /** Lower-cased, never empty. */
  text: string;
}

export interface Query {
  terms: QueryTerm[];
}

const PREFIX = /^(name|value|domain):/i;
const SPACE = /\s/;

function isSpace(char: string): boolean {
  return SPACE.test(char);
}

/** Reads a quoted phrase whose opening quote is at `start`; an unclosed quote runs to the end. */
function readQuoted(input: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  while (i < input.length) {
    const char = input[i]!;
    if (char === '"') return { text, end: i + 1 };
    if (char === '\\' && i + 1 < input.length) {
      text += input[i + 1]!;
      i += 2;
    } else {
      text += char;
      i += 1;
    }
  }
  return { text, end: i };
}

function readBare(input: string, start: number): { text: string; end: number } {
  let i = start;
  while (i < input.length && !isSpace(input[i]!)) i += 1;
  return { text: input.slice(start, i), end: i };
}

/** Never throws: every string is a query, at worst one with no terms (which matches all). */
export function parseQuery(input: string): Query {
  const terms: QueryTerm[] = [];
  let i = 0;
  while (i < input.length) {
    if (isSpace(input[i]!)) {
      i += 1;
      continue;
    }
    const prefix = PREFIX.exec(input.slice(i, i + 7));
    const field = prefix ? (prefix[1]!.toLowerCase() as QueryField) : null;
    if (prefix) i += prefix[0].length;
    const read = input[i] === '"' ? readQuoted(input, i) : readBare(input, i);
    i = read.end;
    // `name:` alone or `""` says nothing: it would match every cookie anyway.
    if (read.text !== '') terms.push({ field, text: read.text.toLowerCase() });
  }
  return { terms };
}

function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** The text that parses back to `query`; `parseQuery(formatQuery(q))` equals `q` for parsed queries. */
export function formatQuery(query: Query): string {
  return query.terms
    .map(({ field, text }) => {
      // A free term that looks like a prefix, or any text with spaces or a leading quote, is quoted.
      const needsQuotes = SPACE.test(text) || text.startsWith('"') || (field === null && PREFIX.test(text));
      const body = needsQuotes ? quote(text) : text;
      return field ? `${field}:${body}` : body;
    })
    .join(' ');
}

/**
 * True when every cookie matching `next` also matches `previous`, so a search can narrow the
 * previous result instead of scanning everything again: typing one more letter, or adding a term.
 */
export function refines(previous: Query, next: Query): boolean {
  if (next.terms.length < previous.terms.length) return false;
  return previous.terms.every((term, i) => {
    const narrower = next.terms[i]!;
    return narrower.field === term.field && narrower.text.includes(term.text);
  });
}

/**
 * A cookie's searchable text, prepared once per list load rather than on every keystroke.
 * Names and domains are short and kept lower-cased. A value of up to 4 KB is kept as it is
 * when it is ASCII, as nearly all are, and searched regardless of case: the page then holds
 * no second copy of every value.
 */
export interface SearchFields {
  name: string;
  domain: string;
  /** The value as it is when ASCII, lower-cased otherwise. */
  value: string;
  valueIsAscii: boolean;
}

const NON_ASCII = /[^\0-\x7f]/;

/** Keeps the original string when lower-casing changes nothing. */
function lower(text: string): string {
  const lowered = text.toLowerCase();
  return lowered === text ? text : lowered;
}

export function searchFieldsOf(cookie: Pick<Cookie, 'name' | 'value' | 'domain'>): SearchFields {
  const valueIsAscii = !NON_ASCII.test(cookie.value);
  return {
    name: lower(cookie.name),
    domain: lower(cookie.domain),
    value: valueIsAscii ? cookie.value : lower(cookie.value),
    valueIsAscii,
  };
}

interface CompiledTerm extends QueryTerm {
  /** A text that is not ASCII cannot occur in an ASCII value, once lower-cased. */
  ascii: boolean;
  /** Each letter of the text in both cases: looking for one character is the fastest search there is. */
  letters: (readonly [string, string])[];
  /** Finds the text regardless of case; in an ASCII value that is exactly a match of the value lower-cased. */
  pattern: RegExp;
}

function compileTerm(term: QueryTerm): CompiledTerm {
  const letters = [...new Set(term.text.match(/[a-z]/g))].map((letter) => [letter, letter.toUpperCase()] as const);
  const pattern = new RegExp(term.text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i');
  return { ...term, ascii: !NON_ASCII.test(term.text), letters, pattern };
}

function valueMatches(fields: SearchFields, term: CompiledTerm): boolean {
  const value = fields.value;
  if (!fields.valueIsAscii) return value.includes(term.text);
  if (!term.ascii) return false;
  // Without letters, case does not matter.
  if (term.letters.length === 0) return value.includes(term.text);
  // Most values lack one letter or another: those are ruled out before a full case-blind scan.
  for (const [lowerCase, upperCase] of term.letters) {
    if (!value.includes(lowerCase) && !value.includes(upperCase)) return false;
  }
  return term.text.length === 1 || term.pattern.test(value);
}

function termMatches(fields: SearchFields, term: CompiledTerm): boolean {
  switch (term.field) {
    case 'name':
      return fields.name.includes(term.text);
    case 'domain':
      return fields.domain.includes(term.text);
    case 'value':
      return valueMatches(fields, term);
    default:
      // Name and domain are short: try them before a value of up to 4 KB.
      return fields.name.includes(term.text) || fields.domain.includes(term.text) || valueMatches(fields, term);
  }
}

/** A matcher for one query, to run over many cookies: the per-term work is done once here. */
export function compileQuery(query: Query): (fields: SearchFields) => boolean {
  const terms = query.terms.map(compileTerm);
  return (fields) => terms.every((term) => termMatches(fields, term));
}

/** Bytes of name and value in UTF-8, what the browsers' 4096-byte limit counts. */
export function cookieSize(cookie: Pick<Cookie, 'name' | 'value'>): number {
  return utf8Length(cookie.name) + utf8Length(cookie.value);
}

function utf8Length(text: string): number {
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else {
      // A lone surrogate is written as U+FFFD, three bytes like the rest of the BMP.
      bytes += 3;
    }
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export type SortColumn = 'name' | 'value' | 'domain' | 'path' | 'expires' | 'size';
/** Named as `aria-sort` names them, so a header can use the value as is. */
export type SortDirection = 'ascending' | 'descending';

export const SORT_COLUMNS: readonly SortColumn[] = ['name', 'value', 'domain', 'path', 'expires', 'size'];

/** Numeric so that `item_9` comes before `item_10`; case and accents only break ties. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/**
 * Domains and paths are machine text (lower-case ASCII, nearly always): plain code-unit order
 * reads the same there and costs a fraction of a collation, which matters for the default
 * sort of the first screen.
 */
function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Session cookies end with the browser, so they sort before any date. */
function expiresOf(cookie: Cookie): number {
  return cookie.session || cookie.expirationDate === undefined ? Number.NEGATIVE_INFINITY : cookie.expirationDate;
}

function byColumn(column: SortColumn): (a: Cookie, b: Cookie) => number {
  switch (column) {
    case 'expires':
      return (a, b) => {
        const x = expiresOf(a);
        const y = expiresOf(b);
        return x < y ? -1 : x > y ? 1 : 0;
      };
    case 'size': {
      // Measured once per cookie per sort, not once per comparison.
      const sizes = new Map<Cookie, number>();
      const sizeOf = (cookie: Cookie) => {
        let size = sizes.get(cookie);
        if (size === undefined) {
          size = cookieSize(cookie);
          sizes.set(cookie, size);
        }
        return size;
      };
      return (a, b) => sizeOf(a) - sizeOf(b);
    }
    case 'domain':
    case 'path':
      return (a, b) => codeUnitOrder(a[column], b[column]);
    default:
      return (a, b) => collator.compare(a[column], b[column]);
  }
}

function byIdentity(a: Cookie, b: Cookie): number {
  const readable = codeUnitOrder(a.domain, b.domain) || codeUnitOrder(a.path, b.path) || collator.compare(a.name, b.name);
  // Same place and name: another partition or store. Rare, so the costlier key is fine here.
  return readable || codeUnitOrder(identityKey(a), identityKey(b));
}

/**
 * Orders by the column, then by domain, path and name (always ascending) so that equal
 * values keep one order whatever order the browser reported them in.
 */
export function compareCookies(column: SortColumn, direction: SortDirection): (a: Cookie, b: Cookie) => number {
  const primary = byColumn(column);
  const sign = direction === 'ascending' ? 1 : -1;
  return (a, b) => sign * primary(a, b) || byIdentity(a, b);
}
