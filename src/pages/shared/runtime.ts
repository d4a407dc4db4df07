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

interface PageRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown>; connect(info: { name: string }): PagePort };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    create(properties: { url: string }): Promise<unknown>;
  };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
  permissions: { request(permissions: { origins?: string[]; permissions?: string[] }): Promise<boolean> };
}

const scope = globalThis as unknown as { browser?: PageRuntime; chrome?: PageRuntime };

export const ext: PageRuntime = scope.browser ?? scope.chrome!;
