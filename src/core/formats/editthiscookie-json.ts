/**
 * EditThisCookie's JSON: cookies API objects with the browser's store id and a
 * 1-based "id" counting the cookies in the file.
 */
import type { Cookie } from '../cookie';
import { parseBrowserList, toBrowserRecord } from './browser-json';
import { detectJsonFormat } from './json-detect';
import type { Format } from './types';

function serialize(cookies: Cookie[]): string {
  const records = cookies.map((cookie, i) => ({ ...toBrowserRecord(cookie, cookie.storeId), id: i + 1 }));
  return `${JSON.stringify(records, null, 4)}\n`;
}

export const editThisCookieJson: Format = {
  id: 'editthiscookie-json',
  label: 'format_editthiscookie_json',
  fileExtension: 'json',
  mimeType: 'application/json',
  parse: parseBrowserList,
  serialize,
  detect: (text) => detectJsonFormat(text) === 'editthiscookie-json',
};
