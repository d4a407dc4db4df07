/**
 * JSON Web Tokens in compact form (header.payload.signature, base64url). The payload is
 * what gets edited; the header and the signature segment are kept byte for byte, so an
 * edited token carries a signature that no longer matches.
 */
import type { MessageKey, Translate } from '../translate';
import { base64Decode, base64Encode } from './base64';
import { compactJson, checkJson, parseJson, prettyJson } from './json';
import { utf8Bytes, utf8Text } from './text';
import { formatDuration, isoSeconds } from './time';
import type { JwtLayer, LayerEncodeResult, TimeClaim, TimeClaimName } from './types';

const SHAPE = /^([A-Za-z0-9_-]+={0,2})\.([A-Za-z0-9_-]+={0,2})\.([A-Za-z0-9_-]*={0,2})$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The segment's JSON text and value, when it is base64url of a JSON object. */
function jsonSegment(segment: string): { text: string; value: Record<string, unknown> } | null {
  const bytes = base64Decode(segment, 'url');
  const text = bytes && utf8Text(bytes);
  if (!text) return null;
  const checked = parseJson(text);
  return checked.ok && isObject(checked.value) ? { text, value: checked.value } : null;
}

/** Each time claim's words for a time still to come and for one gone by. */
const CLAIM_WORDS: Record<TimeClaimName, { future: MessageKey; past: MessageKey }> = {
  exp: { future: 'decode_claim_expires_in', past: 'decode_claim_expired_ago' },
  iat: { future: 'decode_claim_issued_future', past: 'decode_claim_issued_ago' },
  nbf: { future: 'decode_claim_valid_in', past: 'decode_claim_valid_since' },
};

function relativeText(claim: TimeClaimName, delta: number, t: Translate): string {
  const words = CLAIM_WORDS[claim];
  return t(delta > 0 ? words.future : words.past, formatDuration(delta, t));
}

function timeClaims(payload: Record<string, unknown>, nowSeconds: number, t: Translate): TimeClaim[] {
  const claims: TimeClaim[] = [];
  for (const claim of ['exp', 'iat', 'nbf'] as const) {
    const seconds = payload[claim];
    if (typeof seconds !== 'number') continue;
    const iso = isoSeconds(seconds);
    if (iso === null) continue;
    claims.push({ claim, seconds, iso, relative: relativeText(claim, seconds - nowSeconds, t) });
  }
  return claims;
}

export function decodeJwt(input: string, nowSeconds: number, t: Translate): JwtLayer | null {
  // The shape's header and payload are never empty: no match leaves them empty.
  const [, headerSegment = '', payloadSegment = '', signature = ''] = SHAPE.exec(input) ?? [];
  if (!headerSegment) return null;
  const header = jsonSegment(headerSegment);
  const payload = jsonSegment(payloadSegment);
  if (header === null || payload === null) return null;
  return {
    kind: 'jwt',
    encoded: input,
    decoded: prettyJson(payload.text),
    header: prettyJson(header.text),
    headerSegment,
    signature,
    payloadCompact: compactJson(payload.text) === payload.text,
    payloadPadded: payloadSegment.endsWith('='),
    claims: timeClaims(payload.value, nowSeconds, t),
  };
}

export function encodeJwt(layer: JwtLayer, text: string, t: Translate): LayerEncodeResult {
  const checked = checkJson(text, t);
  if (!checked.ok) return checked;
  if (!isObject(checked.value)) return { ok: false, message: t('decode_jwt_not_object') };
  const json = layer.payloadCompact ? compactJson(text) : text;
  const payload = base64Encode(utf8Bytes(json), 'url', layer.payloadPadded);
  const value = `${layer.headerSegment}.${payload}.${layer.signature}`;
  return layer.signature === '' ? { ok: true, value } : { ok: true, value, note: t('decode_note_stale_signature') };
}
