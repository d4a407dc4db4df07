import { ext } from './runtime';

/**
 * Asks for the optional webRequest permission. Firefox grants a permission request only while
 * it handles the click, so this must be called in the click handler before any await.
 */
export function askToRecord(): Promise<boolean> {
  return ext.permissions.request({ permissions: ['webRequest'] });
}
