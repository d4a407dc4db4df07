// Derives each browser's manifest from the one manifest.json, so the two never drift.
import { readFileSync } from 'node:fs';

/** @typedef {'chrome' | 'firefox'} TargetBrowser */

/** Chrome's background opens the side panel on this command (see src/background/side-panel.ts). */
export const SIDE_PANEL_COMMAND = 'open-side-panel';

/**
 * @param {TargetBrowser} browser
 * @returns {import('@crxjs/vite-plugin').ManifestV3Export}
 */
export function manifestFor(browser) {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
  if (browser === 'chrome') {
    // Chrome runs the service worker and warns about the Firefox-only keys.
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
    delete manifest.sidebar_action;
  } else {
    // Firefox runs background scripts, not service workers.
    delete manifest.background.service_worker;
    // Firefox's sidebar stands in for Chrome's side panel, and opens by a command of its own.
    delete manifest.side_panel;
    manifest.permissions = manifest.permissions.filter((/** @type {string} */ permission) => permission !== 'sidePanel');
    const { [SIDE_PANEL_COMMAND]: sidebar, ...commands } = manifest.commands;
    manifest.commands = { ...commands, _execute_sidebar_action: sidebar };
  }
  return manifest;
}
