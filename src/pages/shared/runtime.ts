/**
 * The browser as pages see it. Extension pages use the browser's own promise-based namespace instead of
 * webextension-polyfill: Firefox's `browser` and Chrome's MV3 `chrome` both return
 * promises, and the polyfill would cost the popup a tenth of its size budget. The one thing
 * pages must know of which browser they run in, the default store's id, is in store-param.ts.
 */
export interface PagePort {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

interface PageEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export interface StorageChange {
  newValue?: unknown;
}

interface PageRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown>; connect(info: { name: string }): PagePort };
  tabs: {
    query(query: { active: boolean; currentWindow?: boolean; windowId?: number }): Promise<{ id?: number; url?: string }[]>;
    create(properties: { url: string }): Promise<unknown>;
    onActivated: PageEvent<() => void>;
    onUpdated: PageEvent<(tabId: number, change: { url?: string; status?: string }) => void>;
  };
  i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string };
  permissions: { request(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean> };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: PageEvent<(changes: Record<string, StorageChange>, area: string) => void>;
  };
  /** Chrome's side panel; absent in Firefox. */
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  /** Firefox's sidebar; absent in Chrome. */
  sidebarAction?: { open(): Promise<void> };
}

const scope = globalThis as unknown as { browser?: PageRuntime; chrome?: PageRuntime };

export const ext: PageRuntime = scope.browser ?? scope.chrome!;
