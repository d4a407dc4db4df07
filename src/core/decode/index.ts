/**
 * Value decoders: which encodings a cookie value is wrapped in, the decoded text to show
 * and edit, and the way back. Layers nest (URL-encoded Base64 of JSON), so a view is a
 * chain of layers, and decodeValue offers every chain that applies, deepest first.
 */
import type { MessageKey, Translate } from '../translate';
import { decodeBase64, encodeBase64 } from './base64';
import { decodeJson, encodeJson } from './json';
import { decodeJwt, encodeJwt } from './jwt';
import type { DecodedView, EncodeResult, Layer, LayerEncodeResult } from './types';
import { decodeUrl, encodeUrl } from './url';

export type {
  Base64Alphabet, Base64Layer, DecodedView, DecoderKind, EncodeResult, JsonLayer, JwtLayer, Layer, TimeClaim,
  TimeClaimName, UrlLayer,
} from './types';
export { formatDuration, isoSeconds } from './time';

/** Deep enough for URL → Base64 → JSON and a little more, never unbounded. */
const MAX_DEPTH = 4;

/** Base64, JWT and JSON are names, the same in every language; "URL-encoded" is words. */
function labelOf(layer: Layer, t: Translate): string {
  switch (layer.kind) {
    case 'url':
      return t('decode_label_url');
    case 'base64':
      return layer.alphabet === 'url' ? 'Base64url' : 'Base64';
    case 'jwt':
      return 'JWT';
    case 'json':
      return 'JSON';
  }
}

/** Every key of the texts the decoders give the user, for the test that the catalog has them. */
export const DECODER_MESSAGE_KEYS: readonly MessageKey[] = [
  'decode_label_url', 'decode_note_edit_signature', 'decode_note_stale_signature', 'decode_jwt_not_object', 'decode_not_json',
  'decode_claim_expires_in', 'decode_claim_expired_ago', 'decode_claim_issued_future', 'decode_claim_issued_ago',
  'decode_claim_valid_in', 'decode_claim_valid_since',
  'duration_seconds', 'duration_minutes', 'duration_hours', 'duration_days', 'duration_years',
];

/** Every layer that could have produced this text, most specific first. */
function layersOf(text: string, nowSeconds: number, t: Translate): Layer[] {
  const found = [decodeJwt(text, nowSeconds, t), decodeJson(text), decodeBase64(text), decodeUrl(text)];
  return found.filter((layer): layer is Layer => layer !== null);
}

function chains(text: string, nowSeconds: number, t: Translate, depth: number): Layer[][] {
  if (depth === MAX_DEPTH) return [];
  const result: Layer[][] = [];
  for (const layer of layersOf(text, nowSeconds, t)) {
    const inner = layer.kind === 'url' || layer.kind === 'base64' ? chains(layer.decoded, nowSeconds, t, depth + 1) : [];
    for (const chain of inner) result.push([layer, ...chain]);
    result.push([layer]);
  }
  return result;
}

function viewOf(layers: Layer[], t: Translate): DecodedView {
  const last = layers[layers.length - 1]!;
  const view: DecodedView = {
    kinds: layers.map((layer) => layer.kind),
    label: layers.map((layer) => labelOf(layer, t)).join(' → '),
    text: last.decoded,
    layers,
  };
  if (last.kind === 'jwt') {
    view.jwt = { header: last.header, signature: last.signature, claims: last.claims };
    if (last.signature !== '') view.note = t('decode_note_edit_signature');
  }
  return view;
}

/** The decodings that apply to a raw cookie value, best (deepest) first, in `t`'s words; empty when none does. */
export function decodeValue(raw: string, nowSeconds: number, t: Translate): DecodedView[] {
  const found = chains(raw, nowSeconds, t, 0);
  // A stable sort keeps the most specific decoder first among chains of equal depth.
  return found.sort((a, b) => b.length - a.length).map((layers) => viewOf(layers, t));
}

function encodeLayer(layer: Layer, text: string, t: Translate): LayerEncodeResult {
  switch (layer.kind) {
    case 'url':
      return encodeUrl(layer, text);
    case 'base64':
      return encodeBase64(layer, text);
    case 'json':
      return encodeJson(layer, text, t);
    case 'jwt':
      return encodeJwt(layer, text, t);
  }
}

/**
 * The raw value for an edited decoded text, written in the view's encodings from the
 * inside out. A layer whose text did not change gives back its original bytes, so an
 * unchanged view gives back the raw value it was decoded from, exactly.
 */
export function encodeValue(view: DecodedView, edited: string, t: Translate): EncodeResult {
  let text = edited;
  const notes: string[] = [];
  for (let i = view.layers.length - 1; i >= 0; i--) {
    const layer = view.layers[i]!;
    if (text === layer.decoded) {
      text = layer.encoded;
      continue;
    }
    const result = encodeLayer(layer, text, t);
    if (!result.ok) return result;
    if (result.note) notes.push(result.note);
    text = result.value;
  }
  return notes.length > 0 ? { ok: true, raw: text, note: notes.join(' ') } : { ok: true, raw: text };
}
