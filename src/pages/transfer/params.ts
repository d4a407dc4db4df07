import { storeIdFrom } from '../shared/store-param';

/**
 * What the page is opened for: `?storeId=`; from the popup, `?site=<registrable domain>` and
 * `?url=<the tab's URL>` (the request exports' Request URL); from
 * a search (the all-sites view's, or the popup's filter), `?query=`, to export what it matches;
 * from the all-sites view's selection, `?selection=`, the JSON list of the chosen cookies' keys.
 */
export interface PageParams {
  storeId: string;
  site: string;
  query: string;
  url: string;
  /** Identity keys (identityKey in core/cookie.ts); empty without a selection or for a broken one. */
  selection: string[];
}

function selectionFrom(text: string | null): string[] {
  if (!text) return [];
  try {
    const keys: unknown = JSON.parse(text);
    return Array.isArray(keys) && keys.every((key) => typeof key === 'string') ? keys : [];
  } catch {
    return [];
  }
}

export function readParams(location: Pick<Location, 'search' | 'protocol'>): PageParams {
  const query = new URLSearchParams(location.search);
  return {
    storeId: storeIdFrom(location),
    site: query.get('site')?.trim() ?? '',
    query: query.get('query')?.trim() ?? '',
    url: query.get('url')?.trim() ?? '',
    selection: selectionFrom(query.get('selection')),
  };
}
