/**
 * Messages between the page and the formats worker. The page imports types only from
 * the formats, so their code (and tldts, which they use) loads in the worker alone.
 */
import type { Cookie } from '../../core/cookie';
import type { FormatId, ParseAnyResult, ParseOptions, SerializeOptions } from '../../core/formats/index';
import type { LeftOut } from '../../core/formats/unwritable';
import type { MessageKey } from '../../core/translate';
import type { Words } from '../../core/words';

export interface FormatInfo {
  id: FormatId;
  label: MessageKey;
  fileExtension: string;
  mimeType: string;
  canImport: boolean;
  canExport: boolean;
  /** Writes one request to a URL the user gives, from the whole store (see Format.select). */
  forRequest: boolean;
}

export type FormatRequest =
  | { kind: 'formats' }
  /** `format` null: detect it. */
  | { kind: 'parse'; text: string; format: FormatId | null; options: ParseOptions }
  | { kind: 'serialize'; format: FormatId; cookies: Cookie[]; options: SerializeOptions };

export interface FormatResults {
  formats: FormatInfo[];
  parse: ParseAnyResult;
  serialize: Exported;
}

/** An export's text, and the cookies its format could not carry. */
export interface Exported {
  text: string;
  leftOut: LeftOut[];
  /** How many cookies the text holds. */
  count: number;
}

export type FormatKind = FormatRequest['kind'];

/** The worker has no translations: a failure is told in words the page says in its language. */
export type FormatAnswer = { ok: true; result: FormatResults[FormatKind] } | { ok: false; problem: Words };

export interface FormatEnvelope {
  id: number;
  request: FormatRequest;
}

export interface FormatReply {
  id: number;
  answer: FormatAnswer;
}
