import browser, { type Runtime } from 'webextension-polyfill';
import { groupCookies, leadingEntries } from '../core/site-groups';
import { parseStoreListOpen, type StoreListOpen, type StoreListPart } from '../core/protocol';
import { STORE_LIST_PORT, toWire } from '../core/wire';
import { splitParts } from '../core/store-stream';
import { isFirefox } from './cookies-api';
import { listStore } from './list';
import { BAD_REQUEST, toProtocolError } from './router';

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function stream(port: Runtime.Port, request: StoreListOpen, isOpen: () => boolean): Promise<void> {
  const post = (part: StoreListPart) => {
    if (isOpen()) port.postMessage(toWire(part, isFirefox));
  };
  try {
    const { storeId, cookies, stores } = await listStore(request.storeId);
    const leading = leadingEntries(groupCookies(cookies, request.sort), request.firstRows);
    const { first, chunks } = splitParts(leading.entries, cookies);
    post({ type: 'first', storeId, total: cookies.length, stores, cookies: first, siteCounts: leading.siteCounts, last: chunks.length === 0 });
    for (const [i, chunk] of chunks.entries()) {
      // A message leaves when the task that posted it ends: without a pause here the first
      // screen's part would wait until every chunk of the store was serialized.
      await nextTask();
      post({ type: 'more', cookies: chunk, last: i === chunks.length - 1 });
    }
  } catch (error) {
    post({ type: 'failed', error: toProtocolError(error) });
  }
}

/** Answers each page that opens a store-list port with the store's cookies, in parts. */
export function serveStoreLists(isOwnPage: (sender: Runtime.MessageSender | undefined) => boolean): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== STORE_LIST_PORT || !isOwnPage(port.sender)) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((message: unknown) => {
      const request = parseStoreListOpen(message);
      if (request) void stream(port, request, () => open);
      else port.postMessage(toWire<StoreListPart>({ type: 'failed', error: BAD_REQUEST }, isFirefox));
    });
  });
}
