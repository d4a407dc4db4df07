import { describe, expect, it } from 'vitest';
import { SIDE_PANEL_COMMAND as HANDLED } from '../src/background/side-panel-command';
import { manifestFor, MINIMUM_CHROME_VERSION, POPUP_PAGE, SIDE_PANEL_COMMAND } from './manifest.js';

/**
 * @typedef {{ suggested_key?: { default?: string }, description?: string }} Command
 * @typedef {{ action: { default_popup?: string, default_title?: string }, background: unknown, permissions: string[],
 *   commands: Record<string, Command>, side_panel?: unknown,
 *   sidebar_action?: { default_panel: string, open_at_install: boolean }, minimum_chrome_version?: string }} Manifest
 */

/**
 * manifestFor returns a plain object, typed as the wider ManifestV3Export crxjs accepts.
 * @param {Parameters<typeof manifestFor>} args
 */
const manifest = (...args) => /** @type {Manifest} */ (/** @type {unknown} */ (manifestFor(...args)));

describe('manifestFor', () => {
  it('names the popup page that scripts/build.js builds', () => {
    expect(manifest('chrome').action.default_popup).toBe(POPUP_PAGE);
    expect(manifest('firefox').action.default_popup).toBe(POPUP_PAGE);
  });

  it('leaves the popup out for the build that does not make it', () => {
    const { action } = manifest('chrome', { popup: false });
    expect(action).not.toHaveProperty('default_popup');
    expect(action.default_title).toBe('__MSG_extActionTitle__');
  });

  it('keeps each browser to its own background', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(manifest('firefox').background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  it('gives Chrome the side panel and the command its background handles, and none of Firefox\'s keys', () => {
    const chrome = manifest('chrome');
    expect(chrome.side_panel).toEqual({ default_path: 'src/pages/sidepanel/index.html' });
    expect(chrome.permissions).toContain('sidePanel');
    expect(chrome).not.toHaveProperty('sidebar_action');
    expect(Object.keys(chrome.commands)).toEqual(['_execute_action', SIDE_PANEL_COMMAND]);
    expect(SIDE_PANEL_COMMAND).toBe(HANDLED);
  });

  it('gives Firefox the same page as its sidebar, on its built-in command with the same shortcut, and none of Chrome\'s keys', () => {
    const firefox = manifest('firefox');
    expect(firefox.sidebar_action?.default_panel).toBe('src/pages/sidepanel/index.html');
    expect(firefox.sidebar_action?.open_at_install).toBe(false);
    expect(firefox).not.toHaveProperty('side_panel');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(Object.keys(firefox.commands)).toEqual(['_execute_action', '_execute_sidebar_action']);
    expect(firefox.commands._execute_sidebar_action).toEqual(manifest('chrome').commands[SIDE_PANEL_COMMAND]);
  });

  it('states the Chrome version its CSS and APIs need in the Chrome manifest only (Firefox warns about the key)', () => {
    expect(manifest('chrome').minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
    expect(Number(MINIMUM_CHROME_VERSION)).toBeGreaterThanOrEqual(123);
    expect(manifest('firefox')).not.toHaveProperty('minimum_chrome_version');
  });
});
