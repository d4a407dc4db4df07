import { storeIdFrom } from '../shared/store-param';

/**
 * What the page is opened for: `?storeId=`; from the popup, `?site=<registrable domain>` and
 * `?url=<the tab's URL>` (the request exports' Request URL); from
 * a search (the all-sites view's, or the popup's filter), `?query=`, to export what it matches.
 */
export interface PageParams {
  storeId: string;
  site: string;
  query: string;
  url: string;
}

export function readParams(location: Pick<Location, 'search' | 'protocol'>): PageParams {
  const query = new URLSearchParams(location.search);
  return {
    storeId: storeIdFrom(location),
    site: query.get('site')?.trim() ?? '',
    query: query.get('query')?.trim() ?? '',
    url: query.get('url')?.trim() ?? '',
  };
}
