/**
 * JSON Web Tokens in compact form (header.payload.signature, base64url). The payload is
 * what gets edited; the header and the signature segment are kept byte for byte, so an
 * edited token carries a signature that no longer matches.
 */
import { base64Decode, base64Encode } from './base64';
import { compactJson, checkJson, prettyJson } from './json';
import { utf8Bytes, utf8Text } from './text';
import { formatDuration, isoSeconds } from './time';
import type { JwtLayer, LayerEncodeResult, TimeClaim, TimeClaimName } from './types';

const SHAPE = /^([A-Za-z0-9_-]+={0,2})\.([A-Za-z0-9_-]+={0,2})\.([A-Za-z0-9_-]*={0,2})$/;

export const STALE_SIGNATURE_NOTE =
  'The signature was kept from the original token and no longer matches the edited payload: a server that checks it will reject this token.';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The segment's JSON text and value, when it is base64url of a JSON object. */
function jsonSegment(segment: string): { text: string; value: Record<string, unknown> } | null {
  const bytes = base64Decode(segment, 'url');
  const text = bytes && utf8Text(bytes);
  if (!text) return null;
  const checked = checkJson(text);
  return checked.ok && isObject(checked.value) ? { text, value: checked.value } : null;
}

function relativeText(claim: TimeClaimName, delta: number): string {
  const span = formatDuration(delta);
  const future = delta > 0;
  switch (claim) {
    case 'exp':
      return future ? `expires in ${span}` : `expired ${span} ago`;
    case 'iat':
      return future ? `issued ${span} in the future` : `issued ${span} ago`;
    case 'nbf':
      return future ? `valid in ${span}` : `valid since ${span} ago`;
  }
}

function timeClaims(payload: Record<string, unknown>, nowSeconds: number): TimeClaim[] {
  const claims: TimeClaim[] = [];
  for (const claim of ['exp', 'iat', 'nbf'] as const) {
    const seconds = payload[claim];
    if (typeof seconds !== 'number') continue;
    const iso = isoSeconds(seconds);
    if (iso === null) continue;
    claims.push({ claim, seconds, iso, relative: relativeText(claim, seconds - nowSeconds) });
  }
  return claims;
}

export function decodeJwt(input: string, nowSeconds: number): JwtLayer | null {
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
    claims: timeClaims(payload.value, nowSeconds),
  };
}

export function encodeJwt(layer: JwtLayer, text: string): LayerEncodeResult {
  const checked = checkJson(text);
  if (!checked.ok) return checked;
  if (!isObject(checked.value)) return { ok: false, message: 'The JWT payload must be a JSON object ({ … }).' };
  const json = layer.payloadCompact ? compactJson(text) : text;
  const payload = base64Encode(utf8Bytes(json), 'url', layer.payloadPadded);
  const value = `${layer.headerSegment}.${payload}.${layer.signature}`;
  return layer.signature === '' ? { ok: true, value } : { ok: true, value, note: STALE_SIGNATURE_NOTE };
}
