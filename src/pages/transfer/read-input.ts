import { messageOf } from '../shared/errors';

/** Larger inputs are refused: no cookie export is anywhere near this, and parsing it would stall the page. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ReadOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'too-large'; bytes: number }
  /** `offset`: the first NUL byte, for the message. */
  | { kind: 'binary'; offset: number }
  | { kind: 'unreadable'; reason: string };

/** Windows tools (PowerShell's `>`, Notepad's "Unicode") write UTF-16 with a byte order mark. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Reads a chosen file as text, refusing what is too large or not text before parsing anything. */
export async function readImportFile(file: Blob): Promise<ReadOutcome> {
  // Checked before reading, so a 2 GB file is refused at once.
  if (file.size > MAX_IMPORT_BYTES) return { kind: 'too-large', bytes: file.size };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { kind: 'unreadable', reason: messageOf(error) };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { kind: 'text', text: new TextDecoder(utf16).decode(bytes) };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { kind: 'binary', offset: nul };
  return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
}

/** Pasted text gets the same limit as a file, counted in UTF-16 code units (close enough to bytes). */
export function checkPasted(text: string): ReadOutcome {
  if (text.length > MAX_IMPORT_BYTES) return { kind: 'too-large', bytes: text.length };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { kind: 'binary', offset: nul };
  return { kind: 'text', text };
}
