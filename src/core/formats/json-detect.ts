/** Telling the JSON formats apart by their shape. */
import { isRecord } from './fields';
import { stripBom } from './text';
import type { FormatId } from './types';

export type JsonFormatId = Extract<FormatId, 'crumb-json' | 'cookie-editor-json' | 'editthiscookie-json' | 'playwright'>;

export function detectJsonFormat(text: string): JsonFormatId | null {
  const source = stripBom(text).trimStart();
  if (!source.startsWith('{') && !source.startsWith('[')) return null;
  let root: unknown;
  try {
    root = JSON.parse(source);
  } catch {
    return guessFromBrokenJson(source.slice(0, GUESS_WINDOW));
  }
  return classifyJson(root);
}

function classifyJson(root: unknown): JsonFormatId | null {
  if (isRecord(root)) {
    if (root.format === 'crumb') return 'crumb-json';
    return Array.isArray(root.cookies) ? 'playwright' : null;
  }
  if (!Array.isArray(root)) return null;
  // An empty list is a valid export of zero cookies; say so rather than "unknown format".
  if (root.length === 0) return 'cookie-editor-json';
  const sample = root.find(isRecord);
  if (!sample) return null;
  if ('expires' in sample && !('expirationDate' in sample) && !('hostOnly' in sample)) return 'playwright';
  if ('id' in sample) return 'editthiscookie-json';
  return 'name' in sample || 'domain' in sample ? 'cookie-editor-json' : null;
}

const GUESS_WINDOW = 64 * 1024;

/** For a truncated or hand-broken file: the same clues, read from the text of its beginning. */
function guessFromBrokenJson(head: string): JsonFormatId | null {
  if (/"format"\s*:\s*"crumb"/.test(head)) return 'crumb-json';
  if (head.startsWith('{')) return /"cookies"\s*:/.test(head) ? 'playwright' : null;
  const has = (key: string): boolean => new RegExp(`"${key}"\\s*:`).test(head);
  if (has('expires') && !has('expirationDate') && !has('hostOnly')) return 'playwright';
  if (has('id')) return 'editthiscookie-json';
  return has('name') || has('domain') ? 'cookie-editor-json' : null;
}
