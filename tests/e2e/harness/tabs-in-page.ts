// Functions run in an extension page (through `evaluate`), for scenarios that move tabs around
// as a user switching tabs does: the side panel follows the active tab of its window.

/** The window the tab is in. */
export async function windowOfInPage(tabId: number): Promise<number> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  return (await (scope.browser ?? scope.chrome).tabs.get(tabId)).windowId;
}

/** Moves the tab into the window and makes it the active tab there. */
export async function activateInPage([tabId, windowId]: [number, number]): Promise<void> {
  const tabs = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome });
  const tabsApi = (tabs.browser ?? tabs.chrome).tabs;
  if ((await tabsApi.get(tabId)).windowId !== windowId) await tabsApi.move(tabId, { windowId, index: -1 });
  await tabsApi.update(tabId, { active: true });
}

/**
 * Opens a new window, which becomes the one the next page opens in, and answers its id: a page
 * there stays its window's active tab, drawn and with its timers running (Firefox pauses a
 * background tab's), as a side panel is beside the tab of another window it follows.
 */
export async function newWindowInPage(): Promise<number> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const created = await (scope.browser ?? scope.chrome).windows.create({ url: 'about:blank', focused: true });
  if (created?.id === undefined) throw new Error('no window was made');
  return created.id;
}

/** The window the page running this is in. */
export async function ownWindowInPage(): Promise<number | undefined> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  return (await (scope.browser ?? scope.chrome).tabs.getCurrent())?.windowId;
}
