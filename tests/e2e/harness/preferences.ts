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
