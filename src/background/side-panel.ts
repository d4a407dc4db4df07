import browser from 'webextension-polyfill';

/** The manifest's command for the side panel (scripts/manifest.js turns it into Firefox's sidebar command). */
const SIDE_PANEL_COMMAND = 'open-side-panel';

/**
 * Chrome has no built-in command for the side panel: its shortcut arrives here, a user action,
 * which is what `sidePanel.open` requires. Firefox opens its sidebar by itself.
 */
export function openSidePanelOnCommand(): void {
  if (typeof chrome === 'undefined' || !chrome.sidePanel) return;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SIDE_PANEL_COMMAND || tab?.windowId === undefined) return;
    void chrome.sidePanel.open({ windowId: tab.windowId });
  });
}
