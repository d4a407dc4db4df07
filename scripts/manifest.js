// Derives each browser's manifest from the one manifest.json, so the two never drift.
import { readFileSync } from 'node:fs';

/** @typedef {'chrome' | 'firefox'} TargetBrowser */

/** The toolbar popup, which scripts/build.js builds apart from the other pages (see vite.config.ts). */
export const POPUP_PAGE = 'src/pages/popup/index.html';

/**
 * The oldest Chrome with everything Crumb uses: CSS light-dark() (123) for the themes, and
 * before it cookies' partitionKey (119), sidePanel.open (116) and the side_panel key (114).
 */
export const MINIMUM_CHROME_VERSION = '123';

/** Chrome's background opens the side panel on this command (see src/background/side-panel.ts). */
export const SIDE_PANEL_COMMAND = 'open-side-panel';

/**
 * @param {TargetBrowser} browser
 * @param {{ popup: boolean }} [options] popup: false leaves out the popup, for the build that does not make it
 * @returns {import('@crxjs/vite-plugin').ManifestV3Export}
 */
export function manifestFor(browser, { popup } = { popup: true }) {
  const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
  if (manifest.action.default_popup !== POPUP_PAGE) throw new Error(`manifest.json: action.default_popup must be ${POPUP_PAGE}, the page scripts/build.js builds`);
  if (!popup) delete manifest.action.default_popup;
  if (browser === 'chrome') {
    // Chrome runs the service worker and warns about the Firefox-only keys.
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
    delete manifest.sidebar_action;
    manifest.minimum_chrome_version = MINIMUM_CHROME_VERSION;
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
