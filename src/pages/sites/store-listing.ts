import type { SiteCookie, StoreInfo, StoreListOpen, StoreListPart } from '../../core/protocol';
import { MAX_FIRST_ROWS } from '../../core/store-stream';
import { STORE_LIST_PORT } from '../../core/wire';
import type { SortOrder } from '../../core/site-groups';
import { ROW_HEIGHT } from './columns';
import { t } from '../shared/i18n';
import { fromWire, RequestError } from '../shared/messaging';
import { openPort, type Connect } from '../shared/ports';

/** A store's cookies as far as they have arrived. */
export interface StoreListing {
  storeId: string;
  cookies: SiteCookie[];
  /** Cookies in the store, arrived or not. */
  total: number;
  stores: StoreInfo[];
  /** Every cookie of the store has arrived: until then `cookies` holds the first screen's. */
  complete: boolean;
  /** Until then, the whole size of each site shown, for its heading. */
  siteCounts: Record<string, number>;
}

/** A listing under way. Updates wait for a follower, so it can start before the page's UI loads. */
export interface ListingFeed {
  /** `onUpdate` gets the first screen's cookies, then the whole store; or `onError` gets why not. */
  follow(onUpdate: (listing: StoreListing) => void, onError: (error: RequestError) => void): void;
  /** Stops the listing: no update comes after this. */
  cancel(): void;
}

type Outcome = { listing: StoreListing } | { error: RequestError };

/** The rows, group headings included, that fill a window of this height: its first screen. */
export function rowsToFill(height: number): number {
  return Math.min(MAX_FIRST_ROWS, Math.ceil(height / ROW_HEIGHT));
}

/**
 * Asks the background for a store's cookies, the `firstRows` rows of the first screen first
 * (none for a refresh that shows only the whole store).
 */
export function openListing(
  storeId: string,
  sort: SortOrder,
  firstRows: number,
  connect: Connect = openPort,
): ListingFeed {
  const port = connect({ name: STORE_LIST_PORT });
  let latest: Outcome | null = null;
  let deliver: ((outcome: Outcome) => void) | null = null;
  let done = false;
  let partial: StoreListing | null = null;
  const rest: SiteCookie[][] = [];

  const settle = (outcome: Outcome, final: boolean) => {
    if (done) return;
    if (final) {
      done = true;
      port.disconnect();
    }
    latest = outcome;
    deliver?.(outcome);
  };

  port.onMessage.addListener((message) => {
    const part = fromWire(message) as StoreListPart;
    if (part.type === 'failed') {
      settle({ error: new RequestError(part.error) }, true);
    } else if (part.type === 'first') {
      partial = { storeId: part.storeId, cookies: part.cookies, total: part.total, stores: part.stores, complete: part.last, siteCounts: part.siteCounts };
      settle({ listing: partial }, part.last);
    } else if (partial) {
      rest.push(part.cookies);
      if (part.last) settle({ listing: { ...partial, cookies: partial.cookies.concat(...rest), complete: true, siteCounts: {} } }, true);
    }
  });
  port.onDisconnect.addListener(() =>
    settle({ error: new RequestError({ code: 'browser', message: t('error_background_stopped') }) }, true),
  );
  port.postMessage({ type: 'open', storeId, sort, firstRows } satisfies StoreListOpen);

  return {
    follow(onUpdate, onError) {
      deliver = (outcome) => ('listing' in outcome ? onUpdate(outcome.listing) : onError(outcome.error));
      if (latest) deliver(latest);
    },
    cancel() {
      deliver = null;
      if (done) return;
      done = true;
      port.disconnect();
    },
  };
}
