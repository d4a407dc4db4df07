// Derives each browser's manifest from the one manifest.json, so the two never drift.
import { readFileSync } from 'node:fs';

/** @typedef {'chrome' | 'firefox'} TargetBrowser */

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
  } else {
    // Firefox runs background scripts, not service workers.
    delete manifest.background.service_worker;
  }
  return manifest;
}
