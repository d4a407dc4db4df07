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
