// Steps in the popup's editor that several scenarios take the same way.
import { expect } from '@playwright/test';
import type { PopupDriver } from './types';

/** Saves and waits until the editor has closed, which the contract says means it was written. */
export async function save(popup: PopupDriver): Promise<void> {
  await popup.click('Save');
  try {
    await expect.poll(() => popup.editorHeading()).toBeNull();
  } catch (error) {
    throw new Error(`the editor stayed open after Save; alert: "${await popup.alertText()}"`, { cause: error });
  }
}

/**
 * Creates, through "Add cookie", a host-only SameSite=Lax session cookie at / of `host` (the
 * plainest cookie a store can be asked to hold), and saves it.
 */
export async function addHostOnlyCookie(popup: PopupDriver, host: string, name: string, value: string): Promise<void> {
  await popup.click('Add cookie');
  await popup.fill('Name', name);
  await popup.fill('Value', value);
  await popup.fill('Domain', host);
  await popup.setChecked('Host-only', true);
  await popup.fill('Path', '/');
  await popup.select('SameSite', 'lax');
  await save(popup);
}
