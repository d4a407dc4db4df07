import type messages from '../../../public/_locales/en/messages.json';
import { ext } from './runtime';

export type MessageKey = keyof typeof messages;

/** Every word the pages show comes through here, so a translation is one messages.json away. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return ext.i18n.getMessage(key, substitutions.map(String)) || key;
}
