import type { Cookie } from '../cookie';
import type { MessageKey } from '../translate';
import type { Words } from '../words';
import type { Unwritable } from './unwritable';

export type FormatId =
  | 'crumb-json'
  | 'cookie-editor-json'
  | 'editthiscookie-json'
  | 'netscape'
  | 'cookie-header'
  | 'set-cookie'
  | 'playwright'
  | 'curl';

/** Where in the input a problem is, for the user to find it: see issue-words.ts for the words. */
export type Place =
  | { kind: 'file' }
  | { kind: 'line'; line: number }
  /** `line`: where the item starts, known when it was recovered from broken JSON. */
  | { kind: 'item'; item: number; line?: number }
  | { kind: 'column'; line: number; column: number };

export interface ParseIssue {
  where: Place;
  message: Words;
}

/** Parsers never throw: what could be read is in `cookies`, the rest is explained in `issues`. */
export interface ParseResult {
  cookies: Cookie[];
  issues: ParseIssue[];
}

export interface ParseOptions {
  /** The page the text came from, for formats that do not carry a domain, path or secure flag. */
  siteUrl?: string;
  /** The store cookies go to when the format does not name one. */
  storeId: string;
  nowSeconds: number;
}

export interface SerializeOptions {
  nowSeconds: number;
  /** The URL a request-based format (`forRequest`) writes the request for: an http(s) URL. */
  requestUrl?: string;
}

export interface Format {
  id: FormatId;
  /** The format's name, in the reader's language. */
  label: MessageKey;
  /** Without the dot. */
  fileExtension: string;
  mimeType: string;
  parse?(text: string, opts: ParseOptions): ParseResult;
  serialize?(cookies: Cookie[], opts: SerializeOptions): string;
  /**
   * Request-based formats write one request: they take the whole store and keep the cookies a
   * top-level navigation to `requestUrl` carries, in the order the browser sends them.
   */
  select?(cookies: Cookie[], opts: SerializeOptions): Cookie[];
  /** Why `serialize` leaves this cookie out; absent when the format carries every cookie. */
  cannotCarry?(cookie: Cookie): Unwritable | null;
  detect?(text: string): boolean;
}
