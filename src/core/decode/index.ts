/**
 * Value decoders: which encodings a cookie value is wrapped in, the decoded text to show
 * and edit, and the way back. Layers nest (URL-encoded Base64 of JSON), so a view is a
 * chain of layers, and decodeValue offers every chain that applies, deepest first.
 */
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

const EDIT_SIGNATURE_NOTE =
  'Editing the payload keeps the original signature, which will then no longer be valid: a server that checks it will reject the token.';

const LABELS: Record<Layer['kind'], string> = { url: 'URL-encoded', base64: 'Base64', jwt: 'JWT', json: 'JSON' };

function labelOf(layer: Layer): string {
  return layer.kind === 'base64' && layer.alphabet === 'url' ? 'Base64url' : LABELS[layer.kind];
}

/** Every layer that could have produced this text, most specific first. */
function layersOf(text: string, nowSeconds: number): Layer[] {
  const found = [decodeJwt(text, nowSeconds), decodeJson(text), decodeBase64(text), decodeUrl(text)];
  return found.filter((layer): layer is Layer => layer !== null);
}

function chains(text: string, nowSeconds: number, depth: number): Layer[][] {
  if (depth === MAX_DEPTH) return [];
  const result: Layer[][] = [];
  for (const layer of layersOf(text, nowSeconds)) {
    const inner = layer.kind === 'url' || layer.kind === 'base64' ? chains(layer.decoded, nowSeconds, depth + 1) : [];
    for (const chain of inner) result.push([layer, ...chain]);
    result.push([layer]);
  }
  return result;
}

function viewOf(layers: Layer[]): DecodedView {
  const last = layers[layers.length - 1]!;
  const view: DecodedView = {
    kinds: layers.map((layer) => layer.kind),
    label: layers.map(labelOf).join(' → '),
    text: last.decoded,
    layers,
  };
  if (last.kind === 'jwt') {
    view.jwt = { header: last.header, signature: last.signature, claims: last.claims };
    if (last.signature !== '') view.note = EDIT_SIGNATURE_NOTE;
  }
  return view;
}

/** The decodings that apply to a raw cookie value, best (deepest) first; empty when none does. */
export function decodeValue(raw: string, nowSeconds: number): DecodedView[] {
  const found = chains(raw, nowSeconds, 0);
  // A stable sort keeps the most specific decoder first among chains of equal depth.
  return found.sort((a, b) => b.length - a.length).map(viewOf);
}

function encodeLayer(layer: Layer, text: string): LayerEncodeResult {
  switch (layer.kind) {
    case 'url':
      return encodeUrl(layer, text);
    case 'base64':
      return encodeBase64(layer, text);
    case 'json':
      return encodeJson(layer, text);
    case 'jwt':
      return encodeJwt(layer, text);
  }
}

/**
 * The raw value for an edited decoded text, written in the view's encodings from the
 * inside out. A layer whose text did not change gives back its original bytes, so an
 * unchanged view gives back the raw value it was decoded from, exactly.
 */
export function encodeValue(view: DecodedView, edited: string): EncodeResult {
  let text = edited;
  const notes: string[] = [];
  for (let i = view.layers.length - 1; i >= 0; i--) {
    const layer = view.layers[i]!;
    if (text === layer.decoded) {
      text = layer.encoded;
      continue;
    }
    const result = encodeLayer(layer, text);
    if (!result.ok) return result;
    if (result.note) notes.push(result.note);
    text = result.value;
  }
  return notes.length > 0 ? { ok: true, raw: text, note: notes.join(' ') } : { ok: true, raw: text };
}
