import browser from 'webextension-polyfill';
import { translatorFrom } from '../core/translate';

/** The background's words in the browser's language, so findings and errors reach the pages translated. */
export const translate = translatorFrom((key, substitutions) => browser.i18n.getMessage(key, substitutions));
