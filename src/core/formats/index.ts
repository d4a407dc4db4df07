/**
 * The import/export formats: a registry for the UI, detection of what was pasted,
 * and one entry point that parses anything without throwing.
 */
import { words, type Words } from '../words';
import { cookieEditorJson } from './cookie-editor-json';
import { cookieHeader } from './cookie-header';
import { crumbJson } from './crumb-json';
import { curl } from './curl';
import { editThisCookieJson } from './editthiscookie-json';
import { IN_FILE } from './issues';
import { detectJsonFormat } from './json-detect';
import { netscape } from './netscape';
import { playwright } from './playwright';
import { setCookie } from './set-cookie';
import { looksBinary, printable, stripBom } from './text';
import type { Format, FormatId, ParseOptions, ParseResult } from './types';

export type { Format, FormatId, ParseIssue, ParseOptions, ParseResult, Place, SerializeOptions } from './types';

/** In the order a format menu lists them. */
export const FORMAT_BY_ID: Readonly<Record<FormatId, Format>> = {
  'crumb-json': crumbJson,
  netscape,
  'cookie-editor-json': cookieEditorJson,
  'editthiscookie-json': editThisCookieJson,
  playwright,
  'set-cookie': setCookie,
  'cookie-header': cookieHeader,
  curl,
};

export const FORMATS: readonly Format[] = Object.values(FORMAT_BY_ID);
export const IMPORT_FORMATS: readonly Format[] = FORMATS.filter((format) => format.parse);

/**
 * Tried in this order. Set-Cookie claims text only when it sees attributes or several
 * lines, so a single "a=1; b=2" line falls through to the Cookie header.
 */
const TEXT_FORMATS: readonly Format[] = [netscape, setCookie, cookieHeader];

export function detectFormat(text: string): FormatId | null {
  const source = stripBom(text);
  const first = /\S/.exec(source)?.[0];
  if (first === undefined || looksBinary(source)) return null;
  if (first === '{' || first === '[') return detectJsonFormat(source);
  return TEXT_FORMATS.find((format) => format.detect?.(source))?.id ?? null;
}

export interface ParseAnyResult extends ParseResult {
  /** The format the text was read as; null when it was not recognised. */
  format: FormatId | null;
}

function unrecognised(text: string): Words {
  const source = stripBom(text);
  if (source.trim() === '') return words('parse_empty');
  if (looksBinary(source)) return words('parse_binary');
  return words('parse_unknown_format', { anyOf: IMPORT_FORMATS.map((format) => words(format.label)) });
}

/** Reads `text` in the format given, or the one it looks like. Never throws. */
export function parseAny(text: string, opts: ParseOptions, override?: FormatId): ParseAnyResult {
  const id = override ?? detectFormat(text);
  if (id === null) return { format: null, cookies: [], issues: [{ where: IN_FILE, message: unrecognised(text) }] };
  const format = FORMAT_BY_ID[id];
  if (!format.parse) {
    return { format: id, cookies: [], issues: [{ where: IN_FILE, message: words('parse_export_only', words(format.label)) }] };
  }
  try {
    return { format: id, ...format.parse(text, opts) };
  } catch (error) {
    // The parsers are written not to throw; this keeps the import screen alive if one still does.
    const reason = printable(error instanceof Error ? error.message : String(error), 120);
    return { format: id, cookies: [], issues: [{ where: IN_FILE, message: words('parse_failed', reason) }] };
  }
}
