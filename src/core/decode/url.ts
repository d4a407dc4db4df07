/**
 * Percent-encoding. `+` is left as it is: cookie values that hold Base64 use it literally,
 * and reading it as a space would corrupt them.
 */
import type { LayerEncodeResult, UrlLayer } from './types';
import { utf8Bytes } from './text';

const ESCAPE = /%([0-9A-Fa-f]{2})/g;
const HAS_ESCAPE = /%[0-9A-Fa-f]{2}/;

/** RFC 6265 cookie-octet: what may stand in a cookie value without escaping. */
function isCookieOctet(code: number): boolean {
  return code === 0x21 || (code >= 0x23 && code <= 0x2b) || (code >= 0x2d && code <= 0x3a)
    || (code >= 0x3c && code <= 0x5b) || (code >= 0x5d && code <= 0x7e);
}

export function decodeUrl(input: string): UrlLayer | null {
  if (!HAS_ESCAPE.test(input)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(input);
  } catch {
    return null;
  }
  if (decoded === input) return null;
  let escapedChars = '';
  let upperHex = true;
  let sawLetterHex = false;
  for (const match of input.matchAll(ESCAPE)) {
    const hex = match[1]!;
    if (!sawLetterHex && /[A-Fa-f]/.test(hex)) {
      sawLetterHex = true;
      upperHex = hex === hex.toUpperCase();
    }
    const code = parseInt(hex, 16);
    const char = String.fromCharCode(code);
    if (code < 0x80 && isCookieOctet(code) && char !== '%' && !escapedChars.includes(char)) escapedChars += char;
  }
  return { kind: 'url', encoded: input, decoded, upperHex, escapedChars };
}

export function encodeUrl(layer: UrlLayer, text: string): LayerEncodeResult {
  let out = '';
  for (const byte of utf8Bytes(text)) {
    const char = String.fromCharCode(byte);
    const keep = byte < 0x80 && isCookieOctet(byte) && char !== '%' && !layer.escapedChars.includes(char);
    if (keep) {
      out += char;
    } else {
      const hex = byte.toString(16).padStart(2, '0');
      out += `%${layer.upperHex ? hex.toUpperCase() : hex}`;
    }
  }
  return { ok: true, value: out };
}
