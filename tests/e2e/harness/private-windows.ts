// Private windows (Chrome: incognito), opened and closed through an extension page that both
// browsers let the extension use there: Chromium's control page once the profile allows Crumb
// in incognito, Firefox's once the add-on is installed with private browsing allowed. The
// functions that run in that page use `chrome.*`, which both browsers offer to MV3 pages.
import type { Cookie } from '../../../src/core/cookie';
import { toModel, type ApiCookie } from './cookie-model';
import type { PrivateTab } from './types';

/** Runs a self-contained function in the extension page and answers its result. */
export type EvaluateInPage = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

const LOAD_TIMEOUT_MS = 10_000;
/** The browser drops a private store a moment after its last window has gone. */
const END_TIMEOUT_MS = 10_000;

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Runs in the extension page (in a normal window). Its window gets the focus back: Firefox opens
 * the harness's next tabs in the window focused last, and they belong in a normal one.
 */
async function openWindowInPage(url: string): Promise<number> {
  const created = await chrome.windows.create({ incognito: true, url });
  const id = created?.tabs?.[0]?.id;
  if (id === undefined) throw new Error('the private window has no tab');
  const own = await chrome.windows.getCurrent();
  if (own.id !== undefined) await chrome.windows.update(own.id, { focused: true });
  return id;
}

/** Runs in the extension page: the tab once it has loaded `url`, with its store, else null. */
async function loadedTabInPage({ tabId, url }: { tabId: number; url: string }): Promise<{ url: string; storeId: string } | null> {
  const tab = await chrome.tabs.get(tabId);
  if (tab.status !== 'complete' || tab.url !== url) return null;
  const stores = await chrome.cookies.getAllCookieStores();
  const store = stores.find((s) => s.tabIds.includes(tabId));
  return store ? { url: tab.url, storeId: store.id } : null;
}

/** Runs in the extension page. */
async function closeWindowsInPage(): Promise<void> {
  const windows = await chrome.windows.getAll();
  await Promise.all(windows.filter((w) => w.incognito && w.id !== undefined).map((w) => chrome.windows.remove(w.id!)));
}

/** Runs in the extension page: the ids of the private stores the browser still lists. */
async function privateStoresInPage(): Promise<string[]> {
  return (await chrome.cookies.getAllCookieStores()).filter((s) => (s as { incognito?: boolean }).incognito === true || s.id === 'firefox-private').map((s) => s.id);
}

/** Runs in the extension page. */
async function storeCookiesInPage(storeId: string): Promise<ApiCookie[]> {
  return (await chrome.cookies.getAll({ storeId, partitionKey: {} })) as ApiCookie[];
}

export class PrivateWindows {
  constructor(private readonly evaluate: EvaluateInPage) {}

  async open(url: string): Promise<PrivateTab> {
    const tabId = await this.evaluate(openWindowInPage, url);
    // The tab reports the URL as loaded, so ask for it in the form the browser writes it.
    const expected = new URL(url).href;
    const loaded = await until(
      `${url} in a private window`,
      async () => (await this.evaluate(loadedTabInPage, { tabId, url: expected })) ?? undefined,
      LOAD_TIMEOUT_MS,
    );
    return { id: tabId, ...loaded };
  }

  /** Resolves once the browser lists no private store: the session, and its cookies, are over. */
  async closeAll(): Promise<void> {
    await this.evaluate(closeWindowsInPage, null);
    await until('the private store to end', async () => ((await this.evaluate(privateStoresInPage, null)).length === 0 ? true : undefined), END_TIMEOUT_MS);
  }

  async cookies(storeId: string): Promise<Cookie[]> {
    return (await this.evaluate(storeCookiesInPage, storeId)).map(toModel);
  }
}
