/** The manifest's command for Chrome's side panel (scripts/manifest.js turns it into Firefox's sidebar command). */
export const SIDE_PANEL_COMMAND = 'open-side-panel';
