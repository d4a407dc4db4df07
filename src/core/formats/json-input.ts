/**
 * Getting at the list of cookie objects in a JSON export, including a broken one:
 * a truncated download or a hand edit gone wrong still yields every complete item,
 * and the error says where the JSON stopped making sense.
 */
import { counted, words, type Words } from '../words';
import { IN_FILE, type IssueList } from './issues';
import type { ParseIssue, Place } from './types';
import { describeValue, printable, stripBom } from './text';

export interface JsonItem {
  value: unknown;
  /** The item's number, and its line when it was recovered from broken JSON. */
  where: Place;
}

export interface JsonRead {
  /** The parsed document; undefined when the text was not valid JSON. */
  root: unknown;
  items: JsonItem[];
}

/**
 * @param pick finds the cookie list in a parsed document, null if it has none
 * @param expected what the document should have been, for the message when `pick` finds nothing
 */
export function readJsonItems(
  text: string,
  issues: IssueList,
  pick: (root: unknown) => unknown[] | null,
  expected: Words,
): JsonRead {
  const source = stripBom(text);
  if (source.trim() === '') {
    issues.add(IN_FILE, words('parse_empty'));
    return { root: undefined, items: [] };
  }
  let root: unknown;
  try {
    root = JSON.parse(source);
  } catch (error) {
    const { where, what } = describeJsonError(error, source);
    const salvage = salvageItems(source);
    issues.add(
      where,
      salvage === null ? words('parse_json_invalid_alone', what) : words('parse_json_invalid', what, describeRecovered(salvage.items.length)),
    );
    for (const problem of salvage?.problems ?? []) issues.add(problem.where, problem.message);
    return { root: undefined, items: salvage?.items ?? [] };
  }
  const list = pick(root);
  if (list === null) {
    issues.add(IN_FILE, words('parse_expected_document', expected, describeValue(root)));
    return { root, items: [] };
  }
  return { root, items: list.map((value, i) => ({ value, where: { kind: 'item', item: i + 1 } })) };
}

function describeRecovered(count: number): Words {
  if (count === 0) return words('parse_recovered_none');
  return counted('parse_recovered', count);
}

/** Line and column of an offset, counting lines as editors do. */
export function locate(text: string, offset: number): Place {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { kind: 'column', line, column: end - lineStart + 1 };
}

/** The offset of a 1-based line and column, as SpiderMonkey reports them. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/**
 * Reads where and why JSON.parse gave up, in V8's words ("… at position 12") or
 * SpiderMonkey's ("JSON.parse: … at line 1 column 13 of the JSON data"). The reason stays in
 * the engine's words, quoted: it has no key to translate it by.
 */
export function describeJsonError(error: unknown, text: string): { where: Place; what: Words } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const lineColumn = /at line (\d+) column (\d+) of the JSON data/.exec(message);
  // V8 quotes a piece of the input after the reason; the location given separately is more useful.
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data[\s\S]*$/, '')
    .replace(/\s*(?:in JSON )?at position \d+[\s\S]*$/, '')
    .replace(/, "[\s\S]*" is not valid JSON$/, '');
  const what = words('parse_json_reason', printable(reason, 120));
  const offset =
    position?.[1] !== undefined
      ? Number(position[1])
      : lineColumn?.[1] !== undefined && lineColumn[2] !== undefined
        ? offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]))
        : null;
  const cutOff =
    /end of JSON input|end of data/i.test(message) ||
    (offset !== null && offset >= text.length) ||
    // SpiderMonkey points at where an unterminated string starts; V8 at where the text ends.
    (/unterminated string/i.test(message) && offset !== null && !text.slice(offset + 1).includes('"'));
  if (cutOff) return { where: locate(text, text.length), what: words('parse_json_cut_off') };
  if (offset !== null) return { where: locate(text, offset), what };
  return { where: IN_FILE, what };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const NEWLINE = 0x0a;

/** Where the cookie list opens: the top-level array, or the array under a "cookies" key. */
function findListStart(text: string): number {
  const first = /\S/.exec(text);
  if (first?.[0] === '[') return first.index;
  const keyed = /"cookies"\s*:\s*\[/.exec(text);
  return keyed ? keyed.index + keyed[0].length - 1 : -1;
}

/**
 * One pass over the list that splits it into items by bracket depth outside strings,
 * then parses each item on its own. Null when no list could be found.
 */
function salvageItems(text: string): { items: JsonItem[]; problems: ParseIssue[] } | null {
  const open = findListStart(text);
  if (open < 0) return null;
  const items: JsonItem[] = [];
  const problems: ParseIssue[] = [];
  let line = 1;
  for (let i = 0; i < open; i++) if (text.charCodeAt(i) === NEWLINE) line++;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  let startLine = line;
  let count = 0;

  const finish = (end: number): void => {
    if (start < 0) return;
    count++;
    const where: Place = { kind: 'item', item: count, line: startLine };
    try {
      items.push({ value: JSON.parse(text.slice(start, end)), where });
    } catch (error) {
      const message = end >= text.length
        ? words('parse_item_cut_off')
        : words('parse_item_invalid_json', describeJsonError(error, text.slice(start, end)).what);
      problems.push({ where, message });
    }
    start = -1;
  };

  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === BACKSLASH) escaped = true;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === NEWLINE) continue;
    const endsList = c === CLOSE_BRACKET && depth === 0;
    const separates = c === COMMA && depth === 0;
    if (endsList || separates) {
      finish(i);
      if (endsList) return { items, problems };
      continue;
    }
    if (start < 0) {
      start = i;
      startLine = line;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) depth--;
  }
  finish(text.length);
  return { items, problems };
}
