/**
 * Shapes shared by the value decoders. A decoded view is a chain of layers, outermost
 * first; each layer keeps the exact text it was decoded from and the style it was written
 * in, so an unchanged value re-encodes to the very same bytes and an edited one is
 * written the way the original was.
 */

export type DecoderKind = 'url' | 'base64' | 'jwt' | 'json';

export interface UrlLayer {
  kind: 'url';
  encoded: string;
  decoded: string;
  /** Whether the original wrote %xx escapes in upper case (%2F) rather than lower (%2f). */
  upperHex: boolean;
  /** ASCII characters the original escaped although cookies would allow them as they are. */
  escapedChars: string;
}

export type Base64Alphabet = 'standard' | 'url';

export interface Base64Layer {
  kind: 'base64';
  encoded: string;
  decoded: string;
  alphabet: Base64Alphabet;
  padded: boolean;
}

export interface JsonLayer {
  kind: 'json';
  encoded: string;
  /** Pretty-printed for reading; numbers and string escapes are kept exactly as written. */
  decoded: string;
  /** The original had no whitespace outside strings, so an edit is written compact too. */
  compact: boolean;
}

export type TimeClaimName = 'exp' | 'iat' | 'nbf';

export interface TimeClaim {
  claim: TimeClaimName;
  seconds: number;
  /** UTC, to the second: "2026-11-25T14:03:00Z". */
  iso: string;
  /** "expires in 12 min", "expired 3 h ago", "issued 2 days ago", "valid in 5 min". */
  relative: string;
}

export interface JwtLayer {
  kind: 'jwt';
  encoded: string;
  /** The payload, pretty-printed: the part that is edited. */
  decoded: string;
  /** The header, pretty-printed, shown beside the payload and kept as it is on edit. */
  header: string;
  headerSegment: string;
  signature: string;
  payloadCompact: boolean;
  payloadPadded: boolean;
  claims: TimeClaim[];
}

export type Layer = UrlLayer | Base64Layer | JsonLayer | JwtLayer;

export interface DecodedView {
  /** Outermost encoding first: ['url', 'json'] is URL-encoded JSON. */
  kinds: DecoderKind[];
  /** "URL-encoded → JSON". */
  label: string;
  /** The decoded form to show and edit. */
  text: string;
  /** Something the user should know before editing (e.g. a JWT signature will not follow). */
  note?: string;
  /** Set when the innermost layer is a JWT. */
  jwt?: { header: string; signature: string; claims: TimeClaim[] };
  /** Everything encodeValue needs to write the value back exactly. */
  layers: Layer[];
}

export type EncodeResult = { ok: true; raw: string; note?: string } | { ok: false; message: string };

/** What one layer's encoder gives back: the text one level further out. */
export type LayerEncodeResult = { ok: true; value: string; note?: string } | { ok: false; message: string };
