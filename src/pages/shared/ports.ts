/**
 * The streams pages keep open to the background (cookie changes, a store's listing); a page
 * reads what comes on one with `fromWire` (messaging.ts). Apart from messaging.ts so the popup's
 * first screen does not load it.
 */
import { ext, type PagePort } from './runtime';

export type Connect = (info: { name: string }) => PagePort;

export const openPort: Connect = (info) => ext.runtime.connect(info);
