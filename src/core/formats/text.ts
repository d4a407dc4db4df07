/** Small text helpers shared by the parsers. All linear in the input. */
import { words, type Arg } from '../words';

/** Editors on Windows put a byte order mark before the first line; it is not part of the data. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits on LF, CRLF and lone CR, so files from any platform number their lines the same way. */
export function splitLines(text: string): string[] {
  return stripBom(text).split(/\r\n|\r|\n/);
}

const CONTROL = /\p{Cc}/gu;

/** Makes a piece of text safe to show in a message: no control characters, not too long. */
export function printable(text: string, max: number): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return short.replace(CONTROL, '�');
}

/**
 * Quotes a piece of the input for a message: control characters would garble the
 * message and a 10 MB "value" would drown it.
 */
export function quote(text: string): string {
  return `"${printable(text, 40)}"`;
}

/**
 * What a JSON value is, for messages such as "found a list". null, numbers and booleans are
 * written as JSON writes them, in every language.
 */
export function describeValue(value: unknown): Arg {
  if (value === null) return 'null';
  if (Array.isArray(value)) return words('parse_value_list');
  switch (typeof value) {
    case 'string':
      return words('parse_value_text', quote(value));
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return words('parse_value_object');
    default:
      return words('parse_value_nothing');
  }
}

const SAMPLE = 4096;

/** NUL bytes or many control characters mean a binary file was chosen instead of a text export. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) control++;
  }
  return control * 10 > sample.length;
}
