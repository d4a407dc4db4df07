/**
 * JSON objects and arrays. Pretty-printing and compacting only move whitespace between
 * tokens, never re-serialize: a number like 12345678901234567890 or an escape like \u00e9
 * is shown and written back exactly as it was, which JSON.parse + JSON.stringify would not do.
 */
import type { Translate } from '../translate';
import type { JsonLayer, LayerEncodeResult } from './types';

const INDENT = '  ';

/** Parses the text, or answers the parser's reason why it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses the text or says why it is not JSON, in words for the editor. */
export function checkJson(text: string, t: Translate): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = parseJson(text);
  return parsed.ok ? parsed : { ok: false, message: t('decode_not_json', parsed.reason) };
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** Strings whole, every other character outside strings on its own, whitespace dropped. */
function* tokens(json: string): Generator<string> {
  let i = 0;
  while (i < json.length) {
    const char = json[i]!;
    if (char === '"') {
      let end = i + 1;
      while (end < json.length && json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      yield json.slice(i, end + 1);
      i = end + 1;
    } else {
      if (!isWhitespace(char)) yield char;
      i++;
    }
  }
}

/** Valid JSON only; gives the layout JSON.stringify(value, null, 2) would. */
export function prettyJson(json: string): string {
  let out = '';
  let depth = 0;
  let prev = '';
  const newline = (): string => `\n${INDENT.repeat(depth)}`;
  for (const token of tokens(json)) {
    const justOpened = prev === '{' || prev === '[';
    if (token === '}' || token === ']') {
      depth--;
      out += justOpened ? token : newline() + token;
    } else {
      if (justOpened) out += newline();
      if (token === '{' || token === '[') depth++;
      out += token === ',' ? `,${newline()}` : token === ':' ? ': ' : token;
    }
    prev = token;
  }
  return out;
}

export function compactJson(json: string): string {
  let out = '';
  for (const token of tokens(json)) out += token;
  return out;
}

function hasWhitespaceOutsideStrings(json: string): boolean {
  return compactJson(json) !== json;
}

/** An object or an array: a bare number or string is not worth a JSON view. */
export function isJsonContainer(text: string): boolean {
  return /^\s*[[{]/.test(text) && parseJson(text).ok;
}

export function decodeJson(input: string): JsonLayer | null {
  if (!isJsonContainer(input)) return null;
  return { kind: 'json', encoded: input, decoded: prettyJson(input), compact: !hasWhitespaceOutsideStrings(input) };
}

export function encodeJson(layer: JsonLayer, text: string, t: Translate): LayerEncodeResult {
  const checked = checkJson(text, t);
  if (!checked.ok) return checked;
  return { ok: true, value: layer.compact ? compactJson(text) : text };
}
