/**
 * Base64 (RFC 4648 §4) and base64url (§5). Only values that decode to readable UTF-8 or
 * to JSON are offered, and only canonical encodings, so that writing the text back gives
 * the same bytes.
 */
import type { Base64Alphabet, Base64Layer, LayerEncodeResult } from './types';
import { isJsonContainer } from './json';
import { isPrintable, utf8Bytes, utf8Text } from './text';

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SHAPE = /^([A-Za-z0-9+/_-]+)(={0,2})$/;
/** Short words ("en", "fr") happen to decode to a printable byte; real payloads are longer. */
const MIN_TEXT_BYTES = 4;

export function base64Encode(bytes: Uint8Array, alphabet: Base64Alphabet, padded: boolean): string {
  const chars = alphabet === 'url' ? URL_SAFE : STANDARD;
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += chars[a >> 2]! + chars[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += chars[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += chars[c & 63]!;
  }
  if (padded) out += '='.repeat((4 - (out.length % 4)) % 4);
  return out;
}

/**
 * Strict decoding: one alphabet, correct length and padding, zero trailing bits.
 * Null for anything else, which is then simply not Base64.
 */
export function base64Decode(input: string, alphabet: Base64Alphabet): Uint8Array | null {
  const shape = SHAPE.exec(input);
  if (!shape) return null;
  const body = shape[1]!;
  const padding = shape[2]!;
  const chars = alphabet === 'url' ? URL_SAFE : STANDARD;
  const rest = body.length % 4;
  if (rest === 1) return null;
  if (padding !== '' && (input.length % 4 !== 0 || padding.length !== (4 - rest) % 4)) return null;
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let at = 0;
  for (const char of body) {
    const value = chars.indexOf(char);
    if (value < 0) return null;
    bits = (bits << 6) | value;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[at++] = (bits >> bitCount) & 0xff;
      bits &= (1 << bitCount) - 1;
    }
  }
  return bits === 0 ? bytes : null;
}

function alphabetOf(input: string): Base64Alphabet | null {
  const standard = /[+/]/.test(input);
  const urlSafe = /[-_]/.test(input);
  if (standard && urlSafe) return null;
  if (standard) return 'standard';
  if (urlSafe) return 'url';
  // Neither alphabet's own characters appear: padding or a length of 4n says standard.
  return input.endsWith('=') || input.length % 4 === 0 ? 'standard' : 'url';
}

export function decodeBase64(input: string): Base64Layer | null {
  const alphabet = alphabetOf(input);
  if (!alphabet) return null;
  const bytes = base64Decode(input, alphabet);
  if (!bytes) return null;
  const decoded = utf8Text(bytes);
  if (decoded === null) return null;
  const readable = bytes.length >= MIN_TEXT_BYTES && isPrintable(decoded);
  if (!readable && !isJsonContainer(decoded)) return null;
  const padded = input.endsWith('=') || (input.length % 4 === 0 && alphabet === 'standard');
  return { kind: 'base64', encoded: input, decoded, alphabet, padded };
}

export function encodeBase64(layer: Base64Layer, text: string): LayerEncodeResult {
  return { ok: true, value: base64Encode(utf8Bytes(text), layer.alphabet, layer.padded) };
}
