/** The background checks the page's open request on a store-list port before acting on it. */
import { isRecord } from './cookie-guard';
import { SORT_COLUMNS } from './query';
import type { SortOrder } from './site-groups';
import { MAX_FIRST_ROWS, type StoreListOpen } from './store-stream';

function isSortOrder(x: unknown): x is SortOrder {
  return (
    isRecord(x) &&
    (SORT_COLUMNS as readonly unknown[]).includes(x.column) &&
    (x.direction === 'ascending' || x.direction === 'descending')
  );
}

/** Returns the message if it is a well-formed open request, otherwise null. */
export function parseStoreListOpen(message: unknown): StoreListOpen | null {
  if (!isRecord(message) || message.type !== 'open' || typeof message.storeId !== 'string' || !isSortOrder(message.sort)) return null;
  const { firstRows } = message;
  if (!Number.isInteger(firstRows) || (firstRows as number) < 0 || (firstRows as number) > MAX_FIRST_ROWS) return null;
  const { column, direction } = message.sort;
  return { type: 'open', storeId: message.storeId, sort: { column, direction }, firstRows: firstRows as number };
}
