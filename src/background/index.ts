import browser, { type Runtime } from 'webextension-polyfill';
import { watchChanges } from './changes';
import { toWire } from '../core/wire';
import { isFirefox } from './cookies-api';
import { handle } from './router';
import { serveStoreLists } from './store-stream';
import { watchRecording } from './recorder';

const ownPages = browser.runtime.getURL('');

/** Only the extension's own pages may drive the cookies API through us. */
function fromOwnPage(sender: Runtime.MessageSender | undefined): boolean {
  return sender?.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(ownPages);
}

watchChanges(fromOwnPage);
serveStoreLists(fromOwnPage);
watchRecording(fromOwnPage);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromOwnPage(sender)) return undefined;
  return handle(message).then((response) => toWire(response, isFirefox));
});
