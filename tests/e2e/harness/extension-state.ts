/**
 * Runs in an extension page: forgets the Options page's choices (storage.sync) and every
 * page's synchronous copy of the theme (the extension's localStorage), so each test starts
 * from the defaults whatever the one before chose.
 */
export async function forgetPreferencesInPage(): Promise<void> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  await (scope.browser ?? scope.chrome).storage.sync.clear();
  localStorage.clear();
}

/** Runs in an extension page: what storage.sync holds. */
export async function syncStorageInPage(): Promise<Record<string, unknown>> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  return (scope.browser ?? scope.chrome).storage.sync.get(null);
}

/**
 * Runs in an extension page: closes Crumb's side panel (Chromium) or sidebar (Firefox) if a
 * test opened it, so no page of Crumb keeps following tabs into the next test. Neither browser
 * lets a script close it outright without a user's action: disabling the panel (Chromium) or
 * pointing the sidebar elsewhere (Firefox) unloads it, and restoring it leaves it closed.
 */
export async function closeSidePanelInPage(): Promise<void> {
  const scope = globalThis as unknown as {
    browser?: { sidebarAction?: { setPanel(details: { panel: string | null }): Promise<void> } };
    chrome: typeof chrome;
  };
  const sidebar = scope.browser?.sidebarAction;
  if (sidebar) {
    await sidebar.setPanel({ panel: 'about:blank' });
    await sidebar.setPanel({ panel: null });
    return;
  }
  await scope.chrome.sidePanel.setOptions({ enabled: false });
  await scope.chrome.sidePanel.setOptions({ enabled: true });
}

/**
 * Runs in an extension page: forgets every jar rule and profile (storage.local), so a test that
 * failed before cleaning up cannot leave a rule acting on the next one. Profiles are read from
 * storage at each request, so they go at once; the background also keeps the jar rules in
 * memory, so any left are removed through its own requests, which wakes it: only after a test
 * that left some behind. Returns how many rules it removed.
 */
export async function forgetRulesInPage(): Promise<number> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const api = scope.browser ?? scope.chrome;
  await api.storage.local.remove(['profiles', 'profilesTold']);
  const stored = (await api.storage.local.get('jarRules')).jarRules as { protect?: { id: string }[]; block?: { id: string }[] } | undefined;
  const ids = [...(stored?.protect ?? []), ...(stored?.block ?? [])].map((rule) => rule.id);
  for (const id of ids) {
    const raw: unknown = await api.runtime.sendMessage({ type: 'removeRule', id });
    const response = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { ok: boolean };
    if (!response.ok) throw new Error(`Crumb did not remove rule ${id}: ${JSON.stringify(raw)}`);
  }
  return ids.length;
}
