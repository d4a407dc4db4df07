import browser from 'webextension-polyfill';
import { SIDE_PANEL_COMMAND } from './side-panel-command';

/** Chrome's side panel API; Firefox has none (and its add-on linter refuses a direct call to one). */
interface SidePanel {
  open(options: { windowId: number }): Promise<void>;
}

/**
 * Chrome has no built-in command for the side panel: its shortcut arrives here, a user action,
 * which is what `sidePanel.open` requires. Firefox opens its sidebar by itself.
 */
export function openSidePanelOnCommand(): void {
  const panel = (globalThis as unknown as { chrome?: { sidePanel?: SidePanel } }).chrome?.sidePanel;
  if (!panel) return;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SIDE_PANEL_COMMAND || tab?.windowId === undefined) return;
    void panel.open({ windowId: tab.windowId });
  });
}
