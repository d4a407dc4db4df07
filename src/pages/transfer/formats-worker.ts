/** Parses and serializes off the page's thread, so a 10 MB file does not freeze the page. */
import { answer } from './format-service';
import type { FormatEnvelope, FormatReply } from './format-protocol';

addEventListener('message', (event: MessageEvent<FormatEnvelope>) => {
  const reply: FormatReply = { id: event.data.id, answer: answer(event.data.request) };
  postMessage(reply);
});
