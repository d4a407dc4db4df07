/**
 * Cookie-Editor's JSON: a list of cookies API objects with the store left out
 * ("storeId": null), since a store id means nothing in another browser.
 */
import type { Cookie } from '../cookie';
import { parseBrowserList, toBrowserRecord } from './browser-json';
import { detectJsonFormat } from './json-detect';
import type { Format } from './types';

function serialize(cookies: Cookie[]): string {
  return `${JSON.stringify(cookies.map((cookie) => toBrowserRecord(cookie, null)), null, 4)}\n`;
}

export const cookieEditorJson: Format = {
  id: 'cookie-editor-json',
  label: 'format_cookie_editor_json',
  fileExtension: 'json',
  mimeType: 'application/json',
  parse: parseBrowserList,
  serialize,
  detect: (text) => detectJsonFormat(text) === 'cookie-editor-json',
};
